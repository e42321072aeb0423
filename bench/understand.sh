#!/usr/bin/env bash
# Time per understood free-text question (intent model + rules + retrieval), p50 and p99, against the rules
# alone; then the passage search alone over the labelled specific questions.
# Usage: bash bench/understand.sh [rounds, default 50]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build.sh
java -cp "target/bench:target/classes:$CP" UnderstandBench src/test/resources/recognition/intent-holdout.tsv "${1:-50}" \
    src/test/resources/recognition/passage-questions.tsv
