#!/usr/bin/env bash
# Runs the benchmarks and prints the ratio table. From the project root or anywhere:
#
#   benchmarks/run.sh                      # build, run every benchmark (about 10 minutes on 2 cores), print the tables
#   benchmarks/run.sh --no-build ARGS...   # reuse benchmarks/target/benchmarks.jar
#   benchmarks/run.sh -p size=HUGE -prof gc 'CodecBenchmarks.markdownRead'   # extra JMH options and filters
#
# Writes JMH's JSON result to benchmarks/target/jmh.json and the table to benchmarks/target/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
if [ "${1:-}" = "--no-build" ]; then
  build=false
  shift
fi

# Other work on the machine skews the numbers: say so before a long run (checked before building,
# since the build itself raises the load).
if [ -r /proc/loadavg ]; then
  load=$(cut -d' ' -f1 /proc/loadavg)
  if awk -v l="$load" 'BEGIN { exit !(l > 0.5) }'; then
    echo "Warning: load average is $load; other processes will skew the results." >&2
  fi
fi

jar=benchmarks/target/benchmarks.jar
if $build; then
  echo "Building $jar ..."
  mvn -B -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
if [ ! -f "$jar" ]; then
  echo "$jar is missing: run without --no-build first." >&2
  exit 1
fi

# Forks, warm-up and measurement come from the benchmarks' annotations (1 fork, 8 x 1 s warm-up,
# 5 x 1 s measurement); options given here override them.
java -jar "$jar" -rf json -rff benchmarks/target/jmh.json "$@"

echo
java -cp "$jar" io.github.designdoc.benchmarks.Report benchmarks/target/jmh.json | tee benchmarks/target/report.md
