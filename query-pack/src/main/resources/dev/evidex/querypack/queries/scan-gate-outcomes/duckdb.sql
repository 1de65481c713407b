-- DuckDB: timestamps are parsed with CAST instead of from_iso8601_timestamp.
WITH gates AS (
    SELECT "time", "repository", "commit_sha", "run_id", "service", "tool", "threshold", "decision",
           "findings_blocking", "log", "index",
           CASE "threshold" WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 WHEN 'LOW' THEN 1 ELSE 0 END
               AS threshold_rank
    FROM evidence_records
    WHERE "stream" = 'gate' AND "tool" IS NOT NULL
      AND "dt" >= ? AND "time" >= ? AND "time" < ?
      AND (? = 'all' OR "decision" = ?)
),
findings AS (
    SELECT "repository", "run_id", "tool", "novelty",
           CASE "severity" WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 WHEN 'LOW' THEN 1 ELSE 0 END
               AS severity_rank
    FROM evidence_records
    WHERE "stream" = 'finding' AND "dt" >= ?
)
SELECT g."time", g."repository", g."commit_sha", g."run_id", g."service", g."tool", g."threshold", g."decision",
       g."findings_blocking",
       count(CASE WHEN f."novelty" = 'new' THEN 1 END) AS below_threshold_new,
       count(CASE WHEN f."novelty" = 'known' THEN 1 END) AS below_threshold_known,
       g."log", g."index"
FROM gates g
LEFT JOIN findings f
       ON f."repository" = g."repository" AND f."run_id" = g."run_id" AND f."tool" = g."tool"
      AND f.severity_rank < g.threshold_rank
GROUP BY g."time", g."repository", g."commit_sha", g."run_id", g."service", g."tool", g."threshold",
         g."decision", g."findings_blocking", g."log", g."index"
ORDER BY CAST(g."time" AS TIMESTAMP), g."log", g."index"
