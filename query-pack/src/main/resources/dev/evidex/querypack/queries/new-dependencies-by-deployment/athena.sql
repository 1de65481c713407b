WITH deploys AS (
    SELECT "service", "environment", "digest", "time" AS deployed_at,
           from_iso8601_timestamp("time") AS deployed_ts,
           "repository", "commit_sha", "run_id", "log", "index",
           lag("digest") OVER (PARTITION BY "service", "environment"
                               ORDER BY from_iso8601_timestamp("time"), "log", "index") AS previous_digest
    FROM evidence_records
    WHERE "stream" = 'deploy' AND "digest" IS NOT NULL AND "environment" = ?
),
changed AS (
    SELECT * FROM deploys
    WHERE deployed_at >= ? AND deployed_at < ?
      AND previous_digest IS NOT NULL AND previous_digest <> "digest"
),
wanted AS (
    SELECT "digest" FROM changed
    UNION
    SELECT previous_digest AS "digest" FROM changed
),
sbom_packages AS (
    SELECT DISTINCT s."digest", p.name AS package_name, p.version AS package_version, p.purl AS purl
    FROM evidence_records s
    JOIN wanted w ON w."digest" = s."digest"
    CROSS JOIN UNNEST(s."packages") AS p (name, version, purl, license, supplier)
    WHERE s."stream" = 'sbom'
)
SELECT d."service", d."environment", d.deployed_at, d."digest", d.previous_digest,
       n.package_name, n.package_version, n.purl,
       d."repository", d."commit_sha", d."run_id", d."log" AS deploy_log, d."index" AS deploy_index
FROM changed d
JOIN sbom_packages n ON n."digest" = d."digest"
WHERE EXISTS (SELECT 1 FROM sbom_packages o WHERE o."digest" = d.previous_digest)
  AND NOT EXISTS (SELECT 1 FROM sbom_packages o
                  WHERE o."digest" = d.previous_digest AND o.package_name = n.package_name)
ORDER BY d."service", d."environment", d.deployed_ts, d."log", d."index",
         n.package_name, n.package_version, n.purl
