WITH days AS (
    SELECT CAST(d AS varchar) AS day
    FROM UNNEST(sequence(CAST(? AS date), CAST(? AS date), INTERVAL '1' DAY)) AS t (d)
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
    SELECT day, '*' AS "stream", sum(records) AS records FROM counts GROUP BY day
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
