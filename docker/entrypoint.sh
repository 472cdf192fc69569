#!/bin/sh
# The image's entry: /data holds durable state when something is mounted there (and DTU_DATA_DIR says nothing
# else); JAVA_OPTS goes to the JVM, the arguments to `dtu`.
set -eu
mounts="${DTU_MOUNTS_FILE:-/proc/mounts}"
if [ -z "${DTU_DATA_DIR:-}" ] && grep -qs ' /data ' "$mounts"; then
    DTU_DATA_DIR=/data
    export DTU_DATA_DIR
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of JVM options
exec java ${JAVA_OPTS:-} -jar "${DTU_JAR:-/opt/dtu/dtu.jar}" "$@"
