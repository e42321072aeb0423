#!/usr/bin/env bash
# Shared by the bench scripts: builds the advisor and the bench sources; leaves the classpath in $CP.
# Source it from the project root: . bench/build.sh
mvn -B -q -DskipTests package
mkdir -p target/bench
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt
CP="$(cat target/bench/classpath.txt)"
javac -nowarn -d target/bench -cp "target/classes:$CP" bench/src/*.java
# the bare app alone as a jar (StartProbe and EarlyProbe run it from jars, so that it can have a class-data archive)
(cd target/bench && jar --create --file bare.jar BareBoltApp*.class)
