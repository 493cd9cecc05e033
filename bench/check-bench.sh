#!/usr/bin/env bash
# Benchmark of `extupgrade check` on a generated extension: 100 versions, each with a full install
# script (as pgrx projects archive them) and an update script from the previous version; version k
# has 20*(k+1) functions, so the newest has 2,000 (plus a table that gains a column per version).
# The default check covers 99 pairs (every installable version -> default_version), the longest
# path 99 scripts. Wall time includes JVM start (the ./extupgrade launcher).
#
# Usage: bench/check-bench.sh [RUNS] [LAYOUT]
#   RUNS   default 5; prints each run (wall and CPU time) and the median wall time
#   LAYOUT archive (default): a full install script for every version, 99 pairs checked;
#          pgxs: full scripts only for the first and the newest version, 1 pair over 99 scripts
set -euo pipefail
. "$(cd "$(dirname "$0")/.." && pwd)/scripts/find-jdk.sh"   # JAVA_HOME = a JDK >= 21
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
layout="${2:-archive}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

awk -v dir="$dir" -v layout="$layout" 'BEGIN {
  n = 100; per = 20
  printf "comment = '\''generated for the check benchmark'\''\ndefault_version = '\''1.%d'\''\nrelocatable = false\n", n - 1 > (dir "/bench.control")
  for (k = 0; k < n; k++) {
    full = (layout == "pgxs" && k > 0 && k < n - 1) ? "/dev/null" : dir "/bench--1." k ".sql"
    printf "CREATE TABLE settings (id int PRIMARY KEY, name text NOT NULL DEFAULT '\'''\''" > full
    for (c = 1; c <= k; c++) printf ",\n    c%d int DEFAULT %d", c, c > full
    printf ");\nSELECT pg_catalog.pg_extension_config_dump('\''settings'\'', '\'''\'');\n" > full
    for (f = 0; f < per * (k + 1); f++) fn(full, f)
    if (full != "/dev/null") close(full)
    if (k > 0) {
      up = dir "/bench--1." (k - 1) "--1." k ".sql"
      printf "ALTER TABLE settings ADD COLUMN IF NOT EXISTS c%d int DEFAULT %d;\n", k, k > up
      for (f = per * k; f < per * (k + 1); f++) fn(up, f)
      close(up)
    }
  }
}
function fn(file, f) {
  printf "CREATE OR REPLACE FUNCTION fn_%d(a integer, b text DEFAULT '\''x'\'', VARIADIC c int[] DEFAULT '\''{}'\'')\n", f > file
  printf "RETURNS TABLE (n integer, s text)\nLANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $body$\n", f > file
  printf "DECLARE\n  total integer := 0;\nBEGIN\n  FOR n IN 1..a LOOP\n    total := total + n * %d;\n  END LOOP;\n", f % 997 > file
  printf "  RETURN QUERY SELECT total, b || E'\''\\n'\'';\nEND\n$body$;\n\n" > file
}'

size=$(du -sh "$dir" | cut -f1)
files=$(ls "$dir" | wc -l)
"$here/extupgrade" --version >/dev/null # builds the jar if needed, outside the timing
echo "generated: $files files, $size, in $dir"
times=()
for i in $(seq "$runs"); do
  set +e
  /usr/bin/time -f "%e %U %S" -o "$dir.time" "$here/extupgrade" check "$dir" >"$dir.out" 2>&1
  rc=$?
  set -e
  read -r t u s <"$dir.time"
  times+=("$t")
  echo "run $i: wall ${t}s, cpu $(echo "$u + $s" | bc)s (exit $rc: $(tail -1 "$dir.out"))"
done
rm -f "$dir.out" "$dir.time"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d runs: %.2fs (min %.2fs, max %.2fs)\n", NR, a[int((NR+1)/2)], a[1], a[NR]}'
