-- DuckDB: list functions are list_transform/string_split, timestamps are parsed with CAST. Packages
-- come from sbom_packages (one row per package of each sbom record; a table in the local index, a
-- view over the batch objects), joined back to their record by log and index. The package name is
-- bound twice, as in the Athena text. matches is MATERIALIZED so that the version comparison runs on
-- the few rows of that package, not pushed down into the scan of every package (measured: 2x).
WITH matches AS MATERIALIZED (
    SELECT s."service", s."image", s."digest", s."time" AS sbom_time, s."log", s."index",
           p."name" AS package_name, p."version" AS package_version, p."purl" AS purl,
           list_transform(string_split(p."version", '.'),
                          x -> coalesce(TRY_CAST(regexp_extract(x, '^[0-9]+') AS BIGINT), 0)) AS version_key
    FROM sbom_packages p
    JOIN evidence_records s ON s."log" = p."log" AND s."index" = p."index"
    WHERE s."stream" = 'sbom' AND p."name" = ? AND p."name" = ?
),
in_range AS MATERIALIZED (
    SELECT * FROM matches
    WHERE (version_key > list_transform(string_split(?, '.'), x -> coalesce(TRY_CAST(regexp_extract(x, '^[0-9]+') AS BIGINT), 0))
           OR (? AND version_key = list_transform(string_split(?, '.'), x -> coalesce(TRY_CAST(regexp_extract(x, '^[0-9]+') AS BIGINT), 0))))
      AND (version_key < list_transform(string_split(?, '.'), x -> coalesce(TRY_CAST(regexp_extract(x, '^[0-9]+') AS BIGINT), 0))
           OR (? AND version_key = list_transform(string_split(?, '.'), x -> coalesce(TRY_CAST(regexp_extract(x, '^[0-9]+') AS BIGINT), 0))))
),
admissions AS MATERIALIZED (
    SELECT "service", "cluster", "namespace", "digest", CAST("time" AS TIMESTAMP) AS ts, "time"
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
