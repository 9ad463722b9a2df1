#!/usr/bin/env bash
# The growth shape: an archive that grows one file per page (seeds/page-001.txt, page-002.txt, …). Build time of a
# consumer of N one-page files through the package, against the same project that only embeds the files as plain
# EmbeddedResource, compiler server warm, alternating the two projects:
#   - rebuilds (`dotnet build --no-incremental`) with the files unchanged;
#   - incremental builds (`dotnet build`) after a page file is added, and after it is removed again.
# Prints medians, their ratios, and the generator's and lookup analyzer's own times (-p:ReportAnalyzer=true).
#
#   tests/AiDigest.Generators.Benchmarks/growth-ratio.sh [files=100] [runs=7]
#
# BUILD_PROPERTIES (MSBuild arguments) are passed to every build of both projects. It checks that the generated
# project builds and runs; it does not judge the ratios (timings belong in the benchmark report).
set -euo pipefail

files=${1:-100}
runs=${2:-7}
source "$(dirname "$0")/ratio-lib.sh"

pack_generator
echo "== synthesising $files one-page files, and one more to add"
dotnet run --project "$repo/tests/AiDigest.Generators.ScaleFixture" -c Release -- "$repo/seeds/000_8b386abc4c2cc943.txt" "1-$files" "$work/pages"
dotnet run --project "$repo/tests/AiDigest.Generators.ScaleFixture" -c Release --no-build -- "$repo/seeds/000_8b386abc4c2cc943.txt" "$((files + 1))-$((files + 1))" "$work/spare"
spare=$(ls "$work/spare")
write_projects "../pages/*.txt"
warm_up

generated_rebuilds=() plain_rebuilds=() generated_added=() plain_added=() generated_removed=() plain_removed=()
echo "== rebuilds, files unchanged"
for ((i = 1; i <= runs; i++)); do
  generated_rebuilds+=("$(build_seconds generated/Generated.csproj --no-incremental)")
  plain_rebuilds+=("$(build_seconds plain/Plain.csproj --no-incremental)")
  echo "   run $i: generated ${generated_rebuilds[-1]} s, plain ${plain_rebuilds[-1]} s"
done
component_seconds
rebuild_components="generator ${generator_time:-n/a} s, analyzer ${analyzer_time:-n/a} s"

echo "== incremental builds after a page is added, then removed"
# Both projects are built once as they are, so each incremental build has exactly one change to take in.
build_seconds generated/Generated.csproj >/dev/null
build_seconds plain/Plain.csproj >/dev/null
for ((i = 1; i <= runs; i++)); do
  mv "$work/spare/$spare" "$work/pages/$spare"
  generated_added+=("$(build_seconds generated/Generated.csproj)")
  plain_added+=("$(build_seconds plain/Plain.csproj)")
  mv "$work/pages/$spare" "$work/spare/$spare"
  generated_removed+=("$(build_seconds generated/Generated.csproj)")
  plain_removed+=("$(build_seconds plain/Plain.csproj)")
  echo "   run $i: added: generated ${generated_added[-1]} s, plain ${plain_added[-1]} s; removed: generated ${generated_removed[-1]} s, plain ${plain_removed[-1]} s"
done

# The generator's own time in a build after a page is added (the compiler server's generator cache, when
# BUILD_PROPERTIES turns it on, keeps the other pages parsed), then the page removed again.
mv "$work/spare/$spare" "$work/pages/$spare"
component_seconds ""
added_components="generator ${generator_time:-n/a} s, analyzer ${analyzer_time:-n/a} s"
mv "$work/pages/$spare" "$work/spare/$spare"
build_seconds generated/Generated.csproj >/dev/null

summarise() {
  local label=$1 generated plain
  generated=$(printf '%s\n' "${@:2:$runs}" | median)
  plain=$(printf '%s\n' "${@:$((runs + 2))}" | median)
  echo "$label: generated $generated s, plain $plain s, ratio: $(ratio "$generated" "$plain")"
}

archive_bytes=$(cat "$work"/pages/*.txt | wc -c)
echo "== $files one-page files, $archive_bytes bytes of archive, $runs runs each, compiler server warm${BUILD_PROPERTIES:+, with $BUILD_PROPERTIES}"
echo "$(summarise "rebuild" "${generated_rebuilds[@]}" "${plain_rebuilds[@]}"), $rebuild_components"
echo "$(summarise "page added" "${generated_added[@]}" "${plain_added[@]}"), $added_components"
summarise "page removed" "${generated_removed[@]}" "${plain_removed[@]}"
