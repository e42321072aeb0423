#!/usr/bin/env bash
# One command for the benchmark: builds the advisor, then drives it and a bare Bolt app (both on Jetty 12)
# with signed requests against a fake Slack Web API on loopback, and writes bench/RESULTS.md.
# Usage: bash bench/run.sh [seconds per phase, default 10]; BENCH_ROUNDS=n alternates the two apps n times (default 3);
# BENCH_WARMUP=n seconds of the mix warm each app's JIT every round before it is measured (default 20, the issue's method);
# BENCH_AOT=1 runs both apps on JDK 25, each with an AOT cache of its own (bench/aot.sh; default: both plain, default JDK)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build.sh
if [ -n "${BENCH_AOT:-}" ]; then
  . bench/aot.sh
fi
java -cp "target/bench:target/classes:$CP" Bench "${1:-10}"
