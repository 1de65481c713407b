#!/bin/sh
# The query benchmark compares against jq over the same JSON lines; install it if it is missing.
set -e
command -v jq >/dev/null 2>&1 && exit 0
apt-get update && apt-get install -y jq
