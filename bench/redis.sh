#!/usr/bin/env bash
# DM round trips mid-interview with state in Redis vs in the process, side by side; writes bench/RESULTS-redis.md.
# Needs redis-server (Debian: apt-get install redis-server). Usage: bash bench/redis.sh [seconds per round, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
REDIS_SERVER="$(command -v redis-server || echo /usr/bin/redis-server)"
[ -x "$REDIS_SERVER" ] || { echo "redis-server is not installed (apt-get install redis-server)"; exit 1; }
. bench/build.sh
java -cp "target/bench:target/classes:$CP" RedisBench "$REDIS_SERVER" "${1:-15}"
