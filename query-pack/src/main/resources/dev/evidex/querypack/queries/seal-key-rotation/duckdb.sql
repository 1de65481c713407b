-- DuckDB: timestamps are parsed with CAST instead of from_iso8601_timestamp.
WITH per_key AS (
    SELECT "log", "key_id", "key_purpose",
           min_by("time", CAST("time" AS TIMESTAMP)) AS first_seen,
           max_by("time", CAST("time" AS TIMESTAMP)) AS last_seen,
           min(CAST("time" AS TIMESTAMP)) AS first_ts,
           count(*) AS events
    FROM evidence_records
    WHERE "stream" = 'key' AND "key_id" IS NOT NULL AND "key_purpose" = ?
    GROUP BY "log", "key_id", "key_purpose"
)
SELECT "log", "key_id", "key_purpose", first_seen, last_seen, events,
       lead(first_seen) OVER (PARTITION BY "log" ORDER BY first_ts, "key_id") AS superseded_at,
       lead("key_id") OVER (PARTITION BY "log" ORDER BY first_ts, "key_id") AS superseded_by
FROM per_key
ORDER BY "log", first_ts, "key_id"
