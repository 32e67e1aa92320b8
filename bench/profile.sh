#!/usr/bin/env bash
# Profiles one folio build of a benchmark corpus with Java Flight Recorder and prints where the
# CPU samples fall: by top frame (self time) and by method anywhere on the stack (inclusive).
#
#   bench/profile.sh [--size 10000] [--jar target/folio.jar] [--top 40] [--java-opts "-Xmx2g"]
#
# The corpus must exist (bench/run.sh --sizes N generates it under bench/.work/N/). Hold the
# machine's lock if others share it: flock /tmp/heavy.lock bench/profile.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZE=10000
JAR="$ROOT/target/folio.jar"
TOP=40
JAVA_OPTS=""
while [ $# -gt 0 ]; do
    case "$1" in
        --size) SIZE="$2"; shift 2 ;;
        --jar) JAR="$2"; shift 2 ;;
        --top) TOP="$2"; shift 2 ;;
        --java-opts) JAVA_OPTS="$2"; shift 2 ;;
        -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/profile.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
DIR="$ROOT/bench/.work/$SIZE/folio"
[ -d "$DIR/content" ] || { echo "bench/profile.sh: no corpus in $DIR: run bench/run.sh --sizes $SIZE first" >&2; exit 2; }
[ -f "$JAR" ] || { echo "bench/profile.sh: $JAR is missing" >&2; exit 2; }
mkdir -p "$DIR/templates" && cp -R "$ROOT/bench/templates/folio/." "$DIR/templates/"

JFR="$ROOT/bench/.work/folio-$SIZE.jfr"
OUT="$ROOT/bench/.work/$SIZE/out-folio-profile"
rm -rf "$OUT" "$JFR"
# shellcheck disable=SC2086
/usr/bin/time -f "wall %e s, user %U s, system %S s, peak %M KB" \
    java $JAVA_OPTS -XX:StartFlightRecording=filename="$JFR",settings=profile -jar "$JAR" build \
    --content "$DIR/content" --templates "$DIR/templates" --output "$OUT" 2>&1 | grep -v "^\[" || true
rm -rf "$OUT"

STACKS="$(mktemp)"
trap 'rm -f "$STACKS"' EXIT
jfr print --stack-depth 256 --events jdk.ExecutionSample "$JFR" >"$STACKS"

# one line per sample: the frames, top first, separated by '|'
samples() {
    awk '
        /jdk.ExecutionSample/ { if (n) print s; s = ""; n = 0; next }
        /line:/ { f = $0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*/, "", f); s = (n ? s "|" : "") f; n++ }
        END { if (n) print s }' "$STACKS"
}
TOTAL="$(samples | wc -l)"
echo
echo "$TOTAL execution samples in $JFR"
echo
echo "== top frames (self) =="
samples | awk -F'|' '{ print $1 }' | sort | uniq -c | sort -rn | head -"$TOP" \
    | awk -v t="$TOTAL" '{ c = $1; $1 = ""; printf "%6d %5.1f%% %s\n", c, 100 * c / t, $0 }'
echo
echo "== methods anywhere on the stack (inclusive) =="
samples | awk -F'|' '{ delete seen; for (i = 1; i <= NF; i++) if (!seen[$i]++) print $i }' \
    | sort | uniq -c | sort -rn | head -"$TOP" \
    | awk -v t="$TOTAL" '{ c = $1; $1 = ""; printf "%6d %5.1f%% %s\n", c, 100 * c / t, $0 }'
echo
echo "== garbage collection =="
jfr summary "$JFR" | grep -E "jdk.GarbageCollection |jdk.GCPhasePause |jdk.ExecutionSample " || true
jfr print --events jdk.GarbageCollection "$JFR" | awk '/sumOfPauses/ { gsub(/[^0-9.]/, "", $3); s += $3; n++ } END { if (n) printf "%d collections, %.0f ms of pauses in all\n", n, s }'
jfr print --events jdk.GCHeapSummary "$JFR" | awk '/heapUsed/ { v = $3; u = $4; if (u == "GB") v *= 1024; if (u == "kB") v /= 1024; if (v > m) m = v } END { printf "largest heap used: %.0f MB\n", m }'
