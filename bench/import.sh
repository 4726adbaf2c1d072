#!/usr/bin/env bash
# Issue 2's import benchmark: carepool's validated import vs Derby's SYSCS_IMPORT_TABLE, one run.
# Usage: bench/import.sh [SCALE] [ROUNDS]   (defaults 10 and 4: ~2.8 M activity rows; needs ~1.5 GB of temp disk)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx2g -Dderby.stream.error.file=target/derby-bench.log -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.carepool.bench.ImportBenchmark "${1:-10}" "${2:-4}"
