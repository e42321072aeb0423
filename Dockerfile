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
ENTRYPOINT ["sh", "-c", "exec java -XX:MaxRAMPercentage=75 -jar /app/app.jar serve"]
