#!/usr/bin/env bash
# Issue 12's import benchmark: carepool's validated import vs a bare COPY, on one embedded PostgreSQL, one run.
# Usage: bench/import-postgres.sh [SCALE] [ROUNDS]   (defaults 10 and 3: ~2.8 M activity rows; needs ~2 GB of temp disk)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.carepool.bench.PostgresImportBenchmark "${1:-10}" "${2:-3}"
