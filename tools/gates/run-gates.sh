#!/usr/bin/env bash
# Quality gates for a built site. Usage: tools/gates/run-gates.sh [SITE_DIR] [--skip=vnu,axe,jsoff,jsfeatures,weight,lighthouse,overflow,wide,menurows,targets,glue,maplabels,lang,quotemarks]
# SITE_DIR defaults to site/ at the repository root. Exits non-zero if any gate fails.
# Java and browser runs take /tmp/heavy.lock (set GATES_NO_LOCK=1 if you already hold it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
site="${1:-$here/../../site}"
shift || true
site="$(cd "$site" && pwd)"
# Sets CHROME_PATH (Lighthouse and gates.mjs read it), installing Chromium where it can.
. "$here/../find-browser.sh" || exit 2
command -v java >/dev/null || { echo "java is required for the Nu HTML Checker" >&2; exit 2; }
if [ ! -d "$here/node_modules/playwright-core" ]; then (cd "$here" && npm ci --no-audit --no-fund); fi
cd "$here"
if [ "${GATES_NO_LOCK:-}" = 1 ]; then
  exec node gates.mjs "$site" "$@"
else
  exec flock /tmp/heavy.lock node gates.mjs "$site" "$@"
fi
