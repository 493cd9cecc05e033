#!/usr/bin/env bash
# Compares `extupgrade verify` with the physical limit of the same work: one initdb plus the same
# CREATE/ALTER EXTENSION statements piped through psql into an already running (warm) cluster.
# The warm cluster runs with the settings the tool gives its own (fsync off and so on).
# Usage: bench/verify-bench.sh [EXTENSION_DIR [NAME]]   (default: examples/shop_audit_clean)
#   PG=18 (embedded major), RUNS=5. Needs hyperfine, psql, and the embedded binaries in the
#   cache (any `./extupgrade verify` run fetches them). Prints a markdown table row.
set -euo pipefail
. "$(cd "$(dirname "$0")/.." && pwd)/scripts/find-jdk.sh"   # JAVA_HOME = a JDK >= 21
cd "$(dirname "$0")/.."
EXT_DIR=${1:-examples/shop_audit_clean}
NAME=${2:-$(basename "$(ls "$EXT_DIR"/*.control | head -1)" .control)}
PG=${PG:-18}
RUNS=${RUNS:-5}
ROOT=$(ls -d "${XDG_CACHE_HOME:-$HOME/.cache}"/extupgrade/pg/"$PG".*/ | head -1)
PORT=${PORT:-54329}

./extupgrade verify "$EXT_DIR" --extension "$NAME" --pg "$PG" >/dev/null || true  # build jar, warm caches

WORK=$(mktemp -d /tmp/verify-bench.XXXXXX)
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
# A private copy of the installation, as the tool makes, with the extension's files staged.
cp -a "$ROOT" "$WORK/pg"
cp "$EXT_DIR"/"$NAME"*.control "$EXT_DIR"/"$NAME"--*.sql "$WORK/pg/share/postgresql/extension/" 2>/dev/null || true
chmod -R a+rX "$WORK"
RUNAS=()
if [ "$(id -u)" = 0 ]; then chown -R nobody "$WORK"; RUNAS=(setpriv --reuid=65534 --regid=65534 --clear-groups); fi
INITDB="${RUNAS[*]} $WORK/pg/bin/initdb -D $WORK/data -U postgres -A trust --no-sync -E UTF8 --locale=C"

# The warm cluster.
$INITDB >/dev/null
"${RUNAS[@]}" "$WORK/pg/bin/postgres" -D "$WORK/data" -p "$PORT" -k "$WORK" -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off -c wal_level=minimal -c max_wal_senders=0 >"$WORK/log" 2>&1 &
SERVER=$!
for _ in $(seq 50); do psql -h 127.0.0.1 -p "$PORT" -U postgres -Atqc 'select 1' postgres >/dev/null 2>&1 && break; sleep 0.1; done
PSQL="psql -h 127.0.0.1 -p $PORT -U postgres -v ON_ERROR_STOP=1 -q"

# The same scenarios verify runs on PostgreSQL's own paths: a fresh target, every old version updated.
TARGET=$($PSQL -Atc "select default_version from pg_available_extensions where name = '$NAME'" postgres)
OLDS=$($PSQL -Atc "select version from pg_available_extension_versions where name = '$NAME' and version <> '$TARGET' order by 1" postgres)
# One small script per database; run one after another (scripts.sh) and 3 at a time, as verify's
# --jobs default (parallel.sh).
mkdir "$WORK/sc"
echo "set -e; $PSQL -c 'create database b_fresh' postgres; $PSQL -c \"create extension \\\"$NAME\\\" version '$TARGET' cascade\" b_fresh" >"$WORK/sc/0.sh"
i=0
for v in $OLDS; do
  i=$((i + 1))
  echo "set -e; $PSQL -c 'create database b_$i' postgres; $PSQL -c \"create extension \\\"$NAME\\\" version '$v' cascade\" -c \"alter extension \\\"$NAME\\\" update to '$TARGET'\" b_$i" >"$WORK/sc/$i.sh"
done
{ echo "set -e"; for f in "$WORK"/sc/*.sh; do echo "bash $f"; done; } >"$WORK/scripts.sh"
echo "ls $WORK/sc/*.sh | xargs -P 3 -n 1 bash" >"$WORK/parallel.sh"
DROP="$PSQL -Atc \"select 'drop database ' || datname || ';' from pg_database where datname like 'b\\_%'\" postgres | $PSQL postgres"

hyperfine -N --style none --runs "$RUNS" --warmup 1 --export-json "$WORK/initdb.json" \
  --prepare "rm -rf $WORK/d2" "${INITDB/$WORK\/data/$WORK/d2}" >/dev/null
hyperfine --style none --runs "$RUNS" --warmup 1 --export-json "$WORK/scripts.json" \
  --prepare "$DROP" "bash $WORK/scripts.sh" >/dev/null
hyperfine --style none --runs "$RUNS" --warmup 1 --export-json "$WORK/parallel.json" \
  --prepare "$DROP" "bash $WORK/parallel.sh" >/dev/null
hyperfine --style none --runs "$RUNS" --warmup 1 --export-json "$WORK/verify.json" -i \
  "./extupgrade verify $EXT_DIR --extension $NAME --pg $PG" >/dev/null

mean() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['mean'])" "$1"; }
I=$(mean "$WORK/initdb.json"); S=$(mean "$WORK/scripts.json"); P=$(mean "$WORK/parallel.json"); V=$(mean "$WORK/verify.json")
python3 - "$NAME" "$PG" "$(echo $OLDS | wc -w)" "$I" "$S" "$P" "$V" <<'PY'
import sys
name, pg, n, i, s, p, v = sys.argv[1], sys.argv[2], int(sys.argv[3]), *map(float, sys.argv[4:])
print(f"| {name} | {pg} | {n} | {i:.2f} | {s:.2f} | {i + s:.2f} | {v:.2f} | {v / (i + s):.2f}x"
      f" | {p:.2f} | {i + p:.2f} | {v / (i + p):.2f}x |")
PY
