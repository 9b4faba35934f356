#!/usr/bin/env bash
# bench/public-sets.sh [RUNBOOK_CMD]
#
# Times `runbook build` beside Hugo on the real runbook sets in ../shared/corpora (issue 16's
# "build public sets" row), in one run on this machine, and prints each set's times and ratio:
#   - openshift/runbooks (274 files), with bench/corpora/openshift.yml
#   - prometheus-operator/runbooks (121 files, a Hugo site), with bench/corpora/prometheus-operator.yml
#     plus the Hugo URL style and slugs (README, "A set that another generator publishes")
#   - the same runbooks checked against kube-prometheus's alerting rules (8 files, 139 alerts),
#     with bench/corpora/prometheus-operator-alerts.yml and --alerts; Hugo builds the same pages
# Hugo builds each set's Markdown with ../shared/bench/hugo-site, as peer-bench.sh does; for
# prometheus-operator that site is given the one parameter its pages read (BookRepo).
# RUNBOOK_CMD defaults to this checkout's ./runbook. RUNS (default 5) sets hyperfine's runs.
# Installs hyperfine and hugo from Debian on first use.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
RB=${1:-$HERE/runbook}
RUNS=${RUNS:-5}
WORK=${BENCH_DIR:-/tmp/runbook-public-bench}
SHARED=${SHARED:-$HERE/../shared}
CORPORA=$SHARED/corpora
mkdir -p "$WORK"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || ! need hugo; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine hugo >/dev/null
fi

# Hugo writes a lock file into its source folder, and shared/ may be read-only.
rm -rf "$WORK/hugo-site" && cp -r "$SHARED/bench/hugo-site" "$WORK/hugo-site"
printf '[params]\n  BookRepo = "https://github.com/prometheus-operator/runbooks"\n' >> "$WORK/hugo-site/hugo.toml"
# prometheus-operator's own site is Hugo: its links are Hugo URLs and its anchors Hugo's slugs.
{ cat "$HERE/bench/corpora/prometheus-operator.yml"; printf 'site:\n  url_style: hugo\nlinks:\n  slugs: hugo\n'; } \
  > "$WORK/prometheus-operator-hugo.yml"

# A warm-up run makes the launcher's start-up archive (it trains after the first run), as a team's second run would have it.
"$RB" check "$HERE/runbooks" -q >/dev/null 2>&1 || true

ratio() { # name file: prints "name: runbook X s, peer Y s, ratio R" from hyperfine's JSON
  python3 - "$1" "$2" <<'EOF'
import json, sys
name, path = sys.argv[1], sys.argv[2]
r = json.load(open(path))["results"]
a, b = r[0]["median"], r[1]["median"]
cpu = lambda x: x["user"] + x["system"]
print(f"{name}: {r[0]['command']} {a:.3f} s ({cpu(r[0]):.2f} s CPU, mean), "
      f"{r[1]['command']} {b:.3f} s ({cpu(r[1]):.2f} s CPU, mean), ratio {a / b:.2f}")
EOF
}

bench() { # name files runbook-args hugo-content-dir
  local name=$1 files=$2 args=$3 content=$4
  hyperfine --runs "$RUNS" --warmup 1 -i --export-json "$WORK/$name.json" \
    --prepare "rm -rf $WORK/site-rb $WORK/site-hugo" \
    -n "runbook build ($name)" "$RB build $args -o $WORK/site-rb --today 2026-11-01 -q" \
    -n "hugo ($name)" "hugo --quiet --source $WORK/hugo-site --contentDir $content --destination $WORK/site-hugo" \
    >/dev/null
  ratio "build $name ($files files)" "$WORK/$name.json"
}

os=$CORPORA/openshift__runbooks
po=$CORPORA/prometheus-operator__runbooks
bench openshift "$(find "$os" -name '*.md' | wc -l)" \
  "$os --config $HERE/bench/corpora/openshift.yml" "$os"
bench prometheus-operator "$(find "$po/content" -name '*.md' | wc -l)" \
  "$po --config $WORK/prometheus-operator-hugo.yml" "$po/content"
bench prometheus-operator+alerts "$(find "$po/content" -name '*.md' | wc -l)" \
  "$po/content --config $HERE/bench/corpora/prometheus-operator-alerts.yml --alerts '$CORPORA/kube-prometheus__rules/*.yaml'" \
  "$po/content"
