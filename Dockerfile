# Build stage: dependencies first, so this layer is cached until pom.xml changes.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package

# Run stage: a JRE only, as an unprivileged user. JDK 25 runs the Java 17 jar and has the AOT cache (JEP 483/514/515).
FROM eclipse-temurin:25-jre
# the Temurin 22+ images no longer carry curl (adoptium/containers#814); the health check below uses it
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --no-create-home advisor
WORKDIR /app
COPY --from=build /src/target/infra-career-advisor.jar /app/app.jar
# AOT cache (JDK 25): the classes a served process loads and links, and the profiles of its first methods, are
# recorded once, here, by a loopback-only training run (`train-startup`: every kind of request, then 10 s of a mixed
# load so that the request path's profiles are kept too; a stand-in for Slack's Web API, nothing leaves the container) and mapped at start instead of being loaded, linked and profiled again. Measured with
# bench/src/StartProbe, like for like on a loaded 2-core machine (bench/README.md, 2026-12-02): first ack median
# 3.2-5.5 s vs 4.1-10.1 s on JDK 17 with its class-data archive, 0.2-2.1 s behind a bare Bolt app with a cache of
# its own (1.9-4.4 s behind on JDK 17); start-up CPU not lower (about 2x the bare app's either way). Same JVM, options and jar path as at run time; a failed
# training keeps no cache (the JVM writes one even then), and a missing or mismatched cache makes the JVM say so
# and start without it.
RUN java -XX:MaxRAMPercentage=75 -XX:MaxTenuringThreshold=0 -XX:AOTCacheOutput=/app/app.aot -Xlog:aot=off -jar /app/app.jar train-startup \
    || { rm -f /app/app.aot /app/app.aot.config; echo "start-up training failed: the image starts without an AOT cache"; }
# a distributed app without Redis keeps workspaces' installations here: mount a volume on it
RUN mkdir /data && chown advisor /data && chmod 700 /data
USER advisor
ENV PORT=3000 DATA_DIR=/data
VOLUME /data
EXPOSE 3000
# /healthz answers 200 while the server is up
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/healthz" || exit 1
# -XX:MaxTenuringThreshold=0: what survives a young collection goes straight to the old generation. What survives is
# nearly all the knowledge base and the interview models, live for the process's life; by default G1 copies them from
# survivor space to survivor space at every young collection of the first seconds, while the JIT is still busy. Measured
# with bench/src/EarlyProbe, JDK 25, the same jar and cache (bench/README.md, 2026-12-06): the second young pause
# 19-30 ms -> 3-8 ms, first-10-s p99 median 26.8 -> 16.4 ms (three alternated rounds). The bench runs both apps
# with this line's options.
# The trade-off, later: objects of requests in flight at a young collection are promoted too, so the old generation
# fills sooner and G1's concurrent cycles come more often (measured: start-up only).
# On SIGTERM the server finishes acknowledged work within SHUTDOWN_GRACE_SECONDS (25): stop with `docker stop -t 30`
ENTRYPOINT ["sh", "-c", "exec java -XX:MaxRAMPercentage=75 -XX:MaxTenuringThreshold=0 -XX:AOTCache=/app/app.aot -jar /app/app.jar serve"]
