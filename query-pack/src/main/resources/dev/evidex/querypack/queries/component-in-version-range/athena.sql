WITH matches AS (
    SELECT s."service", s."image", s."digest", s."time" AS sbom_time, s."log", s."index",
           p.name AS package_name, p.version AS package_version, p.purl AS purl,
           transform(split(p.version, '.'),
                     x -> coalesce(try_cast(regexp_extract(x, '^[0-9]+') AS bigint), 0)) AS version_key
    FROM evidence_records s
    CROSS JOIN UNNEST(s."packages") AS p (name, version, purl, license, supplier)
    WHERE s."stream" = 'sbom' AND any_match(s."packages", x -> x.name = ?) AND p.name = ?
),
in_range AS (
    SELECT * FROM matches
    WHERE (version_key > transform(split(?, '.'), x -> coalesce(try_cast(regexp_extract(x, '^[0-9]+') AS bigint), 0))
           OR (? AND version_key = transform(split(?, '.'), x -> coalesce(try_cast(regexp_extract(x, '^[0-9]+') AS bigint), 0))))
      AND (version_key < transform(split(?, '.'), x -> coalesce(try_cast(regexp_extract(x, '^[0-9]+') AS bigint), 0))
           OR (? AND version_key = transform(split(?, '.'), x -> coalesce(try_cast(regexp_extract(x, '^[0-9]+') AS bigint), 0))))
),
admissions AS (
    SELECT "service", "cluster", "namespace", "digest", from_iso8601_timestamp("time") AS ts, "time"
    FROM evidence_records
    WHERE "stream" = 'admission' AND "decision" = 'allowed' AND "digest" IS NOT NULL AND "environment" = ?
),
current_images AS (
    SELECT "service", "cluster", "namespace", max_by("digest", ts) AS running_digest
    FROM admissions
    GROUP BY "service", "cluster", "namespace"
),
admitted AS (
    SELECT "digest", max_by("time", ts) AS last_admitted
    FROM admissions
    WHERE "digest" IN (SELECT "digest" FROM in_range)
    GROUP BY "digest"
)
SELECT m."service", m."image", m."digest", m.package_name, m.package_version, m.purl, m.sbom_time,
       count(c.running_digest) > 0 AS running,
       count(c.running_digest) AS running_places,
       a.last_admitted,
       m."log" AS sbom_log, m."index" AS sbom_index
FROM in_range m
LEFT JOIN current_images c ON c.running_digest = m."digest"
LEFT JOIN admitted a ON a."digest" = m."digest"
GROUP BY m."service", m."image", m."digest", m.package_name, m.package_version, m.purl, m.sbom_time,
         a.last_admitted, m."log", m."index"
ORDER BY m."service", m."digest", m.package_name, m.package_version, m."log", m."index"
