#!/usr/bin/env bash
# Fuzzes one of core's @FuzzTest targets with Jazzer for a while (not part of any build or CI run:
# `mvn verify` only replays the saved inputs).
#
#   bench/fuzz.sh TARGET [DURATION] [MORE_MAVEN_ARGS...]
#
# TARGET: markdown | front-matter | config | page ; DURATION: Jazzer's form, e.g. 30s, 10m, 1h
# (default 10m). KEEP_GOING=N (default 10) stops after N distinct findings. The script compiles
# first; FUZZ_SKIP_BUILD=1 skips that, so two targets can fuzz at once without racing on target/.
# Each finding is written by Jazzer into the target's seed folder
# core/src/test/resources/dev/runbook/core/<pkg>/<Class>Inputs/<method>/crash-<sha1>, where every
# later build replays it: fix the bug and keep it (renamed) as a seed, or move it to
# core/src/test/fuzz-findings/ until it is fixed. The inputs Jazzer found interesting are kept in
# core/.cifuzz-corpus/ (ignored by git) and seed the next run. The log is core/target/fuzz-TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-}
duration=${2:-10m}
shift $(( $# < 2 ? $# : 2 ))
case "$target" in
  markdown)     class=dev.runbook.core.parse.MarkdownFuzzTest ;;
  front-matter) class=dev.runbook.core.parse.FrontMatterFuzzTest ;;
  config)       class=dev.runbook.core.config.ConfigFuzzTest ;;
  page)         class=dev.runbook.core.site.PageBuildFuzzTest ;;
  *) echo "usage: bench/fuzz.sh markdown|front-matter|config|page [DURATION] [MAVEN_ARGS...]" >&2; exit 2 ;;
esac

seeds=core/src/test/resources/$(dirname "${class//.//}")/$(basename "${class//.//}")Inputs
log=core/target/fuzz-$target.log
mkdir -p core/target
touch "core/target/fuzz-$target.started"
before=$(find "$seeds" -name 'crash-*' 2>/dev/null | wc -l)

# JAZZER_FUZZ turns on the core POM's `fuzzing` profile (Jazzer's agent, instrumentation from
# core/src/test/resources/junit-platform.properties) and Jazzer's fuzzing mode; one test class only.
if [ -z "${FUZZ_SKIP_BUILD:-}" ]; then
  mvn -q -B -pl core -am test-compile
fi
status=0
JAZZER_FUZZ=1 mvn -B -pl core -am surefire:test -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.max_duration="$duration" -Djazzer.keep_going="${KEEP_GOING:-10}" "$@" 2>&1 \
  | grep --line-buffered -v '^INFO: Instrumented ' | tee "$log" || status=$?

echo
echo "== fuzz $target ($class, $duration)"
grep -E '^#[0-9]+' "$log" | tail -1 | sed 's/^/last status: /' || true
grep -E '^Done [0-9]+ runs|^#[0-9]+[[:space:]]+DONE' "$log" | tail -2 || true
found=$(( $(find "$seeds" -name 'crash-*' 2>/dev/null | wc -l) - before ))
echo "new findings: $found (in $seeds)"
find "$seeds" -name 'crash-*' -cnewer core/target/fuzz-$target.started 2>/dev/null || true
# With KEEP_GOING the test passes even when Jazzer found something: a finding fails the script.
if [ "$status" -eq 0 ] && [ "$found" -gt 0 ]; then status=1; fi
exit "$status"
