#!/usr/bin/env bash
# Unpacks the packaged jar and trains a JDK AOT cache for it, so that it starts in about half
# the time (README: "Production"). Needs JDK 25 or newer, the same one that will run it.
#
#   src/aot/aot-cache.sh [jar] [destination]
#
# jar defaults to the newest target/staffroom-*.jar, destination to target/app. Afterwards:
#
#   java -XX:AOTCache=target/app/staffroom.aot -jar target/app/staffroom.jar
#
# The cache fits only this jar and this JDK: make it again after every build or JDK update
# (a stale cache is refused with a warning and the app starts without it).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
jar=${1:-$(ls -t "$repo"/target/staffroom-*.jar 2>/dev/null | head -1)}
destination=${2:-$repo/target/app}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[ -f "$jar" ] || { echo "aot-cache: no jar (run ./mvnw package first)" >&2; exit 1; }

rm -rf "$destination"
# The AOT cache needs the classes on a plain class path, not nested in the executable jar.
"$java" -Djarmode=tools -jar "$jar" extract --destination "$destination" >/dev/null
mv "$destination/$(basename "$jar")" "$destination/staffroom.jar"

# The training run starts the app up to a refreshed context (embedded database, Flyway, JPA,
# Vaadin, security) and exits there; the JVM then writes what it loaded and linked. It uses a
# database of its own, so no real data directory or external database is touched.
training=$(mktemp -d "$destination/training.XXXXXX")
# The run ends by halting the JVM at the refresh, before the embedded database is stopped.
trap 'pkill -f -- "--datadir=$training/" || true; rm -rf "$training"' EXIT
(cd "$destination" && env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
    "$java" -XX:AOTCacheOutput=staffroom.aot -Dspring.context.exit=onRefresh \
    -jar staffroom.jar --staffroom.embedded-db.data-dir="$training/mariadb" --staffroom.embedded-db.port=0 \
    --server.port=0 > "$training.log" 2>&1) || { tail -20 "$training.log" >&2; exit 1; }
rm -f "$training.log"
echo "aot-cache: $destination/staffroom.aot ($(du -h "$destination/staffroom.aot" | cut -f1)) for $(basename "$jar")"
echo "run: $java -XX:AOTCache=$destination/staffroom.aot -jar $destination/staffroom.jar"
