#!/usr/bin/env bash
# Reproducible builds: builds the published modules twice, each time from a fresh copy of the tree in another
# folder (no target/ folders), with `mvn -B -o -q package -Dmaven.test.skip=true` (tests neither compiled nor
# run), and compares the SHA-256 of every jar and zip they produce. Exits 1 when any differs, 2 when a build
# fails. Needs the dependencies in ~/.m2 (run it after the main build). DESIGNDOC_MODULES overrides the modules;
# the test fixtures module is built too, as the modules that use it in tests name it as a dependency.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
modules=${DESIGNDOC_MODULES:-core,testing,markdown,json,cli,maven-plugin}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$SECONDS

for run in 1 2; do
  mkdir -p "$work/$run"
  tar -C "$root" --exclude=./.git --exclude='./*/target' --exclude=./target -cf - . | tar -C "$work/$run" -xf -
  if ! (cd "$work/$run" && mvn -B -o -q package -Dmaven.test.skip=true -pl "$modules"); then
    echo "reproducible.sh: build $run failed" >&2
    exit 2
  fi
  (cd "$work/$run" && find . -path './*/target/*' -maxdepth 3 -type f \( -name '*.jar' -o -name '*.zip' \) \
    | LC_ALL=C sort | xargs sha256sum) > "$work/$run.sha256"
done

count=$(wc -l < "$work/1.sha256")
if [ "$count" -eq 0 ]; then
  echo "reproducible.sh: the builds produced no archives" >&2
  exit 2
fi
if ! diff -u "$work/1.sha256" "$work/2.sha256"; then
  echo "reproducible.sh: the two builds differ (lines above)" >&2
  exit 1
fi
echo "reproducible.sh: $count archives identical in two builds ($((SECONDS - start)) s)"
