#!/usr/bin/env bash
# Did the machine move? Compares Hugo's median wall time at one corpus size with the one in the
# last recorded benchmark run in a results folder (bench/results/). Hugo is the yardstick: its
# code does not change between runs, so a large change in its own time means the machine did.
# A steady Hugo time does not prove the reverse: on a new processor Hugo took what it took before
# while folio took 70 % longer (session 41), so a processor other than the last run's (its
# Machine table's CPU row) is a move too, whatever Hugo's time.
#
#   bench/hugo-drift.sh RESULTS_DIR SIZE HUGO_WALL_SECONDS [CPU_MODEL]
#
# Prints one line, its first word the verdict:
#   first  <text>   no earlier run in RESULTS_DIR has Hugo's time at SIZE pages
#   same   <text>   Hugo's time is within 30 % of the last recorded run's
#   moved  <text>   it differs by more than 30 %, or the processor is not the last run's:
#                   compare ratios, not times
#
# The last recorded run is the file with the latest "Recorded: <UTC time>" line (bench/run.sh
# writes one); a file without one counts from the commit that added it to git, or, when it is
# not in git, from its modification time. Files recorded at the same second are ordered by name.
set -euo pipefail

[ $# -eq 3 ] || [ $# -eq 4 ] || { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
DIR="$1" SIZE="$2" WALL="$3" CPU="${4:-}"
LIMIT=30

# Hugo's median wall time in the "## SIZE pages" table of a results file, or nothing.
hugo_wall() {
    awk -v size="$SIZE" '
        /^## / { inside = ($0 == "## " size " pages") ; next }
        inside && /^\| hugo \|/ { split($0, f, "|"); gsub(/ /, "", f[4]); print f[4]; exit }
    ' "$1"
}

# The CPU row of a results file's "## Machine" table, or nothing.
cpu_of() {
    awk -F'|' '
        /^## / { inside = ($0 == "## Machine"); next }
        inside && $2 ~ /^ *CPU *$/ { v = $3; gsub(/^ +| +$/, "", v); print v; exit }
    ' "$1"
}

recorded_at() {
    local file="$1" stamp
    stamp="$(sed -n 's/^Recorded: *//p' "$file" | head -1)"
    if [ -n "$stamp" ] && date -u -d "$stamp" +%s 2>/dev/null; then return; fi
    stamp="$(git -C "$(dirname "$file")" log --diff-filter=A --format=%ct -- "$(basename "$file")" 2>/dev/null | tail -1 || true)"
    if [ -n "$stamp" ]; then echo "$stamp"; return; fi
    stat -c %Y "$file"
}

best="" best_key="" best_wall=""
for file in "$DIR"/*.md; do
    [ -f "$file" ] || continue
    wall="$(hugo_wall "$file")"
    [[ "$wall" =~ ^[0-9]+(\.[0-9]+)?$ ]] || continue
    # zero-padded seconds, then the name: one string comparison orders by time, then by name
    key="$(printf '%012d %s' "$(recorded_at "$file")" "$(basename "$file")")"
    if [ -z "$best" ] || [[ "$key" > "$best_key" ]]; then
        best="$file" best_key="$key" best_wall="$wall"
    fi
done

if [ -z "$best" ]; then
    awk -v now="$WALL" -v size="$SIZE" 'BEGIN {
        printf "first Hugo took %.2f s at %s pages; no earlier recorded run has Hugo at this size\n", now, size }'
    exit 0
fi
awk -v now="$WALL" -v then="$best_wall" -v size="$SIZE" -v file="$(basename "$best")" -v limit="$LIMIT" \
    -v cpu_now="$CPU" -v cpu_then="$(cpu_of "$best")" 'BEGIN {
    # judged as printed, in whole percent: 1.30 s against 1.00 s is 30 % (not 30.000000000000004)
    change = sprintf("%.0f", (now - then) * 100 / then) + 0
    # a file or a caller that names no processor leaves it out of the verdict
    other_cpu = cpu_now != "" && cpu_then != "" && cpu_now != cpu_then
    verdict = (change > limit || change < -limit || other_cpu) ? "moved" : "same"
    printf "%s Hugo took %.2f s at %s pages against %.2f s in the last recorded run (%s): %+d %%", \
        verdict, now, size, then, file, change
    if (other_cpu) printf "; the processor is not that run'"'"'s (%s, then %s)", cpu_now, cpu_then
    if (verdict == "moved") printf "; the machine moved: compare ratios, not times"
    printf "\n"
}'
