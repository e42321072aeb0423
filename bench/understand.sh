#!/usr/bin/env bash
# Time per understood free-text question (intent model + rules), p50 and p99, against the rules alone.
# Usage: bash bench/understand.sh [rounds, default 50]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
mkdir -p target/bench
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt
CP="$(cat target/bench/classpath.txt)"
javac -nowarn -d target/bench -cp "target/classes:$CP" bench/src/*.java
java -cp "target/bench:target/classes:$CP" UnderstandBench src/test/resources/recognition/intent-holdout.tsv "${1:-50}"
