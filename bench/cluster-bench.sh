#!/usr/bin/env bash
# Cold and warm start of a throwaway cluster (embedded PostgreSQL) until it accepts a connection.
# Usage: bench/cluster-bench.sh [MAJOR=18] [RUNS=6]   (needs a JDK >= 21 in JAVA_HOME or on PATH)
set -euo pipefail
. "$(cd "$(dirname "$0")/.." && pwd)/scripts/find-jdk.sh"   # JAVA_HOME = a JDK >= 21
cd "$(dirname "$0")/.."
MAJOR=${1:-18}
RUNS=${2:-6}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

mvn -B -ntp -q -o test-compile
mvn -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile=target/cluster-bench.cp >/dev/null
CP=target/classes:target/test-classes:$(cat target/cluster-bench.cp)
BENCH=org.extupgrade.cluster.ClusterBench

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cold=$(mktemp -d)
trap 'rm -rf "$cold"' EXIT
echo "== cold: empty cache (EXTUPGRADE_CACHE=$cold), the jar already in the local Maven repository"
EXTUPGRADE_CACHE=$cold "$JAVA" -cp "$CP" $BENCH "$MAJOR" 1
echo "== warm: cached binaries; run 0 in a fresh JVM, runs 1.. in the same JVM"
"$JAVA" -cp "$CP" $BENCH "$MAJOR" "$RUNS"
echo "== warm: a fresh JVM per run, wall clock of the whole java command (start, connect, stop, delete)"
for _ in 1 2 3; do
  s=$(date +%s%N)
  "$JAVA" -cp "$CP" $BENCH "$MAJOR" 1 >/dev/null
  echo "$(( ($(date +%s%N) - s) / 1000000 )) ms"
done
