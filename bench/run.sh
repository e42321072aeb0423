#!/usr/bin/env bash
# One command for the benchmark: builds the advisor, then drives it and a bare Bolt app (both on Jetty 12)
# with signed requests against a fake Slack Web API on loopback, and writes bench/RESULTS.md.
# Usage: bash bench/run.sh [seconds per phase, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
mkdir -p target/bench
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt
CP="$(cat target/bench/classpath.txt)"
javac -nowarn -d target/bench -cp "target/classes:$CP" bench/src/*.java
java -cp "target/bench:target/classes:$CP" Bench "${1:-15}"
