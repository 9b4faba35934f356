#!/usr/bin/env bash
# bench/alerts-cost.sh [RUNBOOK_CMD]
#
# What alerting rules add to `runbook check` and `runbook build` (issue 13's goal: at most 10%):
# 10,000 generated runbooks with one alert each (bench/gen_corpus.py --alerts), checked and built
# with and without `alerts:` in the config, the two alternated run by run so the machine's drift
# falls on both alike. Prints each run (/usr/bin/time: wall, user, system seconds, peak KiB), then
# for each job the medians and the median of the per-pair ratios (with / without).
#
# Every build writes a new output folder, and nothing is deleted while the runs go on: on ext4
# without a journal (this machine's), creating a file after many were deleted steps over every
# inode freed in the last minute or more, which would fall on whichever run came next. The
# folders are deleted at the end. OUT_DIR (default BENCH_DIR) is where they go, in a folder of
# their own: point it at /dev/shm to leave the disk out.
# RUNBOOK_CMD defaults to this checkout's ./runbook. RUNS (default 5); N (default 10000);
# JOBS (default "check build").
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
RB=${1:-$HERE/runbook}
RUNS=${RUNS:-5}
N=${N:-10000}
JOBS=${JOBS:-check build}
WORK=${BENCH_DIR:-/tmp/runbook-alerts-bench}
# The sites go into a folder of the script's own inside OUT_DIR, so OUT_DIR itself is never deleted.
OUT=${OUT_DIR:-$WORK}/alerts-cost-sites
mkdir -p "$WORK"
corpus=$WORK/corpus-$N
rules=$WORK/rules-$N
[ -d "$corpus" ] || python3 "$HERE/bench/gen_corpus.py" "$corpus" "$N" --alerts "$rules" >/dev/null
printf 'exclude: []\n' > "$WORK/without.yml"
printf 'exclude: []\nalerts:\n  rules: ["%s/*.yaml"]\n  runbook_urls: ["https://runbooks.example.org/{path}"]\n' \
  "$rules" > "$WORK/with.yml"
# A warm-up run makes the launcher's start-up archive, as a team's second run would have it.
"$RB" check "$HERE/runbooks" -q >/dev/null 2>&1 || true
rm -rf "$OUT"
mkdir -p "$OUT"
sync
sleep "${PAUSE:-65}" # past what ext4 counts as recently deleted (60 s) for the folders above

log=$WORK/times.tsv
: > "$log"
for run in $(seq "$RUNS"); do
  for job in $JOBS; do
    for cfg in without with; do
      cmd=("$RB" "$job" "$corpus" --config "$WORK/$cfg.yml" --today 2026-11-01 -q)
      [ "$job" = build ] && cmd+=(-o "$OUT/site-$run-$cfg")
      # Exit 1 is the planted findings; the time line is the last one on stderr.
      /usr/bin/time -f '%e %U %S %M' "${cmd[@]}" >/dev/null 2>"$WORK/err" || true
      printf '%s\t%s\t%s\n' "$job" "$cfg" "$(tail -1 "$WORK/err")" | tee -a "$log"
    done
  done
done
rm -rf "$OUT"

python3 - "$log" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for job in dict.fromkeys(r[0] for r in rows):
    wo = [r for r in rows if r[0] == job and r[1] == 'without']
    wi = [r for r in rows if r[0] == job and r[1] == 'with']
    wall = lambda rs: statistics.median(float(r[2]) for r in rs)
    cpu = lambda rs: statistics.median(float(r[3]) + float(r[4]) for r in rs)
    rw = statistics.median(float(b[2]) / float(a[2]) for a, b in zip(wo, wi))
    rc = statistics.median((float(b[3]) + float(b[4])) / (float(a[3]) + float(a[4])) for a, b in zip(wo, wi))
    print(f"{job}: without {wall(wo):.2f} s ({cpu(wo):.2f} s CPU), with alerts {wall(wi):.2f} s "
          f"({cpu(wi):.2f} s CPU); per pair: wall {100 * (rw - 1):+.1f}%, CPU {100 * (rc - 1):+.1f}%")
EOF
