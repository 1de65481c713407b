-- DuckDB: the calendar comes from generate_series instead of sequence; sums are cast back to BIGINT.
WITH days AS (
    SELECT strftime(d, '%Y-%m-%d') AS day
    FROM generate_series(CAST(? AS DATE), CAST(? AS DATE), INTERVAL 1 DAY) AS t (d)
),
counts AS (
    SELECT substr("time", 1, 10) AS day, "stream", count(*) AS records
    FROM evidence_records
    WHERE "dt" >= ? AND "time" >= ? AND "time" < ?
    GROUP BY substr("time", 1, 10), "stream"
),
all_counts AS (
    SELECT day, "stream", records FROM counts
    UNION ALL
    SELECT day, '*' AS "stream", CAST(sum(records) AS BIGINT) AS records FROM counts GROUP BY day
),
streams AS (
    SELECT DISTINCT "stream" FROM counts
    UNION
    SELECT '*' AS "stream"
)
SELECT d.day, s."stream", coalesce(c.records, 0) AS records, coalesce(c.records, 0) = 0 AS gap
FROM days d
CROSS JOIN streams s
LEFT JOIN all_counts c ON c.day = d.day AND c."stream" = s."stream"
WHERE ? = 'all' OR coalesce(c.records, 0) = 0
ORDER BY d.day, s."stream"
