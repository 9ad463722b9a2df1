#!/usr/bin/env bash
# Build time of a consumer project with an N-page archive, through the package, against the same project that only
# embeds the archive as a plain EmbeddedResource (no generator): the physical floor of compiling the data in.
#
#   tests/AiDigest.Generators.Benchmarks/build-ratio.sh [pages=100] [runs=7]
#   BUILD_PROPERTIES="-p:AiDigestNamedMembers=false" tests/AiDigest.Generators.Benchmarks/build-ratio.sh 100 9
#
# BUILD_PROPERTIES (MSBuild arguments) are passed to every build of both projects.
# Packs the generator into a temporary feed, synthesises the archive with the scale fixture, restores both projects,
# warms the compiler server, then alternates `dotnet build --no-incremental` of the two, twice: with the archive
# unchanged between builds, and with the archive edited before every build (the generator parses and emits it
# all again). For each it prints the medians, their ratio and the generator's own time (-p:ReportAnalyzer=true).
# It checks that the generated project builds and runs; it does not judge the ratio (timings belong in the
# benchmark report, not in a pass/fail).
set -euo pipefail

pages=${1:-100}
runs=${2:-7}
read -r -a build_properties <<< "${BUILD_PROPERTIES:-}"
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/aidigest-ratio-XXXXXX")
# KEEP=1 keeps the folder (and its projects) for a closer look.
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; [ "${KEEP:-0}" = 1 ] || rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/packages"
# Run from a test host, the MSBuild variables it inherited would steer these builds: drop them.
unset MSBuildExtensionsPath MSBuildSDKsPath MSBUILD_EXE_PATH MSBuildLoadMicrosoftTargetsReadOnly
# The measurement is defined with the compiler server warm: an environment that turns it off (some CI images set
# UseSharedCompilation=false) would time a cold compiler and a freshly JIT-compiled generator on every build.
unset UseSharedCompilation

version="0.1.0-ratio.$(date +%s)"
echo "== packing AiDigest.Generators $version"
dotnet pack "$repo/src/AiDigest.Generators" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q >/dev/null

echo "== synthesising a $pages-page archive"
dotnet run --project "$repo/tests/AiDigest.Generators.ScaleFixture" -c Release -- "$repo/seeds/000_8b386abc4c2cc943.txt" "$pages" "$work/archive.txt"

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML

mkdir -p "$work/generated" "$work/plain"
cat > "$work/generated/Generated.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="AiDigest.Generators" Version="$version" PrivateAssets="all" />
    <AiDigestArchive Include="../archive.txt" />
  </ItemGroup>
</Project>
XML
cat > "$work/generated/Program.cs" <<'CS'
var longest = System.Linq.Enumerable.Max(AiDigest.Digest.Articles, a => a.Text.Length);
System.Console.WriteLine($"{AiDigest.Digest.Articles.Count} articles, {AiDigest.Digest.Papers.Count} papers, longest text {longest}");
CS
cat > "$work/plain/Plain.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <EmbeddedResource Include="../archive.txt" LogicalName="archive.txt" />
  </ItemGroup>
</Project>
XML
cat > "$work/plain/Program.cs" <<'CS'
using var stream = typeof(Program).Assembly.GetManifestResourceStream("archive.txt")!;
System.Console.WriteLine($"{stream.Length} bytes");
CS

echo "== restoring and warming the compiler server"
(cd "$work" && dotnet restore generated/Generated.csproj -nologo -v:q && dotnet restore plain/Plain.csproj -nologo -v:q) >/dev/null
# Two rounds: the first starts the server, the second finds the generator loaded and compiled by the JIT.
for round in 1 2; do
  for project in generated/Generated.csproj plain/Plain.csproj; do
    (cd "$work" && dotnet build "$project" --no-restore --no-incremental -nologo -v:q -p:UseSharedCompilation=true "${build_properties[@]}") >/dev/null
  done
done
(cd "$work" && dotnet run --project generated/Generated.csproj --no-build)

build_seconds() {
  local start end
  start=$(date +%s.%N)
  (cd "$work" && dotnet build "$1" --no-restore --no-incremental -nologo -v:q -p:UseSharedCompilation=true "${build_properties[@]}") >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }' 
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# Alternates between the two archive texts (the same text with and without one trailing line break), so the
# generator meets an archive it has not parsed yet on every build, as after an edit.
edit_archive() {
  if [ "$(tail -c 2 "$work/archive.txt" | od -An -c | tr -d ' ')" = '\n\n' ]; then
    truncate -s -1 "$work/archive.txt"
  else
    printf '\n' >> "$work/archive.txt"
  fi
}

# Generator time from -p:ReportAnalyzer=true, in seconds.
generator_seconds() {
  (cd "$work" && dotnet build generated/Generated.csproj --no-restore --no-incremental -nologo -v:d -p:ReportAnalyzer=true -p:UseSharedCompilation=true "${build_properties[@]}") \
    | grep -E 'AiDigest\.Generators\.DigestGenerator' | head -1 | awk '{print $1}' || true
}

# measure <label> <edit?>: alternating rebuilds of the two projects, medians and their ratio.
measure() {
  local label=$1 edit=$2 generated_times=() plain_times=() i
  echo "== $label"
  for ((i = 1; i <= runs; i++)); do
    [ "$edit" = 1 ] && edit_archive
    generated_times+=("$(build_seconds generated/Generated.csproj)")
    plain_times+=("$(build_seconds plain/Plain.csproj)")
    echo "   run $i: generated ${generated_times[-1]} s, plain ${plain_times[-1]} s"
  done
  local generated_median plain_median ratio generator_time
  generated_median=$(printf '%s\n' "${generated_times[@]}" | median)
  plain_median=$(printf '%s\n' "${plain_times[@]}" | median)
  ratio=$(awk -v g="$generated_median" -v p="$plain_median" 'BEGIN { printf "%.3f\n", g / p }')
  [ "$edit" = 1 ] && edit_archive
  generator_time=$(generator_seconds)
  summary+=("$label: generated ${generated_median} s, plain ${plain_median} s, ratio: ${ratio}, generator ${generator_time:-n/a} s")
}

summary=()
# A rebuild with the archive as it was: the server's generator driver for the project finds it unchanged.
measure "archive unchanged between builds" 0
# A rebuild after the archive changed: everything is parsed and emitted again.
measure "archive edited before every build" 1

archive_bytes=$(stat -c %s "$work/archive.txt")
assembly_bytes=$(stat -c %s "$work/generated/bin/Debug/net10.0/Generated.dll")
echo "== $pages pages, $archive_bytes bytes of archive, $runs alternating rebuilds each (dotnet build --no-incremental, compiler server warm), generated assembly $assembly_bytes bytes${BUILD_PROPERTIES:+, with $BUILD_PROPERTIES}"
printf '%s\n' "${summary[@]}"
