#!/usr/bin/env bash
# Start-up of the command line against a bare commonmark-java program, from the project root or anywhere:
#
#   benchmarks/startup.sh                          # default JVM flags, 7 runs of each
#   benchmarks/startup.sh -n 11 -- -XX:TieredStopAtLevel=1 -Xshare:auto   # 11 runs, these JVM flags for both
#   benchmarks/startup.sh --cds -- -XX:TieredStopAtLevel=1                # each with its own CDS archive
#
# Times `java FLAGS -jar cli/target/designdoc.jar fmt --check FILE` and `java FLAGS -cp
# benchmarks/target/benchmarks.jar io.github.designdoc.benchmarks.BareCommonmark FILE` (commonmark-java
# parsing the same file with the GFM tables extension and rendering it back to Markdown), alternately,
# and prints the median wall time of each and their ratio (target: at most 1.5), and the same for CPU
# time. FILE is the template (../shared/seed/design-doc-template.md beside the project) when present,
# else a generated typical document written to a temporary file. --cds first runs each program once with
# -XX:ArchiveClassesAtExit to dump a class-data sharing archive of its own classes, then times both with
# -XX:SharedArchiveFile. Needs both jars: mvn -pl benchmarks,cli -am package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7
cds=false
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --cds) cds=true; shift ;;
    --) shift; break ;;
    *) echo "unknown option $1 (JVM flags go after --)" >&2; exit 2 ;;
  esac
done
flags=("$@")

cli=cli/target/designdoc.jar
bench=benchmarks/target/benchmarks.jar
for jar in "$cli" "$bench"; do
  if [ ! -f "$jar" ]; then
    echo "$jar is missing: run mvn -pl benchmarks,cli -am package -DskipTests first." >&2
    exit 1
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file=../shared/seed/design-doc-template.md
if [ ! -f "$file" ]; then
  file=$work/typical.md
  java -cp "$bench" io.github.designdoc.benchmarks.DocumentGenerator TYPICAL "$file"
fi

designdoc=(-jar "$cli" fmt --check "$file")
bare=(-cp "$bench" io.github.designdoc.benchmarks.BareCommonmark "$file")
designdoc_flags=("${flags[@]+"${flags[@]}"}")
bare_flags=("${flags[@]+"${flags[@]}"}")
if $cds; then
  # Exit codes are not checked: fmt --check exits 1 when the file is not formatted, and so does the peer.
  java "${flags[@]+"${flags[@]}"}" -XX:ArchiveClassesAtExit="$work/designdoc.jsa" "${designdoc[@]}" >/dev/null 2>&1 || true
  java "${flags[@]+"${flags[@]}"}" -XX:ArchiveClassesAtExit="$work/bare.jsa" "${bare[@]}" >/dev/null 2>&1 || true
  designdoc_flags+=(-XX:SharedArchiveFile="$work/designdoc.jsa")
  bare_flags+=(-XX:SharedArchiveFile="$work/bare.jsa")
fi

# Wall time and CPU time (user + system, of the JVM's threads together) of one run in milliseconds, as
# "wall cpu"; output is discarded, the exit code ignored (see above). CPU time says less about what a
# user waits for, but is far less disturbed by other processes on a busy machine.
millis() {
  local TIMEFORMAT='%R %U %S' times
  times=$( { time java "$@" >/dev/null 2>&1 || true; } 2>&1 )
  awk -v t="$times" 'BEGIN { split(t, v, " "); printf "%d %d\n", v[1] * 1000, (v[2] + v[3]) * 1000 }'
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# One untimed run of each first, so that both find the jars and the JDK in the file cache.
millis "${designdoc_flags[@]+"${designdoc_flags[@]}"}" "${designdoc[@]}" >/dev/null
millis "${bare_flags[@]+"${bare_flags[@]}"}" "${bare[@]}" >/dev/null
: >"$work/designdoc.ms"
: >"$work/bare.ms"
for _ in $(seq "$runs"); do
  millis "${designdoc_flags[@]+"${designdoc_flags[@]}"}" "${designdoc[@]}" >>"$work/designdoc.ms"
  millis "${bare_flags[@]+"${bare_flags[@]}"}" "${bare[@]}" >>"$work/bare.ms"
done

column() {
  awk -v c="$1" '{ print $c }' "$2"
}
ours=$(column 1 "$work/designdoc.ms" | median)
peer=$(column 1 "$work/bare.ms" | median)
ours_cpu=$(column 2 "$work/designdoc.ms" | median)
peer_cpu=$(column 2 "$work/bare.ms" | median)
echo "File: $file ($(wc -c <"$file") bytes); JVM flags: ${flags[*]:-(none)}$($cds && echo ', each with its own CDS archive')"
echo "designdoc fmt --check: median $ours ms wall, $ours_cpu ms CPU, of $runs runs (wall: $(column 1 "$work/designdoc.ms" | tr '\n' ' '))"
echo "bare commonmark-java:  median $peer ms wall, $peer_cpu ms CPU, of $runs runs (wall: $(column 1 "$work/bare.ms" | tr '\n' ' '))"
awk -v a="$ours" -v b="$peer" -v ac="$ours_cpu" -v bc="$peer_cpu" 'BEGIN {
  r = a / b
  printf "Start-up ratio designdoc / commonmark: %.2f wall (target: at most 1.50) %s; %.2f CPU\n", r, (r <= 1.505 ? "met" : "missed"), ac / bc
}'
