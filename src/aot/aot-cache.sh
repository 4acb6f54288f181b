#!/usr/bin/env bash
# Unpacks the packaged jar and trains a JDK AOT cache for it, so that it starts in about half
# the time (README: "Production"). Needs JDK 25 or newer, the same one that will run it.
#
#   src/aot/aot-cache.sh [jar] [destination]
#
# jar defaults to the newest target/staffroom-*.jar, destination to target/app. Afterwards:
#
#   java -XX:AOTCache=<destination>/staffroom.aot -jar <destination>/staffroom.jar
#
# with the absolute paths it prints. The cache fits only this jar, in this place, and this JDK:
# make it again after every build, move or JDK update (one that does not fit is refused with a
# warning, and the app starts without it).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
jar=${1:-$(ls -t "$repo"/target/staffroom-*.jar 2>/dev/null | head -1)}
# Absolute: the cache records the class path as the training run gave it.
destination=$(realpath -m -- "${2:-$repo/target/app}")
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
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
    "$java" -XX:AOTCacheOutput="$destination/staffroom.aot" -Dspring.context.exit=onRefresh \
    -jar "$destination/staffroom.jar" --staffroom.embedded-db.data-dir="$training/mariadb" \
    --staffroom.embedded-db.port=0 --server.port=0 > "$training.log" 2>&1 || { tail -20 "$training.log" >&2; exit 1; }
rm -f "$training.log"
echo "aot-cache: $destination/staffroom.aot ($(du -h "$destination/staffroom.aot" | cut -f1)) for $(basename "$jar")"
echo "run: $java -XX:AOTCache=$destination/staffroom.aot -jar $destination/staffroom.jar"
