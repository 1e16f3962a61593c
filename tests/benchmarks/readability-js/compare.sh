#!/usr/bin/env bash
# Quoteshelf's import beside Mozilla Readability.js on the same pages (../shared/corpora/readability),
# both on one core, one page after the other. Installs @mozilla/readability and jsdom with npm into
# build/readability-js (ignored by git) the first time; needs Node.js and npm on the host.
#   tests/benchmarks/readability-js/compare.sh [rounds]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../../.." && pwd)"
corpus="$(cd "$top/../shared/corpora/readability" 2>/dev/null && pwd)" || { echo "compare.sh: ../shared/corpora/readability is not there" >&2; exit 1; }
rounds="${1:-1}"
modules="$top/build/readability-js"
if [ ! -d "$modules/node_modules/@mozilla/readability" ] || [ ! -d "$modules/node_modules/jsdom" ]; then
    mkdir -p "$modules"
    npm install --silent --no-audit --no-fund --prefix "$modules" @mozilla/readability jsdom >&2
fi
cp "$here/readability-bench.mjs" "$modules/"
js="$(node "$modules/readability-bench.mjs" "$corpus" "$rounds")"
echo "$js"
qs="$(cd "$top" && packaging/dev.sh exec build/tests/bench_import "$corpus" "$rounds")"
echo "$qs"
js_rate="$(echo "$js" | awk '/^READABILITY_JS_PAGES_PER_SECOND/ {print $2}')"
qs_parse="$(echo "$qs" | awk '/pages\/s, .* MB\/s/ {print $1; exit}')"
qs_whole="$(echo "$qs" | awk '/one file after the other/ {for (i = 1; i <= NF; i++) if ($i == "pages/s") print $(i - 1)}')"
awk -v js="$js_rate" -v parse="$qs_parse" -v whole="$qs_whole" 'BEGIN {
    printf "Quoteshelf vs Readability.js on one core: reading the article %.1fx as fast; the whole import (read, extract quotes, store) %.1fx\n", parse / js, whole / js }'
