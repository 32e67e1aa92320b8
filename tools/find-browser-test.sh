#!/usr/bin/env bash
# Rehearses tools/find-browser.sh as an unprivileged user (as on GitHub's runners), with stand-in
# browsers, apt-get and sudo in a temporary folder and /usr/bin/chromium hidden from it through
# FOLIO_BROWSER_CANDIDATES. Run as root it drops to `nobody` first. Exits 1 if any case fails.
# Usage: bash tools/find-browser-test.sh   (run by .ci/run; takes well under a second)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
cp "$here/find-browser.sh" "$tmp/find-browser.sh"

# What the script may use: bash and `id`, nothing else (so no apt-get unless a case adds one).
mkdir -p "$tmp/base" "$tmp/apt" "$tmp/browsers" "$tmp/empty"
ln -s "$(command -v id)" "$tmp/base/id"
ln -s "$(command -v bash)" "$tmp/base/bash"
chmod 777 "$tmp/empty" "$tmp/apt"
stub() { # stub FILE BODY: an executable bash script
  printf '#!/bin/bash\n%s\n' "$2" > "$1"
  chmod 755 "$1"
}
stub "$tmp/browsers/google-chrome" 'echo chrome'
stub "$tmp/browsers/chromium-browser" 'echo chromium-browser'
stub "$tmp/browsers/own-chrome" 'echo own'
printf 'not a program\n' > "$tmp/browsers/not-executable"
hidden="$tmp/empty/chromium" # stands for /usr/bin/chromium, hidden: it does not exist
default="$hidden $tmp/browsers/google-chrome $tmp/browsers/chromium-browser"
none="$hidden $tmp/empty/google-chrome $tmp/empty/chromium-browser"

# The user the cases run as: this one when unprivileged, else nobody.
as_user() {
  if [ "$(id -u)" != 0 ]; then
    "$@"
  elif command -v setpriv >/dev/null; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
  else
    runuser -u nobody -- "$@"
  fi
}

# From here a failed condition is a failed case, not the end of the script.
set +e
failures=0
check() { # check OK WHAT
  if [ "$1" = 0 ]; then echo "ok   $2"; else echo "FAIL $2"; failures=$((failures + 1)); fi
}
# run PATH CANDIDATES CHROME_PATH SCRIPT: runs bash -c SCRIPT as the user in a clean environment
# (CANDIDATES "default": the script's own list); sets $out, $err, $status.
run() {
  local env=(env -i "PATH=$1" "HOME=$tmp/empty")
  [ "$2" != default ] && env+=("FOLIO_BROWSER_CANDIDATES=$2")
  [ -n "$3" ] && env+=("CHROME_PATH=$3")
  out="$(cd "$tmp" && as_user "${env[@]}" /bin/bash -c "$4" 2>"$tmp/stderr")"
  status=$?
  err="$(cat "$tmp/stderr")"
}
one_line() { [ -n "$1" ] && [ "$(printf '%s\n' "$1" | wc -l)" = 1 ]; }
exec_it='bash ./find-browser.sh'

run "$tmp/base" "" "" 'id -u'
[ "$status" = 0 ] && [ "$out" != 0 ]; check $? "the cases run as an unprivileged user (uid $out)"

run "$tmp/base" default "$tmp/empty/typo-chrome" "$exec_it"
[[ "$err" == *"the first of: /usr/bin/chromium /usr/bin/google-chrome /usr/bin/chromium-browser" ]]
check $? "the candidates, in order: /usr/bin/chromium, /usr/bin/google-chrome, /usr/bin/chromium-browser"

run "$tmp/base" "$default" "" "$exec_it"
[ "$status" = 0 ] && [ "$out" = "$tmp/browsers/google-chrome" ] && [ -z "$err" ]
check $? "without /usr/bin/chromium it picks the next candidate (google-chrome): '$out'"

run "$tmp/base" "$tmp/browsers/not-executable $tmp/browsers/chromium-browser" "" "$exec_it"
[ "$status" = 0 ] && [ "$out" = "$tmp/browsers/chromium-browser" ]
check $? "a candidate that is not executable is passed over: '$out'"

run "$tmp/base" "$default" "$tmp/browsers/own-chrome" "$exec_it"
[ "$status" = 0 ] && [ "$out" = "$tmp/browsers/own-chrome" ]
check $? "CHROME_PATH wins over the candidates: '$out'"

run "$tmp/base" "$default" "$tmp/empty/typo-chrome" "$exec_it"
[ "$status" = 1 ] && [ -z "$out" ] && one_line "$err" && [[ "$err" == *"CHROME_PATH=$tmp/empty/typo-chrome is not an executable file"* ]]
check $? "a CHROME_PATH that is not a program fails with one line naming it: $err"

run "$tmp/base" "$default" "$tmp/browsers/not-executable" "$exec_it"
[ "$status" = 1 ] && [ -z "$out" ] && one_line "$err"
check $? "a CHROME_PATH that is a file but not executable fails too"

run "$tmp/base" "$none" "" "$exec_it"
[ "$status" = 1 ] && [ -z "$out" ] && one_line "$err" \
  && [[ "$err" == *"none of $none exists, and there is no apt-get"* ]]
check $? "no browser and no apt-get: one line naming what was looked for: $err"

# apt-get and sudo stand-ins: sudo records its arguments and refuses as `sudo -n` does without a
# password, or, with FAKE_SUDO_OK, runs the command; apt-get install creates the first candidate.
stub "$tmp/apt/apt-get" "echo \"apt-get \$*\" >> $tmp/empty/calls; [ \"\$1\" = install ] && { echo '#!/bin/bash' > $hidden; /bin/chmod 755 $hidden; }; exit 0"
stub "$tmp/apt/sudo" "echo \"sudo \$*\" >> $tmp/empty/calls; [ -f $tmp/empty/sudo-ok ] || { echo 'sudo: a password is required' >&2; exit 1; }; shift; exec \"\$@\""

run "$tmp/base:$tmp/apt" "$none" "" "$exec_it"
calls="$(cat "$tmp/empty/calls" 2>/dev/null || true)"
[ "$status" = 1 ] && [ -z "$out" ] && [ ! -e "$hidden" ] \
  && [[ "$err" == *"none of $none exists, and 'sudo -n apt-get install chromium' failed"* ]] \
  && [ "$calls" = "sudo -n apt-get update -q" ]
check $? "no browser, apt-get but no passwordless sudo: it tries 'sudo -n' and fails with the clear line"
printf '%s\n' "$err" | tail -n 1 | sed 's/^/       /'

rm -f "$tmp/empty/calls"; : > "$tmp/empty/sudo-ok"
run "$tmp/base:$tmp/apt" "$none" "" "$exec_it"
calls="$(cat "$tmp/empty/calls" 2>/dev/null | tr '\n' ';' || true)"
[ "$status" = 0 ] && [ "$out" = "$hidden" ] \
  && [ "$calls" = "sudo -n apt-get update -q;apt-get update -q;sudo -n apt-get install -y -q --no-install-recommends chromium;apt-get install -y -q --no-install-recommends chromium;" ]
check $? "no browser, passwordless sudo: installs Debian's chromium through 'sudo -n apt-get' and prints its path: '$out'"
rm -f "$hidden"

run "$tmp/base" "$default" "" 'set -euo pipefail; . ./find-browser.sh; bash -c "echo \$CHROME_PATH"'
[ "$status" = 0 ] && [ "$out" = "$tmp/browsers/google-chrome" ]
check $? "sourced under set -euo pipefail, it exports CHROME_PATH to child processes: '$out'"

run "$tmp/base" "$none" "" 'set -euo pipefail; . ./find-browser.sh; echo still-running'
[ "$status" = 1 ] && [ -z "$out" ] && one_line "$err"
check $? "sourced with no browser to be had, it stops a set -e script with the one line"

if [ "$failures" != 0 ]; then echo "find-browser-test: $failures failed"; exit 1; fi
echo "find-browser-test: all passed"
