# Onboarding Buddy: build with the Maven wrapper, run on a JRE 17 as a non-root user.
#   docker build -t onboarding-buddy .
#   docker run -p 3000:3000 -e SLACK_BOT_TOKEN=... -e SLACK_SIGNING_SECRET=... -e MANAGER_CHANNEL=... onboarding-buddy

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
# dependencies first, so that a code change does not download them again
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY config config
# the class-data archive is made in the runtime image below, by the JVM that will use it
RUN ./mvnw -B -q package -DskipTests -Dcds.skip

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin buddy
WORKDIR /app
COPY --from=build /src/target/onboarding-buddy.jar /app/onboarding-buddy.jar
COPY config /app/config
# A class-data archive of what a start loads, written by this image's JVM: the bot starts in about half the time
# (README, "Start-up"). The training run starts the bot on a scratch database against a stand-in for Slack on
# loopback; it reaches no network.
RUN java -Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit=/app/onboarding-buddy.jsa \
        -jar /app/onboarding-buddy.jar warm-up > /dev/null
RUN mkdir -p /app/data /app/backups && chown -R buddy /app/data /app/backups
USER 10001
# UTF-8 whatever the base image's locale: Slack payloads are UTF-8.
# A fixed 512 MB heap: measured with 5,000 active hires (docs/benchmarks.md), `status` counts items as it reads them
# instead of loading them, so the heap stays far below it; a fixed ceiling, rather than a share of the container's
# memory, keeps the bot's footprint the same on any host (give the container about 768 MB: heap plus metaspace,
# threads and H2's cache). ExitOnOutOfMemoryError lets the orchestrator restart a bot that ran out.
# TieredStopAtLevel=1: the quick C1 compiler only; on a small container the optimising C2 compiler took a third of the
# CPU in the first minutes and repaid none of it (README, "Compiler").
ENV PORT=3000 \
    JAVA_TOOL_OPTIONS="-Xmx512m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"
EXPOSE 3000
VOLUME ["/app/data", "/app/backups"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/healthz" || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/onboarding-buddy.jsa", "-jar", "/app/onboarding-buddy.jar"]
CMD ["serve"]
