#!/usr/bin/env bash
# Finds the Chrome or Chromium every browser tool uses (gates, screenshots, editor loop, CI).
#   executed:  tools/find-browser.sh      prints the browser's path on stdout
#   sourced:   . tools/find-browser.sh    exports CHROME_PATH (Lighthouse and our Node scripts read it)
# Order: $CHROME_PATH when set (it must then be an executable); else the first executable of
# /usr/bin/chromium, /usr/bin/google-chrome, /usr/bin/chromium-browser; else, on a machine with
# apt-get, Debian's `chromium` package is installed (through `sudo -n` when not root).
# When none can be had it prints one line naming what was looked for and fails (status 1).
# FOLIO_BROWSER_CANDIDATES (space-separated paths) replaces the list; tools/find-browser-test.sh
# uses it to hide /usr/bin/chromium.

folio_find_browser() {
  local candidates="${FOLIO_BROWSER_CANDIDATES-/usr/bin/chromium /usr/bin/google-chrome /usr/bin/chromium-browser}"
  local c
  if [ -n "${CHROME_PATH:-}" ]; then
    if [ -f "$CHROME_PATH" ] && [ -x "$CHROME_PATH" ]; then
      printf '%s\n' "$CHROME_PATH"
      return 0
    fi
    echo "find-browser: CHROME_PATH=$CHROME_PATH is not an executable file; point it at Chrome or Chromium, or unset it to use the first of: $candidates" >&2
    return 1
  fi
  for c in $candidates; do
    if [ -f "$c" ] && [ -x "$c" ]; then printf '%s\n' "$c"; return 0; fi
  done
  local none="find-browser: no browser: CHROME_PATH is unset and none of $candidates exists"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$none, and there is no apt-get to install one; install Chrome or Chromium, or set CHROME_PATH" >&2
    return 1
  fi
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "$none, and installing Debian's chromium needs root or sudo (not found); install it, or set CHROME_PATH" >&2
      return 1
    fi
    sudo=(sudo -n)
  fi
  echo "find-browser: none of $candidates exists: installing Debian's chromium" >&2
  # Stdout carries only the path: apt's progress goes to stderr.
  if ! { "${sudo[@]}" apt-get update -q && "${sudo[@]}" apt-get install -y -q --no-install-recommends chromium; } >&2; then
    echo "$none, and '${sudo[*]}${sudo[*]:+ }apt-get install chromium' failed; install Chrome or Chromium, or set CHROME_PATH" >&2
    return 1
  fi
  for c in $candidates; do
    if [ -f "$c" ] && [ -x "$c" ]; then printf '%s\n' "$c"; return 0; fi
  done
  echo "$none, even after installing Debian's chromium; set CHROME_PATH" >&2
  return 1
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: set the caller's CHROME_PATH without touching its shell options.
  if CHROME_PATH="$(folio_find_browser)"; then
    export CHROME_PATH
  else
    unset CHROME_PATH
    return 1
  fi
else
  folio_find_browser
fi
