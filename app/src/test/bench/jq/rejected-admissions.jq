# Query 3 with jq: denied admissions in [$from, $to), in time order.
[inputs
  | select(.stream == "admission" and .decision == "denied" and .time >= $from and .time < $to)
  | {time, cluster, namespace, user, operation, resource, image, digest, constraint_kind, constraint_name,
     reason, response_code, audit_id, log, index}]
| sort_by(.time, .log, .index) | .[]
