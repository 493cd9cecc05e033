#!/usr/bin/env bash
# A real extension's whole history: `check` wall time (JVM start included), `verify` wall time, and
# beside it the psql limit of the same work: the same fresh installs, each update script alone and
# each upgrade to the target along PostgreSQL's path, as CREATE/ALTER EXTENSION statements piped
# through psql into an already running cluster of the same embedded PostgreSQL, with the scripts
# verify stages (`extupgrade stage`: C functions stubbed). Sequential, and two at a time as
# verify's default --jobs.
# Usage: bench/history-bench.sh EXTENSION_DIR [RUNS]   (RUNS default 3; needs psql)
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
. "$HERE/scripts/find-jdk.sh" >/dev/null
EXT_DIR=$(cd "$1" && pwd)
RUNS=${2:-3}
PG=${PG:-18}
JAR="$HERE/target/extupgrade.jar"
[ -f "$JAR" ] || (cd "$HERE" && mvn -q -B -ntp -DskipTests package)
BENCH_JAR=$(mktemp /tmp/history-bench.XXXXXX.jar)
cp "$JAR" "$BENCH_JAR"   # a rebuild during the bench must not pull the jar from under it
EU=("$JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -jar "$BENCH_JAR")
WORK=$(mktemp -d /tmp/history-bench.XXXXXX)
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK" "$BENCH_JAR"
}
trap cleanup EXIT

secs() { python3 -c 'import sys,statistics; v=sorted(map(float,sys.argv[1:])); print(f"{statistics.median(v):.2f} (min {v[0]:.2f}, max {v[-1]:.2f})")' "$@"; }
timed() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); python3 -c "print($e - $s)"; }

"${EU[@]}" verify "$EXT_DIR" --pg "$PG" >/dev/null 2>&1 || true   # fetch and unpack the binaries once
C=(); V=()
for _ in $(seq "$RUNS"); do C+=("$(timed "${EU[@]}" check "$EXT_DIR")"); done
for _ in $(seq "$RUNS"); do V+=("$(timed "${EU[@]}" verify "$EXT_DIR" --pg "$PG")"); done

# The psql limit: a warm cluster with the staged files.
ROOT=$(ls -d "${XDG_CACHE_HOME:-$HOME/.cache}"/extupgrade/pg/"$PG".*/ | head -1)
cp -a "$ROOT" "$WORK/pg"
"${EU[@]}" stage "$EXT_DIR" --out "$WORK/share" >/dev/null
cp "$WORK"/share/extension/* "$WORK/pg/share/postgresql/extension/"
chmod -R a+rX "$WORK"
RUNAS=()
if [ "$(id -u)" = 0 ]; then chown -R nobody "$WORK"; RUNAS=(setpriv --reuid=65534 --regid=65534 --clear-groups); fi
"${RUNAS[@]}" "$WORK/pg/bin/initdb" -D "$WORK/data" -U postgres -A trust --no-sync -E UTF8 --locale=C >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${RUNAS[@]}" "$WORK/pg/bin/postgres" -D "$WORK/data" -p "$PORT" -k "$WORK" -c listen_addresses='' \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off >"$WORK/log" 2>&1 &
SERVER=$!
PSQL=(psql -h "$WORK" -p "$PORT" -U postgres -v ON_ERROR_STOP=0 -q -X)
for _ in $(seq 100); do "${PSQL[@]}" -Atc 'select 1' postgres >/dev/null 2>&1 && break; sleep 0.1; done
NAME=$(basename "$(ls "$WORK"/share/extension/*.control | head -1)" .control)
TARGET=$("${PSQL[@]}" -Atc "select default_version from pg_available_extensions where name = '$NAME'" postgres)
# PostgreSQL's paths to the target; their scripts; the versions those scripts lead to.
"${PSQL[@]}" -AtF' ' -c "select source, path from pg_extension_update_paths('$NAME') where target = '$TARGET' and path is not null" postgres >"$WORK/paths"
python3 - "$WORK" "$NAME" "$TARGET" <<'PY'
import sys, os
work, name, target = sys.argv[1:]
edges, fresh, paths = [], [target], []
for line in open(os.path.join(work, "paths")):
    src, path = line.split()
    steps = path.split("--")
    for a, b in zip(steps, steps[1:]):
        if (a, b) not in edges:
            edges.append((a, b))
        if b not in fresh:
            fresh.append(b)
    if len(steps) > 2:
        paths.append(src)
q = lambda v: "'" + v.replace("'", "''") + "'"
jobs = []
for v in fresh:
    jobs.append(f"create extension \"{name}\" version {q(v)} cascade;")
for a, b in edges:
    jobs.append(f"create extension \"{name}\" version {q(a)} cascade; alter extension \"{name}\" update to {q(b)};")
for a in paths:
    jobs.append(f"create extension \"{name}\" version {q(a)} cascade; alter extension \"{name}\" update to {q(target)};")
os.makedirs(os.path.join(work, "sc"))
for i, sql in enumerate(jobs):
    with open(os.path.join(work, "sc", f"{i:04d}.sql"), "w") as f:
        f.write(sql + "\n")
print(f"{len(fresh)} fresh installs, {len(edges)} scripts alone, {len(paths)} upgrades whole", file=sys.stderr)
PY
export WORK PORT
SEQ=(); PAR=()
for _ in $(seq "$RUNS"); do
  SEQ+=("$(timed bash -c 'for f in "$WORK"/sc/*.sql; do n=$(basename "$f" .sql); psql -h "$WORK" -p "$PORT" -U postgres -q -X -c "create database b_$n" postgres; psql -h "$WORK" -p "$PORT" -U postgres -q -X -f "$f" "b_$n"; psql -h "$WORK" -p "$PORT" -U postgres -q -X -c "drop database b_$n" postgres; done')")
  PAR+=("$(timed bash -c 'ls "$WORK"/sc/*.sql | xargs -P 2 -I{} bash -c '"'"'n=$(basename {} .sql); psql -h "$WORK" -p "$PORT" -U postgres -q -X -c "create database b_$n" postgres; psql -h "$WORK" -p "$PORT" -U postgres -q -X -f {} "b_$n"; psql -h "$WORK" -p "$PORT" -U postgres -q -X -c "drop database b_$n" postgres'"'"'')")
done
echo "| $(basename "$EXT_DIR") | check $(secs "${C[@]}") | verify $(secs "${V[@]}") | psql limit sequential $(secs "${SEQ[@]}") | psql limit 2 at a time $(secs "${PAR[@]}") |"
