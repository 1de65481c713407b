# Query 2 with jq: package names in a deployment's SBOM that the previous deployment's SBOM lacks.
[inputs
  | select((.stream == "deploy" and .environment == "production" and .digest != null) or .stream == "sbom")
  | if .stream == "sbom" then {stream, digest, packages: [.packages[]? | {name, version, purl}]}
    else {stream, service, digest, time, commit_sha, run_id} end]
| (map(select(.stream == "sbom")) | map({key: .digest, value: .packages}) | from_entries) as $sboms
| map(select(.stream == "deploy")) | group_by(.service)
| map(sort_by(.time) | . as $deploys | range(1; length) as $i | $deploys[$i] as $current | $deploys[$i - 1] as $previous
      | select($current.time >= $from and $current.time < $to and $current.digest != $previous.digest
               and $sboms[$previous.digest] != null)
      | ($sboms[$previous.digest] | map(.name)) as $old
      | ($sboms[$current.digest] // [])[] | select(.name as $name | $old | index([$name]) | not)
      | {service: $current.service, deployed_at: $current.time, digest: $current.digest,
         previous_digest: $previous.digest, package_name: .name, package_version: .version,
         commit_sha: $current.commit_sha, run_id: $current.run_id})
| .[]
