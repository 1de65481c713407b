WITH subject AS (
    SELECT * FROM evidence_records WHERE "digest" = ?
),
runs AS (
    SELECT DISTINCT "repository", "run_id" FROM subject WHERE "run_id" IS NOT NULL
),
related AS (
    SELECT * FROM subject
    WHERE "stream" IN ('build', 'provenance', 'sbom', 'scan', 'gate', 'signature', 'attestation', 'push')
    UNION ALL
    -- gates of the same CI runs that judged the source rather than the image (SAST, for example)
    SELECT r.* FROM evidence_records r
    WHERE r."stream" = 'gate' AND (r."digest" IS NULL OR r."digest" <> ?)
      AND EXISTS (SELECT 1 FROM runs x WHERE x."repository" = r."repository" AND x."run_id" = r."run_id")
)
SELECT "stream", "time", "repository", "commit_sha", "run_id", "source_repository", "source_commit",
       "builder_id", "build_type", "invocation_id",
       array_join(transform("build_inputs", i -> i.uri || '@' || coalesce(i.digest, '')), ' ') AS build_inputs,
       "tool", "decision", "threshold", "findings_blocking", "key_id", "identity", "log", "index"
FROM related
ORDER BY from_iso8601_timestamp("time"), "log", "index"
