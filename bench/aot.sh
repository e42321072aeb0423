#!/usr/bin/env bash
# Sourced by bench/run.sh when BENCH_AOT=1, after bench/build.sh: both apps on JDK 25 (BENCH_JAVA, default Temurin
# 25), each with an AOT cache of its own (JEP 483/514/515), made by a training run whenever its jar is newer:
# the advisor by `train-startup` (as the Dockerfile does), the bare app by its first 10 s in EarlyProbe
# (commands, free text and DMs on loopback, then SIGTERM, which writes the cache). Like for like: never one
# app with a cache against the other without.
BENCH_JAVA="${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
export BENCH_JAVA
if [ ! target/bench/app.aot -nt target/infra-career-advisor.jar ]; then
  rm -f target/bench/app.aot
  "$BENCH_JAVA" -Xmx1g -XX:AOTCacheOutput=target/bench/app.aot -Xlog:aot=off \
      -jar target/infra-career-advisor.jar train-startup > target/bench/app-aot-training.log 2>&1
fi
if [ ! target/bench/bare.aot -nt target/bench/bare.jar ]; then
  rm -f target/bench/bare.aot
  EARLY_BARE=only BARE_JAVA_OPTS="-XX:AOTCacheOutput=target/bench/bare.aot -Xlog:aot=off" \
      java -cp "target/bench:target/classes:$CP" EarlyProbe 1 > target/bench/bare-aot-training.log 2>&1
fi
[ -f target/bench/app.aot ] && [ -f target/bench/bare.aot ] || { echo "AOT cache training failed (target/bench/*-aot-training.log)" >&2; exit 1; }
export ADVISOR_JAVA_OPTS="-XX:AOTCache=target/bench/app.aot ${ADVISOR_JAVA_OPTS:-}"
export BARE_JAVA_OPTS="-XX:AOTCache=target/bench/bare.aot ${BARE_JAVA_OPTS:-}"
