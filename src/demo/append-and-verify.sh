#!/usr/bin/env bash
# Seals a few batches into a fresh demo store with a fresh key, then verifies it offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-target/demo}"
rm -rf "$work" && mkdir -p "$work"
collector=(java -jar collector/target/evidex-collector.jar)
"${collector[@]}" keygen --out "$work/keys"
for run in 1 2 3; do
  printf '{"tool":"make","decision":"pass","run_id":"%s","repository":"acme/payments"}\n{"tool":"junit","tests_total":120,"tests_failed":0,"run_id":"%s"}\n' "$run" "$run" |
    "${collector[@]}" append --store "$work/store" --log ci-acme-payments --stream build \
      --source-kind ci --signing-key "file:$work/keys/seal-signing.pem"
done
java -jar verification/target/evidex-verify.jar store "$work/store" --trusted-keys "$work/keys/seal-signing.json"
