-- DuckDB: timestamps are parsed with CAST instead of from_iso8601_timestamp.
SELECT "time", "cluster", "namespace", "user", "operation", "resource", "image", "digest",
       "constraint_kind", "constraint_name", "reason", "response_code", "audit_id", "log", "index"
FROM evidence_records
WHERE "stream" = 'admission' AND "decision" = 'denied'
  AND "dt" >= ? AND "time" >= ? AND "time" < ?
  AND (? = '' OR "cluster" = ?)
  AND (? = '' OR "namespace" = ?)
ORDER BY CAST("time" AS TIMESTAMP), "log", "index"
