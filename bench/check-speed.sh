#!/usr/bin/env bash
# `check` of one extension through one or more launchers, runs interleaved (so load swings hit each
# alike): wall and user+sys CPU per launcher, minimum and median, and the load average before and
# after. A launcher is a path to an `extupgrade` script (this repository's, or a copy of an older
# one beside its own target/extupgrade.jar).
# Usage: bench/check-speed.sh EXTENSION_DIR RUNS LAUNCHER [LAUNCHER...]
#   e.g. bench/check-speed.sh /work/rw/pg-trickle 15 ./extupgrade /tmp/before/extupgrade
set -euo pipefail
EXT_DIR=$1
RUNS=$2
shift 2
OUT=$(mktemp -d /tmp/check-speed.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
echo "load before: $(cat /proc/loadavg)"
for l in "$@"; do "$l" check "$EXT_DIR" >/dev/null 2>&1 || true; done # builds, class-data archive
for _ in $(seq "$RUNS"); do
  i=0
  for l in "$@"; do
    /usr/bin/time -a -o "$OUT/$i" -f '%e %U %S' "$l" check "$EXT_DIR" >/dev/null 2>&1 || true
    i=$((i + 1))
  done
done
echo "load after:  $(cat /proc/loadavg)"
i=0
for l in "$@"; do
  python3 - "$OUT/$i" "$l" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l[:1].isdigit()]
wall = [float(r[0]) for r in rows]
cpu = [float(r[1]) + float(r[2]) for r in rows]
print(f"{sys.argv[2]}: {len(rows)} runs, wall min {min(wall):.2f} s median {statistics.median(wall):.2f} s,"
      f" user+sys min {min(cpu):.2f} s median {statistics.median(cpu):.2f} s")
PY
  i=$((i + 1))
done
