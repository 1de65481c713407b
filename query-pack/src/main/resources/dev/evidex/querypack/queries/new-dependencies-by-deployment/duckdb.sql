-- DuckDB: timestamps are parsed with CAST. Packages come from sbom_packages (one row per package of
-- each sbom record; a table in the local index, a view over the batch objects). A deployment whose
-- digest has exactly the package names of the previous digest (same SHA-256 of the sorted names in
-- sbom_package_names) and no unnamed package cannot add one, so only the others are examined
-- package by package: the same rows as comparing every pair.
WITH deploys AS (
    SELECT "service", "environment", "digest", "time" AS deployed_at,
           CAST("time" AS TIMESTAMP) AS deployed_ts,
           "repository", "commit_sha", "run_id", "log", "index",
           lag("digest") OVER (PARTITION BY "service", "environment"
                               ORDER BY CAST("time" AS TIMESTAMP), "log", "index") AS previous_digest
    FROM evidence_records
    WHERE "stream" = 'deploy' AND "digest" IS NOT NULL AND "environment" = ?
),
changed AS (
    SELECT * FROM deploys
    WHERE deployed_at >= ? AND deployed_at < ?
      AND previous_digest IS NOT NULL AND previous_digest <> "digest"
),
candidates AS (
    SELECT d.* FROM changed d
    JOIN sbom_package_names c ON c."digest" = d."digest"
    JOIN sbom_package_names p ON p."digest" = d.previous_digest
    WHERE c.has_unnamed OR c.names_sha256 <> p.names_sha256
),
wanted AS (
    SELECT "digest" FROM candidates
    UNION
    SELECT previous_digest AS "digest" FROM candidates
),
packages AS MATERIALIZED (
    SELECT DISTINCT "digest", "name" AS package_name, "version" AS package_version, "purl" AS purl
    FROM sbom_packages
    WHERE "digest" IN (SELECT "digest" FROM wanted)
)
SELECT d."service", d."environment", d.deployed_at, d."digest", d.previous_digest,
       n.package_name, n.package_version, n.purl,
       d."repository", d."commit_sha", d."run_id", d."log" AS deploy_log, d."index" AS deploy_index
FROM candidates d
JOIN packages n ON n."digest" = d."digest"
WHERE NOT EXISTS (SELECT 1 FROM packages o
                  WHERE o."digest" = d.previous_digest AND o.package_name = n.package_name)
ORDER BY d."service", d."environment", d.deployed_ts, d."log", d."index",
         n.package_name, n.package_version, n.purl
