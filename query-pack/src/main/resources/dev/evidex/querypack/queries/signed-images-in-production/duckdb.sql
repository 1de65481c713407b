-- DuckDB: timestamps are parsed with CAST instead of from_iso8601_timestamp.
WITH admitted AS (
    SELECT "digest", "cluster", "namespace",
           min_by("image", CAST("time" AS TIMESTAMP)) AS image,
           max("service") AS service,
           min_by("time", CAST("time" AS TIMESTAMP)) AS first_admitted,
           max_by("time", CAST("time" AS TIMESTAMP)) AS last_admitted,
           count(*) AS admissions
    FROM evidence_records
    WHERE "stream" = 'admission' AND "decision" = 'allowed' AND "digest" IS NOT NULL
      AND "environment" = ?
      AND "dt" >= ? AND "time" >= ? AND "time" < ?
    GROUP BY "digest", "cluster", "namespace"
),
signatures AS (
    SELECT "digest", "key_id", "identity", "signature_kind", "decision",
           min_by("time", CAST("time" AS TIMESTAMP)) AS verified_at,
           min_by("log", CAST("time" AS TIMESTAMP)) AS signature_log,
           min_by("index", CAST("time" AS TIMESTAMP)) AS signature_index
    FROM evidence_records
    WHERE "stream" = 'signature' AND "decision" = 'verified' AND "digest" IS NOT NULL
    GROUP BY "digest", "key_id", "identity", "signature_kind", "decision"
)
SELECT a.digest, a.image, a.service, a.cluster, a.namespace, a.first_admitted, a.last_admitted,
       a.admissions, s.key_id, s.identity, s.signature_kind, s.decision AS verdict, s.verified_at,
       s.signature_log, s.signature_index
FROM admitted a
JOIN signatures s ON s.digest = a.digest
ORDER BY a.digest, a.cluster, a.namespace, s.key_id, s.identity, s.signature_kind
