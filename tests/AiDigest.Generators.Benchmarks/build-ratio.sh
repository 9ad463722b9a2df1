#!/usr/bin/env bash
# Build time of a consumer project with one N-page archive file, through the package, against the same project
# that only embeds the archive as a plain EmbeddedResource (no generator): the physical floor of compiling it in.
#
#   tests/AiDigest.Generators.Benchmarks/build-ratio.sh [pages=100] [runs=7]
#   BUILD_PROPERTIES="-p:AiDigestNamedMembers=false" tests/AiDigest.Generators.Benchmarks/build-ratio.sh 100 9
#
# BUILD_PROPERTIES (MSBuild arguments) are passed to every build of both projects. Alternates
# `dotnet build --no-incremental` of the two, compiler server warm, twice: with the archive unchanged between builds,
# and with the archive edited before every build (the generator parses and emits it all again). For each it prints
# the medians, their ratio, and the generator's and lookup analyzer's own times (-p:ReportAnalyzer=true). It checks
# that the generated project builds and runs; it does not judge the ratio (timings belong in the benchmark report).
# growth-ratio.sh measures the other shape: an archive that grows one file per page.
set -euo pipefail

pages=${1:-100}
runs=${2:-7}
source "$(dirname "$0")/ratio-lib.sh"

pack_generator
echo "== synthesising a $pages-page archive"
dotnet run --project "$repo/tests/AiDigest.Generators.ScaleFixture" -c Release -- "$repo/seeds/000_8b386abc4c2cc943.txt" "$pages" "$work/archive.txt"
write_projects "../archive.txt"
warm_up

# Alternates between the two archive texts (the same text with and without one trailing line break), so the
# generator meets an archive it has not parsed yet on every build, as after an edit.
edit_archive() {
  if [ "$(tail -c 2 "$work/archive.txt" | od -An -c | tr -d ' ')" = '\n\n' ]; then
    truncate -s -1 "$work/archive.txt"
  else
    printf '\n' >> "$work/archive.txt"
  fi
}

# measure <label> <edit?>: alternating rebuilds of the two projects, medians and their ratio.
measure() {
  local label=$1 edit=$2 generated_times=() plain_times=() i
  echo "== $label"
  for ((i = 1; i <= runs; i++)); do
    [ "$edit" = 1 ] && edit_archive
    generated_times+=("$(build_seconds generated/Generated.csproj --no-incremental)")
    plain_times+=("$(build_seconds plain/Plain.csproj --no-incremental)")
    echo "   run $i: generated ${generated_times[-1]} s, plain ${plain_times[-1]} s"
  done
  local generated_median plain_median
  generated_median=$(printf '%s\n' "${generated_times[@]}" | median)
  plain_median=$(printf '%s\n' "${plain_times[@]}" | median)
  [ "$edit" = 1 ] && edit_archive
  component_seconds
  summary+=("$label: generated ${generated_median} s, plain ${plain_median} s, ratio: $(ratio "$generated_median" "$plain_median"), generator ${generator_time:-n/a} s, analyzer ${analyzer_time:-n/a} s")
}

summary=()
# A rebuild with the archive as it was: the server's generator driver for the project finds it unchanged.
measure "archive unchanged between builds" 0
# A rebuild after the archive changed: everything is parsed and emitted again.
measure "archive edited before every build" 1

archive_bytes=$(stat -c %s "$work/archive.txt")
assembly_bytes=$(stat -c %s "$work/generated/bin/Debug/net10.0/Generated.dll")
echo "== $pages pages in one file, $archive_bytes bytes of archive, $runs alternating rebuilds each (dotnet build --no-incremental, compiler server warm), generated assembly $assembly_bytes bytes${BUILD_PROPERTIES:+, with $BUILD_PROPERTIES}"
printf '%s\n' "${summary[@]}"
