#!/usr/bin/env bash
# Shared by build-ratio.sh and growth-ratio.sh: a temporary feed with the packed generator, two consumer projects
# (one through the package, one that only embeds the same files as plain EmbeddedResource: the physical floor of
# compiling the data in), a warm compiler server, and timing helpers. Source it; do not run it.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/aidigest-ratio-XXXXXX")
read -r -a build_properties <<< "${BUILD_PROPERTIES:-}"
# KEEP=1 keeps the folder (and its projects) for a closer look.
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; [ "${KEEP:-0}" = 1 ] || rm -rf "$work"' EXIT
# The consumers restore into a fresh packages folder (no stale copy of the packed version); the pack itself restores
# the generator project in place, so it keeps the machine's folder: an assets file pointing at this temporary one
# would break every later build of the repository's projects once the folder is gone (NETSDK1064).
machine_packages="${NUGET_PACKAGES:-}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/packages"
# Run from a test host, the MSBuild variables it inherited would steer these builds: drop them.
unset MSBuildExtensionsPath MSBuildSDKsPath MSBUILD_EXE_PATH MSBuildLoadMicrosoftTargetsReadOnly
# The measurement is defined with the compiler server warm: an environment that turns it off (some CI images set
# UseSharedCompilation=false) would time a cold compiler and a freshly JIT-compiled generator on every build.
unset UseSharedCompilation

version="0.1.0-ratio.$(date +%s)"

pack_generator() {
  echo "== packing AiDigest.Generators $version"
  if [ -n "$machine_packages" ]; then
    NUGET_PACKAGES="$machine_packages" dotnet pack "$repo/src/AiDigest.Generators" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q >/dev/null
  else
    env -u NUGET_PACKAGES dotnet pack "$repo/src/AiDigest.Generators" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q >/dev/null
  fi
  cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML
}

# write_projects <archive items glob, relative to a project folder>
write_projects() {
  local archives=$1
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
    <AiDigestArchive Include="$archives" />
  </ItemGroup>
</Project>
XML
  # One lookup with a constant argument, so the lookup analyzer has something to check on every build.
  cat > "$work/generated/Program.cs" <<'CS'
var longest = System.Linq.Enumerable.Max(AiDigest.Digest.Articles, a => a.Text.Length);
var paper = AiDigest.Digest.Papers.ByArxivId("2505.02835");
System.Console.WriteLine($"{AiDigest.Digest.Articles.Count} articles, {AiDigest.Digest.Papers.Count} papers, longest text {longest}, {paper?.Title}");
CS
  cat > "$work/plain/Plain.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <EmbeddedResource Include="$archives" LogicalName="%(Filename)%(Extension)" />
  </ItemGroup>
</Project>
XML
  cat > "$work/plain/Program.cs" <<'CS'
var bytes = 0L;
foreach (var name in typeof(Program).Assembly.GetManifestResourceNames())
{
    using var stream = typeof(Program).Assembly.GetManifestResourceStream(name)!;
    bytes += stream.Length;
}
System.Console.WriteLine($"{bytes} bytes");
CS
}

# Restores both projects, then two rounds of builds: the first starts the compiler server, the second finds the
# generator loaded and compiled by the JIT.
warm_up() {
  echo "== restoring and warming the compiler server"
  (cd "$work" && dotnet restore generated/Generated.csproj -nologo -v:q && dotnet restore plain/Plain.csproj -nologo -v:q) >/dev/null
  for round in 1 2; do
    for project in generated/Generated.csproj plain/Plain.csproj; do
      (cd "$work" && dotnet build "$project" --no-restore --no-incremental -nologo -v:q -p:UseSharedCompilation=true "${build_properties[@]}") >/dev/null
    done
  done
  (cd "$work" && dotnet run --project generated/Generated.csproj --no-build)
}

# build_seconds <project> [--no-incremental]
build_seconds() {
  local start end
  start=$(date +%s.%N)
  (cd "$work" && dotnet build "$1" --no-restore ${2:-} -nologo -v:q -p:UseSharedCompilation=true "${build_properties[@]}") >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

ratio() { awk -v g="$1" -v p="$2" 'BEGIN { printf "%.3f\n", g / p }'; }

# The generator's and the lookup analyzer's own times in one build (a rebuild unless told otherwise: pass "" for an
# incremental build), from -p:ReportAnalyzer=true, in seconds.
component_seconds() {
  local report
  report=$(cd "$work" && dotnet build generated/Generated.csproj --no-restore ${1---no-incremental} -nologo -v:d -p:ReportAnalyzer=true -p:UseSharedCompilation=true "${build_properties[@]}")
  generator_time=$(grep -E 'AiDigest\.Generators\.DigestGenerator' <<< "$report" | head -1 | awk '{print $1}' || true)
  analyzer_time=$(grep -E 'AiDigest\.Generators\.Analyzer\.DigestLookupAnalyzer' <<< "$report" | head -1 | awk '{print $1}' || true)
}
