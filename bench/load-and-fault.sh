#!/usr/bin/env bash
# Issue 16's load-and-fault benchmark: 20 downloading clients, spend re-imported every 2 s, the server
# killed (SIGKILL) and restarted half-way; prints answers by kind, p95 latency and recovery time.
# Usage: bench/load-and-fault.sh [SECONDS_EACH_HALF]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "target/test-classes:target/carepool.jar" \
  org.carepool.bench.LoadAndFaultBenchmark "${1:-20}"
