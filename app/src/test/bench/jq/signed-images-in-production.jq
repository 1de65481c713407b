# Query 1 with jq: allowed production admissions in [$from, $to) joined with verified signatures.
[inputs
  | select((.stream == "admission" and .decision == "allowed" and .environment == "production"
            and .digest != null and .time >= $from and .time < $to)
        or (.stream == "signature" and .decision == "verified" and .digest != null))
  | {stream, digest, cluster, namespace, image, service, time, key_id, identity, signature_kind}]
| (map(select(.stream == "signature")) | group_by(.digest) | map({key: .[0].digest, value: .}) | from_entries) as $signatures
| map(select(.stream == "admission")) | group_by([.digest, .cluster, .namespace])
| map(. as $group | ($signatures[$group[0].digest] // []) | unique_by([.key_id, .identity, .signature_kind])[]
      | {digest: $group[0].digest, cluster: $group[0].cluster, namespace: $group[0].namespace,
         first_admitted: ($group | map(.time) | min), last_admitted: ($group | map(.time) | max),
         admissions: ($group | length), key_id, identity, signature_kind})
| .[]
