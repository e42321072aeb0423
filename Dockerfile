# Build stage: dependencies first, so this layer is cached until pom.xml changes.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package

# Run stage: a JRE only, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home advisor
WORKDIR /app
COPY --from=build /src/target/infra-career-advisor.jar /app/app.jar
# Class data sharing (JDK 17 AppCDS): the classes a served process loads are recorded once, here, by a
# loopback-only training run (`train-startup`: a stand-in for Slack's Web API, nothing leaves the container),
# and mapped at start instead of being loaded and verified again. Measured with bench/src/StartProbe: first
# ack and readiness about 1.5 s sooner, half the start-up CPU (bench/README.md). Same JVM and jar path as at
# run time; should the archive be missing or not match, the JVM says so in one line and starts without it.
RUN java -XX:ArchiveClassesAtExit=/app/app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar /app/app.jar train-startup \
    || echo "start-up training failed: the image starts without a class-data archive"
# a distributed app without Redis keeps workspaces' installations here: mount a volume on it
RUN mkdir /data && chown advisor /data && chmod 700 /data
USER advisor
ENV PORT=3000 DATA_DIR=/data
VOLUME /data
EXPOSE 3000
# /healthz answers 200 while the server is up
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/healthz" || exit 1
# On SIGTERM the server finishes acknowledged work within SHUTDOWN_GRACE_SECONDS (25): stop with `docker stop -t 30`
ENTRYPOINT ["sh", "-c", "exec java -XX:MaxRAMPercentage=75 -XX:SharedArchiveFile=/app/app.jsa -jar /app/app.jar serve"]
