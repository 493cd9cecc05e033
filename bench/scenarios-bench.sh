#!/usr/bin/env bash
# Times one verify run with every scenario on (parity, data, rerun, downgrade, schemas, settings,
# locks) over every fixture of src/test/resources/scenarios and src/test/resources/verify, on
# every embedded major (--pg all), one fixture after another. Prints one line per fixture and the
# total. Exit status of verify (findings are expected in most fixtures) is not an error here.
# Usage: [SKIP=data,rerun,...] bench/scenarios-bench.sh [--pg MAJOR|all] [FIXTURE_DIR...]
# (SKIP=data,rerun,downgrade,schemas,settings,locks times catalog parity alone, for comparison.)
set -euo pipefail
cd "$(dirname "$0")/.."
PG=all
if [[ "${1:-}" == "--pg" ]]; then PG=$2; shift 2; fi
if [[ $# -eq 0 ]]; then
  set -- src/test/resources/scenarios/*/ src/test/resources/verify/*/
fi
./extupgrade --version >/dev/null   # builds the jar if sources changed, outside the timing
start=$(date +%s.%N)
for dir in "$@"; do
  t0=$(date +%s.%N)
  set +e
  ./extupgrade verify "$dir" --pg "$PG" --timeout 2s ${SKIP:+--skip "$SKIP"} >/dev/null 2>&1
  rc=$?
  set -e
  t1=$(date +%s.%N)
  printf '%-55s exit %d  %6.2f s\n' "$dir" "$rc" "$(echo "$t1 - $t0" | bc)"
done
end=$(date +%s.%N)
printf 'total: %d fixtures, --pg %s, skip [%s], %.1f s (load average %s)\n' "$#" "$PG" "${SKIP:-}" \
  "$(echo "$end - $start" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
