#!/usr/bin/env bash
# Issue 15: the warm 40-arrangement pack through the API, wall time and the server's CPU seconds per pack,
# then (on the same warm server) one I&E, performance and spend mapping PDF and the demo board's pack,
# three months of each, for each jar given, one server at a time, on the store bench/downloads.sh
# leaves (its work folder's data/). Every request is of a month not asked before, so none is a cache hit.
# Usage: bench/pack-cpu.sh DATA JAR [JAR...]
set -u
DATA=$1; shift
cpu() { awk '{print ($14+$15)/100}' /proc/$1/stat; }
# prints " status:seconds/cpuSECONDS" for one download
timed() {
  local c0 c1 t
  c0=$(cpu $pid)
  t=$(curl -s -u bench:bench-password-1 -o /tmp/packab.pdf -w '%{http_code}:%{time_total}' "localhost:$port$1")
  c1=$(cpu $pid)
  echo -n " $t/cpu$(echo "$c1 - $c0" | bc)"
}
for jar in "$@"; do
  port=$((20000 + RANDOM % 20000))
  CAREPOOL_DATA=$DATA CAREPOOL_PORT=$port CAREPOOL_SCHEDULES=/tmp/no-schedules java -Xmx512m -jar $jar serve > /tmp/packab.log 2>&1 &
  pid=$!
  for i in $(seq 1 300); do curl -s -o /dev/null -w '%{http_code}' localhost:$port/health 2>/dev/null | grep -q 200 && break; sleep 0.2; done
  echo -n "$(basename $jar) BIG40 pack:"
  for m in 2026-10 2026-09 2026-08 2026-07 2026-06; do timed "/api/reports/board-pack?board=BIG40&format=pdf&month=$m"; done
  echo
  for kind in "income-expenditure?arrangement=BCF" "performance?arrangement=BCF" "spend-mapping?board=HWB" "board-pack?board=HWB"; do
    echo -n "  ${kind%%\?*}:"
    for m in 2025-10 2025-11 2025-12; do timed "/api/reports/$kind&format=pdf&month=$m"; done
    echo
  done
  echo "  load $(cut -d' ' -f1 /proc/loadavg) rss $(grep VmHWM /proc/$pid/status | awk '{print $2}')kB"
  kill $pid; wait $pid 2>/dev/null
done
