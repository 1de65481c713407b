# Query 4 with jq: SBOM packages named $name below version 2.17.1, and whether the image still runs.
[inputs
  | select(.stream == "sbom"
        or (.stream == "admission" and .decision == "allowed" and .environment == "production" and .digest != null))
  | if .stream == "sbom" then
      (. as $record | .packages[]?
       | select(.name == $name and ((.version | split(".") | map(tonumber? // 0)) < [2, 17, 1]))
       | {stream: "match", service: $record.service, digest: $record.digest, package_version: .version,
          sbom_time: $record.time})
    else {stream, service, cluster, namespace, digest, time} end]
| (map(select(.stream == "admission")) | group_by([.service, .cluster, .namespace])
   | map(max_by(.time).digest)) as $running
| map(select(.stream == "match") | . + {running: (.digest as $digest | $running | index([$digest]) != null)})
| .[]
