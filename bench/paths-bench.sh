#!/usr/bin/env bash
# Times `extupgrade paths` on a generated extension of 300 versions and 1,000 scripts
# (30 full install scripts, a 299-step chain, 671 skip and downgrade scripts), JVM start included.
# Usage: bench/paths-bench.sh [RUNS]   (uses hyperfine when installed, else a date +%s%N loop)
set -euo pipefail
. "$(cd "$(dirname "$0")/.." && pwd)/scripts/find-jdk.sh"   # JAVA_HOME = a JDK >= 21
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
work="$(mktemp -d "${TMPDIR:-/tmp}/paths-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
ext="$work/bigext"
mkdir -p "$ext"

versions=300
printf "comment = 'generated: %d versions'\ndefault_version = '1.%d'\n" "$versions" "$((versions - 1))" >"$ext/bigext.control"
count=0
for ((i = 0; i < versions; i += 10)); do echo "SELECT 1;" >"$ext/bigext--1.$i.sql"; count=$((count + 1)); done
for ((i = 0; i < versions - 1; i++)); do echo "SELECT 1;" >"$ext/bigext--1.$i--1.$((i + 1)).sql"; count=$((count + 1)); done
# deterministic pseudo-random extra edges (awk's rand with a fixed seed): mostly forward skips, some downgrades
awk -v n="$versions" -v want=$((1000 - count)) 'BEGIN {
  srand(42)
  while (made < want) {
    a = int(rand() * n); d = int(rand() * 12) - 2; if (d == 0 || d == 1) d = 3
    b = a + d
    if (b < 0 || b >= n || seen[a "-" b]++) continue
    print a, b; made++
  }
}' | while read -r a b; do echo "SELECT 1;" >"$ext/bigext--1.$a--1.$b.sql"; done
echo "generated $(ls "$ext" | grep -c '\.sql$') scripts for $versions versions in $ext" >&2

"$here/extupgrade" paths "$ext" >/dev/null 2>&1 || true # build the jar if needed, warm the page cache
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs "$runs" -i "'$here/extupgrade' paths '$ext' --fail-on error" \
    "'$here/extupgrade' paths '$ext' --format json"
else
  for cmd in "paths $ext" "paths $ext --format json"; do
    start=$(date +%s%N)
    for ((r = 0; r < runs; r++)); do "$here/extupgrade" $cmd >/dev/null 2>&1 || true; done
    echo "extupgrade $cmd: $((($(date +%s%N) - start) / runs / 1000000)) ms per run (mean of $runs)"
  done
fi
