#!/usr/bin/env bash
# Issue 15's download benchmark: the packaged jar under -Xmx512m, a 40-arrangement pack and 50
# concurrent mixed downloads (see docs/benchmarks.md). Usage: bench/downloads.sh [HEAP]   (default 512m)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
java -cp "target/test-classes:target/carepool.jar" org.carepool.bench.DownloadBenchmark target/carepool.jar "${1:-512m}"
