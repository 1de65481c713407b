-- DuckDB: timestamps are parsed with CAST instead of from_iso8601_timestamp.
WITH admitted AS (
    SELECT "digest", max("image") AS image, max("service") AS service,
           min_by("time", CAST("time" AS TIMESTAMP)) AS first_admitted,
           max_by("time", CAST("time" AS TIMESTAMP)) AS last_admitted,
           count(*) AS admissions
    FROM evidence_records
    WHERE "stream" = 'admission' AND "decision" = 'allowed' AND "digest" IS NOT NULL
      AND "environment" = ?
      AND "dt" >= ? AND "time" >= ? AND "time" < ?
    GROUP BY "digest"
),
evidence AS (
    SELECT "digest",
           count(CASE WHEN "stream" = 'signature' AND "decision" = 'verified' THEN 1 END) AS signatures,
           count(CASE WHEN "stream" = 'sbom' THEN 1 END) AS sboms,
           count(CASE WHEN "stream" = 'provenance' THEN 1 END) AS provenances
    FROM evidence_records
    WHERE "stream" IN ('signature', 'sbom', 'provenance')
      AND "digest" IN (SELECT "digest" FROM admitted)
    GROUP BY "digest"
)
SELECT a."digest", a.image, a.service, a.first_admitted, a.last_admitted, a.admissions,
       coalesce(e.signatures, 0) = 0 AS missing_signature,
       coalesce(e.sboms, 0) = 0 AS missing_sbom,
       coalesce(e.provenances, 0) = 0 AS missing_provenance
FROM admitted a
LEFT JOIN evidence e ON e."digest" = a."digest"
WHERE coalesce(e.signatures, 0) = 0 OR coalesce(e.sboms, 0) = 0 OR coalesce(e.provenances, 0) = 0
ORDER BY a."digest"
