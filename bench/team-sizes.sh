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
# Each runbook row is timed twice: "cold" is a new JVM per call (RUNBOOK_DAEMON=0), "warm" goes
# through the background process (README: "Background process"), started and warmed first.
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

ratio() { # name file: each command's median and its ratio to the last one (the peer)
  python3 - "$1" "$2" <<'EOF'
import json, sys
name, path = sys.argv[1], sys.argv[2]
r = json.load(open(path))["results"]
peer = r[-1]["median"]
print(f"{name}: " + ", ".join(f"{x['command']} {x['median']:.3f} s" for x in r)
      + "; ratios " + ", ".join(f"{x['median'] / peer:.2f}" for x in r[:-1]))
EOF
}

# The background process: started by a first call, then warmed (the JIT compiles what checks and
# builds run), as it is after a few commits' worth of pre-commit runs.
unset CI
RUNBOOK_DAEMON=1 "$RB" check "$HERE/runbooks" -q >/dev/null 2>&1 || true
for _ in $(seq 60); do "$RB" daemon status 2>/dev/null | grep -q "commands served" && break; sleep 0.5; done
for _ in $(seq 30); do "$RB" check "$HERE/runbooks" -q >/dev/null 2>&1 || true; done
COLD="env RUNBOOK_DAEMON=0 $RB"

one=$(ls "$HERE"/runbooks/*.md | grep -v README | head -1)
hyperfine -N --runs "$RUNS" --warmup 1 -i --export-json "$WORK/one.json" \
  -n "runbook check (1 file, cold)" "$COLD check $one -q" \
  -n "runbook check (1 file, warm)" "$RB check $one -q" \
  -n "markdownlint-cli2 (1 file)" "markdownlint-cli2 $one" >/dev/null
ratio "check one file" "$WORK/one.json"

hyperfine --runs "$RUNS" --warmup 1 -i --export-json "$WORK/sample.json" \
  -n "runbook check runbooks/ (cold)" "$COLD check $HERE/runbooks -q" \
  -n "runbook check runbooks/ (warm)" "$RB check $HERE/runbooks -q" \
  -n "markdownlint-cli2 runbooks/" "cd $HERE/runbooks && markdownlint-cli2 '**/*.md'" >/dev/null
ratio "check the sample set" "$WORK/sample.json"

rm -rf "$WORK/hugo-site" && cp -r "$SHARED/bench/hugo-site" "$WORK/hugo-site"
for n in 30 200 600; do
  corpus="$WORK/corpus-$n"
  [ -d "$corpus" ] || python3 "$HERE/bench/gen_corpus.py" "$corpus" "$n" >/dev/null
  hyperfine --runs "$RUNS" --warmup 1 -i --export-json "$WORK/build-$n.json" \
    --prepare "rm -rf $WORK/site-rb $WORK/site-hugo" \
    -n "runbook build ($n, cold)" "$COLD build $corpus -o $WORK/site-rb --today 2026-11-01 -q" \
    -n "runbook build ($n, warm)" "$RB build $corpus -o $WORK/site-rb --today 2026-11-01 -q" \
    -n "hugo ($n)" "hugo --quiet --source $WORK/hugo-site --contentDir $corpus --destination $WORK/site-hugo" >/dev/null
  ratio "build $n generated runbooks" "$WORK/build-$n.json"
done

if [ "${SERVE:-1}" != 0 ]; then
  corpus="$WORK/corpus-10000"
  [ -d "$corpus" ] || python3 "$HERE/bench/gen_corpus.py" "$corpus" 10000 >/dev/null
  (cd "$HERE" && java bench/ServeBench.java "$corpus" 5 1) | grep -Ei 'first page|full build' || true
fi
