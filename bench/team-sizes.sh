#!/usr/bin/env bash
# bench/team-sizes.sh [RUNBOOK_CMD]
#
# Times runbook beside its peers at the sizes teams have (issue 16's table), in one run on
# this machine, and prints each ratio:
#   - check one file            vs markdownlint-cli2 on the same file
#   - check runbooks/ (sample)  vs markdownlint-cli2 on the same files
#   - build 200 generated       vs Hugo on the same 200 (../shared/bench/hugo-site)
#   - build 30 and 600 generated vs Hugo
#   - serve on 10k: first page answered, next to a full build (bench/ServeBench.java)
# RUNBOOK_CMD defaults to this checkout's ./runbook. Installs hyperfine and hugo from Debian
# and markdownlint-cli2 0.22.1 from npm on first use, as ../shared/bench/peer-bench.sh does.
# RUNS (default 5) sets hyperfine's runs; SERVE=0 skips the 10k serve row (it takes minutes).
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
RB=${1:-$HERE/runbook}
RUNS=${RUNS:-5}
WORK=${BENCH_DIR:-/tmp/runbook-team-bench}
SHARED=${SHARED:-$HERE/../shared}
mkdir -p "$WORK"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || ! need hugo; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine hugo >/dev/null
fi
need markdownlint-cli2 || npm install -g -s markdownlint-cli2@0.22.1 >/dev/null

# A warm-up run makes the launcher's start-up archive (it trains after the first run), as a team's second run would have it.
"$RB" check "$HERE/runbooks" -q >/dev/null 2>&1 || true

ratio() { # name file: prints "name: runbook X s, peer Y s, ratio R" from hyperfine's JSON
  python3 - "$1" "$2" <<'EOF'
import json, sys
name, path = sys.argv[1], sys.argv[2]
r = json.load(open(path))["results"]
a, b = r[0]["median"], r[1]["median"]
print(f"{name}: {r[0]['command']} {a:.3f} s, {r[1]['command']} {b:.3f} s, ratio {a / b:.2f}")
EOF
}

one=$(ls "$HERE"/runbooks/*.md | grep -v README | head -1)
hyperfine -N --runs "$RUNS" --warmup 1 -i --export-json "$WORK/one.json" \
  -n "runbook check (1 file)" "$RB check $one -q" \
  -n "markdownlint-cli2 (1 file)" "markdownlint-cli2 $one" >/dev/null
ratio "check one file" "$WORK/one.json"

hyperfine --runs "$RUNS" --warmup 1 -i --export-json "$WORK/sample.json" \
  -n "runbook check runbooks/" "$RB check $HERE/runbooks -q" \
  -n "markdownlint-cli2 runbooks/" "cd $HERE/runbooks && markdownlint-cli2 '**/*.md'" >/dev/null
ratio "check the sample set" "$WORK/sample.json"

rm -rf "$WORK/hugo-site" && cp -r "$SHARED/bench/hugo-site" "$WORK/hugo-site"
for n in 30 200 600; do
  corpus="$WORK/corpus-$n"
  [ -d "$corpus" ] || python3 "$HERE/bench/gen_corpus.py" "$corpus" "$n" >/dev/null
  hyperfine --runs "$RUNS" --warmup 1 -i --export-json "$WORK/build-$n.json" \
    --prepare "rm -rf $WORK/site-rb $WORK/site-hugo" \
    -n "runbook build ($n)" "$RB build $corpus -o $WORK/site-rb --today 2026-11-01 -q" \
    -n "hugo ($n)" "hugo --quiet --source $WORK/hugo-site --contentDir $corpus --destination $WORK/site-hugo" >/dev/null
  ratio "build $n generated runbooks" "$WORK/build-$n.json"
done

if [ "${SERVE:-1}" != 0 ]; then
  corpus="$WORK/corpus-10000"
  [ -d "$corpus" ] || python3 "$HERE/bench/gen_corpus.py" "$corpus" 10000 >/dev/null
  (cd "$HERE" && java bench/ServeBench.java "$corpus" 5 1) | grep -Ei 'first page|full build' || true
fi
