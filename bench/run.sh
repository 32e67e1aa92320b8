#!/usr/bin/env bash
# Benchmark: folio against Hugo, Eleventy and Jekyll on synthetic corpora, plus the real site's
# full build and a rebuild in `serve` after a one-file edit. See "Benchmark" in README.md.
#
#   bench/run.sh [--sizes 1000,10000] [--runs 3] [--warmup 1]
#                [--generators folio,hugo,eleventy,jekyll] [--no-install] [--no-build]
#                [--no-real] [--no-serve] [--no-incremental] [--rev GIT-REV] [--baseline GIT-REV]
#                [--results FILE]
#
# After each size's runs, folio's incremental case: one sentence appended to one page, then
# `build` into the folder of folio's last run (see "Incremental builds" in README.md), timed as a
# whole process, against Hugo's full build (target at 10,000 pages: at most 0.15x). One such
# build runs first and is reported apart: the first build into a folder a fresh build made has
# nothing kept to reuse. Then --runs more, each after another edit; their median is the figure.
# --rev builds folio (and takes the real site's content/ and templates/) from a clean export of
# that commit instead of the working tree, e.g. --rev HEAD to leave uncommitted work out.
# --baseline builds a second folio from a clean export of another commit and times it in the same
# turns (folio, folio@BASE, Hugo, folio, ...), so both share Hugo's times and the machine's
# state; the report compares them (issue 12's rule: folio's ratio at most 5 % worse than BASE's).
# On a shared machine hold a lock for the whole run so nothing else disturbs the timings:
#   flock /tmp/heavy.lock bench/run.sh
# (the script takes no lock itself, so it cannot deadlock under one).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
WORK="$BENCH/.work"
TOOLS="$BENCH/.tools"
JAR="$ROOT/target/folio.jar"
ELEVENTY_VERSION="3.1.2"

SIZES="1000,10000"
RUNS=3
WARMUP=1
GENERATORS="folio,hugo,eleventy,jekyll"
INSTALL=1
BUILD=1
REAL=1
SERVE=1
INCREMENTAL=1
RESULTS=""
REV=""
BASELINE=""

usage() {
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) SIZES="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --generators) GENERATORS="$2"; shift 2 ;;
        --no-install) INSTALL=0; shift ;;
        --no-build) BUILD=0; shift ;;
        --no-real) REAL=0; shift ;;
        --no-serve) SERVE=0; shift ;;
        --no-incremental) INCREMENTAL=0; shift ;;
        --results) RESULTS="$2"; shift 2 ;;
        --rev) REV="$2"; shift 2 ;;
        --baseline) BASELINE="$2"; shift 2 ;;
        -h|--help) usage 0 ;;
        *) echo "bench/run.sh: unknown option $1" >&2; usage 2 ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "bench/run.sh: --runs must be a positive number" >&2; exit 2; }
[[ "$WARMUP" =~ ^[0-9]+$ ]] || { echo "bench/run.sh: --warmup must be a number" >&2; exit 2; }

log() { printf '%s\n' "bench: $*" >&2; }
has() { command -v "$1" >/dev/null 2>&1; }
wants() { [[ ",$GENERATORS," == *",$1,"* ]]; }

# ---------------------------------------------------------------- tools
APT_UPDATED=0
apt_install() {
    [ "$INSTALL" = 1 ] || return 1
    has apt-get || return 1
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        has sudo && sudo -n true 2>/dev/null || return 1
        sudo="sudo -n"
    fi
    if [ "$APT_UPDATED" = 0 ]; then
        log "apt-get update"
        $sudo apt-get update -qq >/dev/null 2>&1 || true
        APT_UPDATED=1
    fi
    log "apt-get install -y $*"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null 2>&1
}

if [ ! -x /usr/bin/time ]; then
    apt_install time || { echo "bench/run.sh: /usr/bin/time is missing: apt-get install time" >&2; exit 2; }
fi
has java || { echo "bench/run.sh: java is missing" >&2; exit 2; }

NOTES=()
if wants hugo && ! has hugo; then apt_install hugo || true; fi
if wants jekyll && ! has jekyll; then apt_install jekyll || true; fi
ELEVENTY="$TOOLS/node_modules/@11ty/eleventy/cmd.cjs"
if wants eleventy && [ ! -f "$ELEVENTY" ] && [ "$INSTALL" = 1 ] && has npm; then
    log "npm install --prefix bench/.tools @11ty/eleventy@$ELEVENTY_VERSION"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "@11ty/eleventy@$ELEVENTY_VERSION" >/dev/null 2>&1 || true
fi

ACTIVE=()
for g in ${GENERATORS//,/ }; do
    case "$g" in
        folio) ACTIVE+=(folio) ;;
        hugo) if has hugo; then ACTIVE+=(hugo); else NOTES+=("hugo: not installed, skipped"); fi ;;
        jekyll) if has jekyll; then ACTIVE+=(jekyll); else NOTES+=("jekyll: not installed, skipped"); fi ;;
        eleventy)
            if has node && [ -f "$ELEVENTY" ] && node "$ELEVENTY" --version >/dev/null 2>&1; then
                ACTIVE+=(eleventy)
            else
                NOTES+=("eleventy: not installed or does not run on this Node, skipped")
            fi ;;
        *) echo "bench/run.sh: unknown generator $g (use folio, hugo, eleventy, jekyll)" >&2; exit 2 ;;
    esac
done

# ---------------------------------------------------------------- folio jar
# SRC is where folio is built from and where the real site's content/ and templates/ are.
SRC="$ROOT"
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
# exported REV: builds folio from a clean export of commit $1 into $WORK/src-<commit> (once)
exported() {
    local commit="$1" src="$WORK/src-$1"
    if [ ! -f "$src/target/folio.jar" ]; then
        log "exporting $commit to ${src#"$ROOT"/} and building folio there"
        rm -rf "$src"; mkdir -p "$src"
        git -C "$ROOT" archive "$commit" | tar -x -C "$src"
        (cd "$src" && mvn -q -o -B package -DskipTests) >&2
    fi
}
if [ -n "$REV" ]; then
    COMMIT="$(git -C "$ROOT" rev-parse --short "$REV^{commit}")" || { echo "bench/run.sh: unknown revision $REV" >&2; exit 2; }
    SRC="$WORK/src-$COMMIT"
    JAR="$SRC/target/folio.jar"
    exported "$COMMIT"
elif [ "$BUILD" = 1 ]; then
    if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit 2>/dev/null)" ]; then
        log "building target/folio.jar (mvn package -DskipTests)"
        (cd "$ROOT" && mvn -q -o -B package -DskipTests) >&2
    fi
fi
[ -f "$JAR" ] || { echo "bench/run.sh: $JAR is missing: run mvn package -DskipTests" >&2; exit 2; }
# folio runs through its launcher (class-data sharing, tuned collector) as users are told to run it.
if [ -x "$SRC/bin/folio" ]; then FOLIO=("$SRC/bin/folio"); else FOLIO=(java -jar "$JAR"); fi
BASE_GEN=""
if [ -n "$BASELINE" ]; then
    base_commit="$(git -C "$ROOT" rev-parse --short "$BASELINE^{commit}")" || { echo "bench/run.sh: unknown revision $BASELINE" >&2; exit 2; }
    exported "$base_commit"
    BASE_SRC="$WORK/src-$base_commit"
    if [ -x "$BASE_SRC/bin/folio" ]; then BASE_FOLIO=("$BASE_SRC/bin/folio"); else BASE_FOLIO=(java -jar "$BASE_SRC/target/folio.jar"); fi
    BASE_GEN="folio@$base_commit"
    if wants folio; then
        # timed right after folio in every turn
        with_base=()
        for g in "${ACTIVE[@]}"; do with_base+=("$g"); [ "$g" != folio ] || with_base+=("$BASE_GEN"); done
        ACTIVE=("${with_base[@]}")
    fi
fi
if [ -z "$REV" ] && [ -n "$(git -C "$ROOT" status --porcelain -- src pom.xml content templates 2>/dev/null | head -1 || true)" ]; then
    COMMIT="$COMMIT with uncommitted changes to src/, pom.xml, content/ or templates/"
fi

# ---------------------------------------------------------------- helpers
median() { # numbers on stdin -> median
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "NA"; exit }
        if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "NA" || b == "NA" || b + 0 == 0) print "–"; else printf "%.2fx\n", a / b }'; }
fmt() { awk -v v="$1" -v d="${2:-2}" 'BEGIN { if (v == "NA") print "NA"; else printf "%.*f\n", d, v }'; }

corpus_stamp() {
    cat "$BENCH/GenerateCorpus.java" | sha256sum | cut -c1-16
}

# command for generator $1 on corpus dir $2 writing to $3 (absolute paths); sets CMD_DIR and CMD
set_command() {
    local g="$1" dir="$2" out="$3" size="$4"
    CMD_DIR="$dir"
    case "$g" in
        folio|folio@*)
            # env, not export: the setting must not outlive this size's runs (the real site, serve)
            if [ "$size" -ge 100000 ]; then heap=(env FOLIO_JAVA_OPTS=-Xmx2g); else heap=(env -u FOLIO_JAVA_OPTS); fi
            local launcher=("${FOLIO[@]}")
            # the baseline builds the same corpus (its folio flavour) with its own launcher
            if [ "$g" != folio ]; then launcher=("${BASE_FOLIO[@]}"); CMD_DIR="${dir%/*}/folio"; dir="$CMD_DIR"; fi
            CMD=("${heap[@]}" "${launcher[@]}" build --content "$dir/content" --templates "$dir/templates" --output "$out") ;;
        hugo) CMD=(hugo --quiet --source "$dir" --destination "$out") ;;
        eleventy) CMD=(node "$ELEVENTY" --quiet --output="$out") ;;
        jekyll) CMD=(jekyll build --quiet --disable-disk-cache --source "$dir" --destination "$out") ;;
    esac
}

# one whole-process run; prints "wall cpu maxrss_kb" or returns 1
timed_run() {
    local g="$1" dir="$2" out="$3" size="$4" logfile="$5"
    set_command "$g" "$dir" "$out" "$size"
    # Every run writes into a new, empty folder, and nothing is deleted until the benchmark ends:
    # see OUTPUT_ROOT below. sync first, so no run pays for writing back the previous run's files.
    sync
    local tf
    tf="$(mktemp)"
    if ! (cd "$CMD_DIR" && /usr/bin/time -f "%e %U %S %M" -o "$tf" "${CMD[@]}") >"$logfile" 2>&1; then
        rm -f "$tf"
        return 1
    fi
    awk 'END { printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$tf"
    rm -f "$tf"
}

# ---------------------------------------------------------------- machine
HOST="$(hostname)"
DATE="$(date +%F)"
# A second run on the same day gets a file of its own (-2, -3, ...): every run stays on record.
if [ -z "$RESULTS" ]; then
    RESULTS="$BENCH/results/$DATE-$HOST.md"
    n=2
    while [ -e "$RESULTS" ]; do RESULTS="$BENCH/results/$DATE-$HOST-$n.md"; n=$((n + 1)); done
fi
RECORDED="$(date -u +%FT%TZ)"
mkdir -p "$(dirname "$RESULTS")" "$WORK"
CPU_MODEL="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)"
MEM_TOTAL="$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
JAVA_VERSION="$(java -version 2>&1 | head -2 | tr '\n' ' ')"
HUGO_VERSION="$(has hugo && hugo version 2>/dev/null | head -1 || echo "not installed")"
JEKYLL_VERSION="$(has jekyll && jekyll --version 2>/dev/null | head -1 || echo "not installed")"
NODE_VERSION="$(has node && node --version 2>/dev/null || echo "not installed")"
ELEVENTY_INSTALLED="$( [ -f "$ELEVENTY" ] && node "$ELEVENTY" --version 2>/dev/null || echo "not installed")"

REPORT="$(mktemp)"
RAW="$(mktemp)"
# Every timed build writes into a new folder under $OUTPUT_ROOT, removed only when the benchmark
# ends. This machine's ext4 has no journal, and there the kernel will not reuse an inode for at
# least 60 s after its file was deleted (fs/ext4/ialloc.c, recently_deleted): every file created
# in that minute first scans past every recently freed inode. Deleting the last run's 20,000
# files before the next run made the next run's file creation 2-4 times slower, by an amount
# that grew with each run (10,000 pages: folio 4.2 s, then 6.1, 6.6, 7.7 s). Fresh folders
# with nothing deleted give every generator the same empty-disk build.
OUTPUT_ROOT="$WORK/outputs"
run_id=0
# sets OUT to a new output folder for size $1, generator $2 (not in a subshell: it counts runs)
# kilobytes to megabytes, rounded as the medians are
mb() { echo $(( ($1 + 512) / 1024 )); }
next_output() { run_id=$((run_id + 1)); OUT="$OUTPUT_ROOT/$1-$2-$run_id"; }
REMOVED_AT="$WORK/.outputs-removed-at"
cleanup() {
    rm -f "$REPORT" "$RAW"
    if [ -d "$OUTPUT_ROOT" ]; then
        log "removing the benchmark outputs ($OUTPUT_ROOT)"
        rm -rf "$OUTPUT_ROOT"; sync
        date +%s >"$REMOVED_AT"
    fi
}
trap cleanup EXIT
if [ -d "$OUTPUT_ROOT" ]; then
    # Left by an interrupted run: remove it now; the wait below lets the freed inodes age.
    rm -rf "$OUTPUT_ROOT"; sync
    date +%s >"$REMOVED_AT"
fi
# Timed runs wait until the kernel's minute has passed since the benchmark last deleted many
# files: earlier outputs (a benchmark started right after another, or the removal above) or a
# corpus being generated again.
settle() {
    [ -f "$REMOVED_AT" ] || return 0
    local wait_s=$(( $(cat "$REMOVED_AT") + 65 - $(date +%s) ))
    if [ "$wait_s" -gt 0 ]; then
        log "waiting ${wait_s} s: many files were deleted less than a minute ago"
        sleep "$wait_s"
    fi
}
mkdir -p "$OUTPUT_ROOT"
{
    echo "# Benchmark results: $DATE on $HOST"
    echo
    echo "Command: \`bench/run.sh --sizes $SIZES --runs $RUNS --warmup $WARMUP --generators $GENERATORS${REV:+ --rev $REV}${BASELINE:+ --baseline $BASELINE}\`"
    echo "(medians of $RUNS whole-process runs, taken in turns across generators, after $WARMUP untimed warm-up run(s); CPU = user + system;"
    echo "memory = peak resident set size; ratios are to Hugo measured in the same run)."
    echo
    echo "Recorded: $RECORDED"
    echo
    echo "## Machine"
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| cores (nproc) | $(nproc) |"
    echo "| CPU | $CPU_MODEL |"
    echo "| memory | $MEM_TOTAL |"
    echo "| kernel | $(uname -sr) |"
    echo "| java | $JAVA_VERSION |"
    echo "| folio | commit $COMMIT |"
    echo "| hugo | $HUGO_VERSION |"
    echo "| eleventy | $ELEVENTY_INSTALLED (node $NODE_VERSION) |"
    echo "| jekyll | $JEKYLL_VERSION |"
    echo
} >"$REPORT"

printf '\nMachine: %s cores, %s, %s\n%s\nhugo: %s\n\n' "$(nproc)" "$CPU_MODEL" "$MEM_TOTAL" "$JAVA_VERSION" "$HUGO_VERSION"

# ---------------------------------------------------------------- corpora
declare -A TARGET_LINES=()
FOLIO_US_PER_PAGE=()
for size in ${SIZES//,/ }; do
    [[ "$size" =~ ^[1-9][0-9]*$ ]] || { echo "bench/run.sh: bad size $size" >&2; exit 2; }
    dir="$WORK/$size"
    stamp="$(corpus_stamp)"
    need=()
    for g in "${ACTIVE[@]}"; do
        [ "$g" != "$BASE_GEN" ] || continue  # the baseline builds folio's corpus
        if [ "$(cat "$dir/$g/.corpus" 2>/dev/null)" != "$stamp" ]; then need+=("$g"); fi
    done
    if [ ${#need[@]} -gt 0 ]; then
        local_list="$(IFS=,; echo "${need[*]}")"
        log "generating $size pages for $local_list"
        for g in "${need[@]}"; do
            if [ -d "$dir/$g" ]; then rm -rf "${dir:?}/$g"; sync; date +%s >"$REMOVED_AT"; fi
        done
        java "$BENCH/GenerateCorpus.java" --pages "$size" --out "$dir" --flavours "$local_list" >&2
        for g in "${need[@]}"; do echo "$stamp" >"$dir/$g/.corpus"; done
    fi
    # templates and configuration (copied every time so edits under bench/templates/ count)
    for g in "${ACTIVE[@]}"; do
        case "$g" in
            folio) rm -rf "$dir/folio/templates"; mkdir -p "$dir/folio/templates"
                   cp -R "$BENCH/templates/folio/." "$dir/folio/templates/" ;;
            folio@*) ;;
            *) cp -R "$BENCH/templates/$g/." "$dir/$g/" ;;
        esac
    done

    echo "## $size pages" >>"$REPORT"
    echo >>"$REPORT"
    [ "$size" -lt 100000 ] || echo "folio runs with \`-Xmx2g\` at this size." >>"$REPORT"
    [ "$size" -lt 100000 ] || echo >>"$REPORT"
    table="| generator | HTML pages out | wall (s) | CPU (s) | peak memory (MB) | wall / Hugo | CPU / Hugo | memory / Hugo | wall per page (ms) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    declare -A WALL=() CPU=() MEM=() PAGES=() OK=() WALLS=() CPUS=() MEMS=() LAST_OUT=()
    settle
    for g in "${ACTIVE[@]}"; do
        OK[$g]=1
        for ((w = 0; w < WARMUP; w++)); do
            log "$size pages, $g: warm-up"
            next_output "$size" "$g"
            timed_run "$g" "$dir/$g" "$OUT" "$size" "$dir/$g.log" >/dev/null || { OK[$g]=0; break; }
        done
    done
    # Runs alternate between generators (folio, hugo, folio, hugo, ...): on a machine whose disk
    # speed drifts, every generator then sees the same conditions.
    for ((r = 1; r <= RUNS; r++)); do
        for g in "${ACTIVE[@]}"; do
            [ "${OK[$g]}" = 1 ] || continue
            next_output "$size" "$g"
            if ! line="$(timed_run "$g" "$dir/$g" "$OUT" "$size" "$dir/$g.log")"; then OK[$g]=0; continue; fi
            LAST_OUT[$g]="$OUT"
            read -r wall cpu mem <<<"$line"
            log "$size pages, $g: run $r: wall ${wall}s cpu ${cpu}s peak $(mb "$mem") MB"
            WALLS[$g]+="$wall "; CPUS[$g]+="$cpu "; MEMS[$g]+="$mem "
            echo "| $size | $g | $r | $wall | $cpu | $(mb "$mem") |" >>"$RAW"
        done
    done
    for g in "${ACTIVE[@]}"; do
        out="${LAST_OUT[$g]:-}"
        logfile="$dir/$g.log"
        if [ "${OK[$g]}" = 0 ]; then
            log "$size pages, $g FAILED; last lines of $logfile:"
            tail -5 "$logfile" >&2 || true
            WALL[$g]=NA; CPU[$g]=NA; MEM[$g]=NA; PAGES[$g]="failed"
            NOTES+=("$size pages, $g: failed: $(tail -1 "$logfile" 2>/dev/null | cut -c1-200)")
            echo "| $size | $g | failed | | | |" >>"$RAW"
            continue
        fi
        WALL[$g]="$(printf '%s\n' ${WALLS[$g]} | median)"
        CPU[$g]="$(printf '%s\n' ${CPUS[$g]} | median)"
        MEM[$g]="$(printf '%s\n' ${MEMS[$g]} | median | awk '{ printf "%.0f\n", $1 / 1024 }')"
        PAGES[$g]="$(find "$out" -name '*.html' | wc -l | tr -d ' ')"
    done
    hw="${WALL[hugo]:-NA}"; hc="${CPU[hugo]:-NA}"; hm="${MEM[hugo]:-NA}"
    for g in "${ACTIVE[@]}"; do
        per="$(awk -v w="${WALL[$g]}" -v n="$size" 'BEGIN { if (w == "NA") print "NA"; else printf "%.3f\n", w * 1000 / n }')"
        table+="
| $g | ${PAGES[$g]} | $(fmt "${WALL[$g]}") | $(fmt "${CPU[$g]}") | ${MEM[$g]} | $(ratio "${WALL[$g]}" "$hw") | $(ratio "${CPU[$g]}" "$hc") | $(ratio "${MEM[$g]}" "$hm") | $per |"
        if [ "$g" = folio ]; then FOLIO_US_PER_PAGE+=("$size:$per"); fi
    done
    printf '\n%s pages\n%s\n' "$size" "$table"
    printf '%s\n\n' "$table" >>"$REPORT"

    # Hugo is the yardstick: a large change in its own time since the last recorded run, or another
    # processor, means the machine, not folio, changed (bench/hugo-drift.sh).
    if [ "$hw" != NA ]; then
        drift="$("$BENCH/hugo-drift.sh" "$BENCH/results" "$size" "$hw" "$CPU_MODEL")" \
            || drift="same Hugo took $hw s at $size pages; the earlier runs could not be read"
        verdict_word="${drift%% *}"; drift="${drift#* }"
        if [ "$verdict_word" = moved ]; then
            printf 'WARNING: %s\n' "$drift"
            printf '**Warning:** %s.\n\n' "$drift" >>"$REPORT"
            NOTES+=("$size pages: $drift")
        else
            printf '%s\n' "$drift"
            printf '%s.\n\n' "$drift" >>"$REPORT"
        fi
    fi

    # folio's incremental case: a one-file edit, then a build into the folder of its last run
    INC_WALL=NA
    if [ "$INCREMENTAL" = 1 ] && [ "${OK[folio]:-0}" = 1 ] && [ -n "${LAST_OUT[folio]:-}" ]; then
        # awk reads to the end: a reader that stops early would end the pipeline with SIGPIPE (set -o pipefail)
        page="$(find "$dir/folio/content" -name '*.md' | sort | awk -v n="$size" 'NR == 1 || NR == int(n / 2) { p = $0 } END { print p }')"
        saved="$(mktemp)"; cp -p "$page" "$saved"
        inc_walls=(); inc_ok=1; first_line=""
        # Run 0, reported apart: the first build into a folder a fresh build made has nothing kept to reuse
        # (a first build keeps nothing; README, "Markdown and YAML parsed once"), so it parses and renders
        # every page and keeps them for the next. Runs 1 and on are the incremental builds the target is about.
        for ((r = 0; r <= RUNS; r++)); do
            printf '\nOne more sentence, edit %s.\n' "$r" >>"$page"
            if ! line="$(timed_run folio "$dir/folio" "${LAST_OUT[folio]}" "$size" "$dir/folio-incremental.log")"; then
                inc_ok=0; break
            fi
            read -r wall cpu mem <<<"$line"
            if [ "$r" = 0 ]; then
                log "$size pages, folio's first build into its last output after a one-file edit (nothing kept yet): wall ${wall}s cpu ${cpu}s peak $(mb "$mem") MB"
                first_line="the first such build, which has nothing kept to reuse and keeps it for the next, took $(fmt "$wall") s"
                echo "| $size | folio, first build after a fresh build (one-file edit, nothing kept yet) | 0 | $wall | $cpu | $(mb "$mem") |" >>"$RAW"
                continue
            fi
            log "$size pages, folio incremental (one page edited): run $r: wall ${wall}s cpu ${cpu}s peak $(mb "$mem") MB"
            inc_walls+=("$wall")
            echo "| $size | folio, one-file edit | $r | $wall | $cpu | $(mb "$mem") |" >>"$RAW"
        done
        cp -p "$saved" "$page"; rm -f "$saved"
        if [ "$inc_ok" = 1 ]; then
            INC_WALL="$(printf '%s\n' "${inc_walls[@]}" | median)"
            summary="$(grep -o 'built .*' "$dir/folio-incremental.log" | tail -1 || true)"
            inc_line="folio after a one-file edit (${page#"$dir/folio/"}), build into its last output: $(fmt "$INC_WALL") s, $(ratio "$INC_WALL" "$hw") of Hugo's full build ($(fmt "$hw") s), median of $RUNS; folio said: ${summary:-?}; ${first_line:-}"
        else
            inc_line="folio after a one-file edit: FAILED: $(tail -1 "$dir/folio-incremental.log" | cut -c1-200)"
            NOTES+=("$size pages: $inc_line")
        fi
        printf '%s\n' "$inc_line"
        printf '%s.\n\n' "$inc_line" >>"$REPORT"
    fi

    # the targets that apply to this size
    fw="${WALL[folio]:-NA}"; fm="${MEM[folio]:-NA}"
    verdict() { if awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "NA" && b != "NA" && a + 0 <= b + 0) }'; then echo met; else echo "NOT met"; fi; }
    if [ "$size" = 10000 ] && [ "$hw" != NA ] && [ "$fw" != NA ]; then
        TARGET_LINES[$size]="- 10,000 pages: wall at most 0.5x Hugo: $(ratio "$fw" "$hw") (folio $(fmt "$fw") s, Hugo $(fmt "$hw") s: $(verdict "$fw" "$(awk -v h="$hw" 'BEGIN { print h / 2 }')")); peak memory at most Hugo's: $(ratio "$fm" "$hm") (folio $fm MB, Hugo $hm MB: $(verdict "$fm" "$hm"))"
        if [ "$INC_WALL" != NA ]; then
            TARGET_LINES[$size]+="; one-file edit at most 0.15x Hugo's full build: $(ratio "$INC_WALL" "$hw") (folio $(fmt "$INC_WALL") s, Hugo $(fmt "$hw") s: $(verdict "$INC_WALL" "$(awk -v h="$hw" 'BEGIN { print h * 0.15 }')"))"
        fi
    elif [ "$size" = 1000 ] && [ "$hw" != NA ] && [ "$fw" != NA ]; then
        TARGET_LINES[$size]="- 1,000 pages: wall at most 1.0x Hugo: $(ratio "$fw" "$hw") (folio $(fmt "$fw") s, Hugo $(fmt "$hw") s: $(verdict "$fw" "$hw")); peak memory: folio $fm MB, Hugo $hm MB"
    elif [ "$size" = 100000 ]; then
        if [ "$fw" = NA ]; then
            TARGET_LINES[$size]="- 100,000 pages: did NOT complete with -Xmx2g"
        else
            TARGET_LINES[$size]="- 100,000 pages: completed with -Xmx2g in ${fw}s, peak memory $fm MB"
            [ "$hw" = NA ] || TARGET_LINES[$size]+=" (Hugo $(fmt "$hw") s and $hm MB: $(ratio "$fw" "$hw") and $(ratio "$fm" "$hm"))"
        fi
    fi
    # the baseline, timed in the same turns: the ratio of the two ratios to Hugo is the ratio of the walls
    if [ -n "$BASE_GEN" ] && [ "${WALL[folio]:-NA}" != NA ] && [ "${WALL[$BASE_GEN]:-NA}" != NA ]; then
        bw="${WALL[$BASE_GEN]}"
        change="$(awk -v a="$fw" -v b="$bw" 'BEGIN { printf "%+.1f\n", (a / b - 1) * 100 }')"
        if awk -v a="$fw" -v b="$bw" 'BEGIN { exit !(a <= b * 1.05) }'; then v=met; else v="NOT met"; fi
        base_line="folio against $BASE_GEN at $size pages, in the same turns: wall $(fmt "$fw") s against $(fmt "$bw") s, ratio to Hugo $(ratio "$fw" "$hw") against $(ratio "$bw" "$hw"), ${change} % (at most 5 % worse: $v)"
        printf '%s\n' "$base_line"
        printf '%s.\n\n' "$base_line" >>"$REPORT"
        TARGET_LINES[$size]="${TARGET_LINES[$size]:-}${TARGET_LINES[$size]:+
}- $base_line"
    fi
    unset WALL CPU MEM PAGES OK WALLS CPUS MEMS LAST_OUT
done

# ---------------------------------------------------------------- the real site
REAL_WALL=NA
if [ "$REAL" = 1 ]; then
    settle
    walls=(); cpus=(); mems=(); ok=1
    for ((r = 1 - WARMUP; r <= RUNS; r++)); do
        next_output real folio
        out="$OUT"
        sync
        tf="$(mktemp)"
        if ! (cd "$SRC" && /usr/bin/time -f "%e %U %S %M" -o "$tf" "${FOLIO[@]}" build --output "$out") >"$WORK/real-site.log" 2>&1; then
            ok=0; rm -f "$tf"; break
        fi
        if [ "$r" -ge 1 ]; then
            read -r wall cpu mem <<<"$(awk 'END { printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$tf")"
            log "real site: run $r: wall ${wall}s cpu ${cpu}s peak $(mb "$mem") MB"
            walls+=("$wall"); cpus+=("$cpu"); mems+=("$mem")
            echo "| real site | folio | $r | $wall | $cpu | $(mb "$mem") |" >>"$RAW"
        fi
        rm -f "$tf"
    done
    if [ "$ok" = 1 ]; then
        REAL_WALL="$(printf '%s\n' "${walls[@]}" | median)"
        real_cpu="$(printf '%s\n' "${cpus[@]}" | median)"
        real_mem="$(printf '%s\n' "${mems[@]}" | median | awk '{ printf "%.0f\n", $1 / 1024 }')"
        real_pages="$(sed -n 's/.*built \([0-9]*\) pages.*/\1/p' "$WORK/real-site.log" | tail -1)"
        printf '\nReal site (content/, templates/, %s pages): full build wall %ss, CPU %ss, peak %s MB\n' \
            "${real_pages:-?}" "$REAL_WALL" "$real_cpu" "$real_mem"
        {
            echo "## The real site"
            echo
            echo "\`bin/folio build\` on content/ and templates/ (${real_pages:-?} pages), as a whole process:"
            echo
            echo "| wall (s) | CPU (s) | peak memory (MB) |"
            echo "|---:|---:|---:|"
            echo "| $(fmt "$REAL_WALL") | $(fmt "$real_cpu") | $real_mem |"
            echo
        } >>"$REPORT"
        if awk -v w="$REAL_WALL" 'BEGIN { exit !(w < 1) }'; then v=met; else v="NOT met"; fi
        TARGET_LINES[real]="- real site full build under 1 s: $(fmt "$REAL_WALL")s ($v)"
    else
        NOTES+=("real site: build failed: $(tail -1 "$WORK/real-site.log" | cut -c1-200)")
    fi
fi

# ---------------------------------------------------------------- serve: rebuild after a one-file edit
# Starts `serve` on a copy of content/ and templates/, waits for a line containing "serving",
# appends a sentence to content/about.md and waits for the next log line that mentions a
# rebuild ("rebuil" or "built"). Reports the time the server printed on that line (a number
# followed by ms or s) and, independently, the time from the edit to that line appearing
# (which adds the watcher's quiet period). At least 5 edits.
if [ "$SERVE" = 1 ]; then
    tmp="$(mktemp -d "$WORK/serve.XXXXXX")"
    cp -R "$SRC/content" "$SRC/templates" "$tmp/"
    port=$((20000 + RANDOM % 20000))
    slog="$tmp/serve.log"
    (cd "$tmp" && exec "${FOLIO[@]}" serve --content "$tmp/content" --templates "$tmp/templates" \
        --output "$tmp/site" --port "$port") >"$slog" 2>&1 &
    spid=$!
    started=0
    for ((i = 0; i < 600; i++)); do
        if grep -qi "serving" "$slog" 2>/dev/null; then started=1; break; fi
        kill -0 "$spid" 2>/dev/null || break
        sleep 0.1
    done
    if [ "$started" = 0 ]; then
        why="$(tail -1 "$slog" 2>/dev/null | cut -c1-200)"
        kill "$spid" 2>/dev/null || true
        wait "$spid" 2>/dev/null || true
        log "serve: skipped (${why:-no 'serving' line within 60 s})"
        NOTES+=("serve: skipped: ${why:-no 'serving' line within 60 s}")
        echo "## Serve: rebuild after a one-file edit" >>"$REPORT"
        echo >>"$REPORT"
        echo "Skipped: \`serve\` is not available (${why:-no 'serving' line within 60 s})." >>"$REPORT"
        echo >>"$REPORT"
    else
        sleep 2
        printed=(); latencies=(); lines=()
        edits=$(( RUNS < 5 ? 5 : RUNS ))
        # New log lines arrive through `tail -F` and a blocking read: polling the log with a few
        # processes every 5 ms took a core from the 2-core machine while serve was rebuilding.
        exec {tailfd}< <(exec tail -n 0 -F "$slog" 2>/dev/null)
        tailpid=$!
        for ((r = 1; r <= edits + WARMUP; r++)); do
            t0="$(date +%s%N)"
            printf '\nA benchmark edit, number %s.\n' "$r" >>"$tmp/content/about.md"
            line=""
            while IFS= read -r -t 20 -u "$tailfd" candidate; do
                if printf '%s\n' "$candidate" | grep -qiE 'rebuil|built'; then line="$candidate"; break; fi
            done
            t1="$(date +%s%N)"
            if [ -z "$line" ]; then
                NOTES+=("serve: no rebuild line within 20 s of edit $r")
                break
            fi
            if [ "$r" -gt "$WARMUP" ]; then
                latencies+=("$(( (t1 - t0) / 1000000 ))")
                ms="$(printf '%s\n' "$line" | sed -nE 's/.*[^0-9.]([0-9]+(\.[0-9]+)?) ?ms\b.*/\1/p; t; s/.*[^0-9.]([0-9]+(\.[0-9]+)?) ?s\b.*/\1 s/p' | head -1)"
                case "$ms" in
                    *" s") ms="$(awk -v s="${ms% s}" 'BEGIN { printf "%.0f\n", s * 1000 }')" ;;
                esac
                [ -z "$ms" ] || printed+=("$ms")
                lines+=("$line")
                log "serve: edit $r: printed '${line}', edit-to-line $(( (t1 - t0) / 1000000 )) ms"
            fi
            sleep 1.5
        done
        exec {tailfd}<&-
        kill "$tailpid" 2>/dev/null || true
        kill "$spid" 2>/dev/null || true
        wait "$spid" 2>/dev/null || true
        lat="NA"; pr="NA"
        [ ${#latencies[@]} -eq 0 ] || lat="$(printf '%s\n' "${latencies[@]}" | median | awk '{ printf "%.0f\n", $1 }')"
        [ ${#printed[@]} -eq 0 ] || pr="$(printf '%s\n' "${printed[@]}" | median | awk '{ printf "%.0f\n", $1 }')"
        printf '\nServe rebuild after a one-file edit: printed %s ms (median), edit-to-log-line %s ms\n' "$pr" "$lat"
        {
            echo "## Serve: rebuild after a one-file edit"
            echo
            echo "A sentence appended to content/about.md in a copy of the real site while \`serve\` runs."
            echo
            echo "| rebuild time printed by serve (ms, median) | edit to log line (ms, median) | runs |"
            echo "|---:|---:|---:|"
            echo "| $pr | $lat | ${#latencies[@]} |"
            echo
            if [ ${#lines[@]} -gt 0 ]; then echo "Last line printed: \`${lines[-1]}\`"; echo; fi
        } >>"$REPORT"
        if [ "$pr" != NA ]; then
            if [ "$pr" -lt 100 ]; then v=met; else v="NOT met"; fi
            TARGET_LINES[serve]="- serve rebuild after a one-file edit under 100 ms: ${pr} ms printed ($v)"
        fi
    fi
    rm -rf "$tmp"
fi

# ---------------------------------------------------------------- targets, raw runs, notes
if [ ${#FOLIO_US_PER_PAGE[@]} -gt 0 ]; then
    p10k=""; p100k=""
    for e in "${FOLIO_US_PER_PAGE[@]}"; do
        case "$e" in 10000:*) p10k="${e#*:}" ;; 100000:*) p100k="${e#*:}" ;; esac
    done
    if [ -n "$p10k" ] && [ -n "$p100k" ] && [ "$p100k" != NA ] && [ "$p10k" != NA ]; then
        if awk -v a="$p100k" -v b="$p10k" 'BEGIN { exit !(a <= b) }'; then v=met; else v="NOT met"; fi
        TARGET_LINES[perpage]="- 100,000 pages: wall per page no worse than at 10,000: ${p100k} ms against ${p10k} ms ($v)"
    fi
fi
{
    echo "## Targets"
    echo
    if [ ${#TARGET_LINES[@]} -eq 0 ]; then echo "(none measured in this run)"; fi
    for k in 1000 10000 100000 perpage real serve; do
        [ -z "${TARGET_LINES[$k]:-}" ] || echo "${TARGET_LINES[$k]}"
    done
    echo
    echo "## Every run"
    echo
    echo "| size | generator | run | wall (s) | CPU (s) | peak memory (MB) |"
    echo "|---|---|---:|---:|---:|---:|"
    cat "$RAW"
    echo
    if [ ${#NOTES[@]} -gt 0 ]; then
        echo "## Notes"
        echo
        for n in "${NOTES[@]}"; do echo "- $n"; done
        echo
    fi
} >>"$REPORT"

echo
echo "Targets:"
for k in 1000 10000 100000 perpage real serve; do
    [ -z "${TARGET_LINES[$k]:-}" ] || echo "${TARGET_LINES[$k]}"
done
for n in "${NOTES[@]}"; do echo "note: $n"; done
cp "$REPORT" "$RESULTS"
echo
echo "Results written to ${RESULTS#"$ROOT"/}"
