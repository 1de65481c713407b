#!/usr/bin/env bash
# Packet benchmark with the real command lines: `evidex export` then `evidex-verify packet`, RUNS times,
# timing each (JVM start included) and printing the medians, packet and SHA256SUMS sizes and the load.
#
#   packet-bench.sh STORE TRUSTED_KEYS_DIR [RUNS] [JAR_DIR]
#
# JAR_DIR holds evidex.jar and evidex-verify.jar (default: the worktree's app/target and verification/target).
# A packet-signing key is made in a scratch folder; verification trusts TRUSTED_KEYS_DIR plus that key.
set -euo pipefail
store=$1
trusted=$2
runs=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
export_jar=${4:-$root/app/target}/evidex.jar
verify_jar=${4:-$root/verification/target}/evidex-verify.jar
collector_jar=$root/collector/target/evidex-collector.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -jar "$collector_jar" keygen --out "$work/keys" --name exporter --purpose packet-signing > /dev/null
mkdir "$work/trust"
cp "$trusted"/*.json "$work/trust/"
cp "$work/keys/exporter.json" "$work/trust/"
# The store's own first and last day: the assessment period, and the end of the signed-images window.
first_day=$(ls "$store/records" | sed -n 's/^dt=//p' | sort | head -1)
last_day=$(ls "$store/records" | sed -n 's/^dt=//p' | sort | tail -1)
window_from=$(date -u -d "$last_day -10 days" +%Y-%m-%d)
cat > "$work/assessment.json" <<JSON
{"organisation":"Acme Health","type":"i1","scope":["CI/CD pipeline","production clusters"],"period":{"from":"$first_day","to":"$last_day"}}
JSON
created=$(date -u -d '+1 minute' +%Y-%m-%dT%H:%M:00Z)

# Three queries whose rows back about 100,000 records of the 1,000,000-record demo store
# (scan gates and rejected admissions over the whole store, signed images of its last ten days).
export_packet() {
    java -jar "$export_jar" export --store "$store" --trusted-keys "$trusted" \
        --query scan-gate-outcomes --query rejected-admissions --query signed-images-in-production \
        --param from="$first_day" --param to="$last_day" \
        --param signed-images-in-production.from="$window_from" --param signed-images-in-production.to="$last_day" \
        --controls "10.h,09.aa,164.312(b)" --assessment "$work/assessment.json" \
        --signing-key "$work/keys/exporter.pem" --created "$created" --out "$1"
}

seconds() { python3 -c "import sys,time; print(f'{time.time()-float(sys.argv[1]):.2f}')" "$1"; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

exports=(); verifies=()
for run in $(seq 1 "$runs"); do
    packet="$work/packet-$run.zip"
    start=$(date +%s.%N); export_packet "$packet" > "$work/export-$run.log" 2>&1; exported=$(seconds "$start")
    start=$(date +%s.%N)
    status=0; java -jar "$verify_jar" packet "$packet" --trusted-keys "$work/trust" > "$work/verify-$run.log" 2>&1 || status=$?
    verified=$(seconds "$start")
    exports+=("$exported"); verifies+=("$verified")
    echo "run $run: export $exported s, verify $verified s (exit $status), load $(cut -d' ' -f1-3 /proc/loadavg)"
done
packet="$work/packet-$runs.zip"
echo "median export $(median "${exports[@]}") s, median verify $(median "${verifies[@]}") s"
echo "packet $(stat -c %s "$packet") bytes, SHA256SUMS $(unzip -p "$packet" SHA256SUMS | wc -c) bytes"
grep -E "^  (ok|FAIL) +(record|artifact|artifact-signature|entry) " "$work/verify-$runs.log" || true
grep -E "^(signatures|note)" "$work/verify-$runs.log" || true
uptime
