# syntax=docker/dockerfile:1
#
# cc-trainer as a container image: Maven builds the shaded jar, a slim JRE runs it.
# It sits at the root because the build needs the whole reactor: pom.xml, simulator/, backend/
# and web/ (packed into the jar). docker-compose.yml builds it as cc-trainer:local;
# docs/operations.md ("docker-compose") explains the stack.
#
#   docker build -t cc-trainer:local .
#   docker run -p 8080:8080 -e CC_TRAINER_KEY=... cc-trainer:local

# ---- build: the README's build command, in a Maven + JDK 17 image --------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Only what the build reads. Dependencies are not pre-fetched in a layer of their own
# (dependency:go-offline misses what the shade plugin resolves); the cache mount keeps ~/.m2
# between builds instead, so only the first build downloads them (about 275 MB, most of it the
# test-scoped Playwright bundle, which Maven resolves even with -DskipTests).
COPY pom.xml ./
COPY simulator/pom.xml simulator/
COPY backend/pom.xml backend/
COPY simulator/src simulator/src
COPY backend/src backend/src
COPY web web
RUN --mount=type=cache,target=/root/.m2 mvn -q -B -DskipTests package

# ---- runtime: a JRE, the jar, nothing else ----------------------------------------------
FROM eclipse-temurin:17-jre
# curl is for the health check. The Temurin image has it today only "for historical reasons"
# (its own comment), so it is installed explicitly rather than assumed.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 cctrainer \
 && useradd --system --uid 10001 --gid cctrainer --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin cctrainer \
 && mkdir -p /app /data \
 && chown cctrainer:cctrainer /data
# /data belongs to the trainer's user: a new named volume mounted there starts as a copy of it
# (owner included), so the non-root trainer can write its journal and generated key.
COPY --from=build /src/backend/target/cc-trainer.jar /app/cc-trainer.jar
USER cctrainer
WORKDIR /app
# 8080: HTTP and WebSockets. 5701: Hazelcast, between nodes only (--cluster); never publish it.
EXPOSE 8080 5701
# /health answers 200 while the trainer serves, "degraded" included (the journal cannot write
# but exercises run on): a restart would interrupt them, so degraded is not unhealthy.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/health || exit 1
# Exec form: java is PID 1 and gets SIGTERM, so the shutdown hook flushes the journal.
ENTRYPOINT ["java", "-jar", "/app/cc-trainer.jar"]
CMD ["--port", "8080", "--data", "/data"]
