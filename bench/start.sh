#!/usr/bin/env bash
# Issue 15's start-up benchmark, whole processes: `serve` on an existing store (the demo data) until the
# first HTTP 200 of /health, and a `render` of one I&E PDF; each RUNS times (default 5), medians printed.
# Usage: bench/start.sh [JAR] [RUNS]   (default target/carepool.jar 5; build it first: mvn -B -q package -DskipTests)
# JAVA_OPTS is put before -jar in both timed commands, e.g. JAVA_OPTS=-XX:SharedArchiveFile=target/carepool.jsa
# (the archive the build makes; give the jar as a path relative to the project folder, as the build made it).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/carepool.jar}
runs=${2:-5}
work=$(mktemp -d /tmp/carepool-start.XXXXXX)
trap 'rm -rf "$work"' EXIT
export CAREPOOL_DATA="$work/data" CAREPOOL_SCHEDULES="$PWD/schedules"
java -jar "$jar" demo-data --out "$work/demo" >/dev/null
java -jar "$jar" import "$work/demo" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now_ms() { date +%s%3N; }

serve_times=()
for i in $(seq "$runs"); do
  start=$(now_ms)
  CAREPOOL_PORT=$port java ${JAVA_OPTS:-} -jar "$jar" serve >"$work/serve.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
    sleep 0.02
  done
  serve_times+=($(( $(now_ms) - start )))
  kill "$pid"; wait "$pid" || true
done

render_times=()
for i in $(seq "$runs"); do
  start=$(now_ms)
  java ${JAVA_OPTS:-} -jar "$jar" render income-expenditure --arrangement BCF --month 2025-09 --format pdf --out "$work/ie.pdf" >/dev/null
  render_times+=($(( $(now_ms) - start )))
done

echo "serve to first 200 (ms): ${serve_times[*]}  median $(printf '%s\n' "${serve_times[@]}" | median)"
echo "render one I&E PDF (ms): ${render_times[*]}  median $(printf '%s\n' "${render_times[@]}" | median)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
