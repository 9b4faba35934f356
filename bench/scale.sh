#!/usr/bin/env bash
# bench/scale.sh [RUNBOOK_CMD]
#
# Times `runbook check` and `runbook build` on 10,000 and 50,000 generated runbooks (issue 16's
# "no regression at 10k and 50k" goal) and prints, for each, the median wall time, CPU time and
# peak RSS over RUNS runs, then the 50k/10k ratios (goal: at most 5) and build's peak memory at
# 50k (goal: at most 1.5 GB). Runs alternate between the sizes, so the machine's drift over the
# minutes falls on both alike. Each run is measured by /usr/bin/time -f '%e %U %S %M'.
# RUNBOOK_CMD defaults to this checkout's ./runbook. RUNS (default 3); SIZES (default "10000 50000").
# The corpora come from bench/gen_corpus.py and are kept in BENCH_DIR for the next run.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
RB=${1:-$HERE/runbook}
RUNS=${RUNS:-3}
SIZES=${SIZES:-10000 50000}
WORK=${BENCH_DIR:-/tmp/runbook-scale-bench}
mkdir -p "$WORK"

for n in $SIZES; do
  [ -d "$WORK/corpus-$n" ] || python3 "$HERE/bench/gen_corpus.py" "$WORK/corpus-$n" "$n" >/dev/null
done
# A warm-up run makes the launcher's start-up archive (it trains after the first run), as a team's second run would have it.
"$RB" check "$HERE/runbooks" -q >/dev/null 2>&1 || true

log=$WORK/times.tsv
: > "$log"
for run in $(seq "$RUNS"); do
  for n in $SIZES; do
    for job in check build; do
      if [ "$job" = check ]; then
        cmd=("$RB" check "$WORK/corpus-$n" --today 2026-11-01 -q)
      else
        rm -rf "$WORK/site"
        cmd=("$RB" build "$WORK/corpus-$n" -o "$WORK/site" --today 2026-11-01 -q)
      fi
      # Exit 1 is the planted findings; the time line is the last one on stderr.
      /usr/bin/time -f '%e %U %S %M' "${cmd[@]}" >/dev/null 2>"$WORK/err" || true
      t=$(tail -1 "$WORK/err")
      printf '%s\t%s\t%s\n' "$job" "$n" "$t" | tee -a "$log" | awk -v r="$run" \
        '{printf "run %s: %s %s: %s s wall, %.2f s CPU, %d MiB peak\n", r, $1, $2, $3, $4 + $5, $6 / 1024}'
    done
  done
done

python3 - "$log" "$SIZES" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
sizes = sys.argv[2].split()
med = {}
for job in ("check", "build"):
    for n in sizes:
        rs = [r for r in rows if r[0] == job and r[1] == n]
        wall = statistics.median(float(r[2]) for r in rs)
        cpu = statistics.median(float(r[3]) + float(r[4]) for r in rs)
        rss = max(int(r[5]) for r in rs) / 1024 / 1024
        med[job, n] = wall, cpu, rss
        print(f"{job} {n}: {wall:.2f} s wall (median of {len(rs)}), {cpu:.2f} s CPU, peak RSS {rss:.2f} GiB")
if len(sizes) >= 2:
    small, big = sizes[0], sizes[-1]
    for job in ("check", "build"):
        (w1, c1, _), (w2, c2, rss) = med[job, small], med[job, big]
        print(f"{job} {big}/{small}: {w2 / w1:.2f}x wall, {c2 / c1:.2f}x CPU (goal <= 5x); "
              f"peak RSS at {big}: {rss:.2f} GiB (goal: 1.5 GB)")
EOF
