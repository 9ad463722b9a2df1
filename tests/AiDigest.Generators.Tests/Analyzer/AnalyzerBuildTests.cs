using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Analyzer;

/// <summary>
/// The analyzer runs in a real build: a consumer project in a temporary folder references the built generator
/// assembly as an analyzer (the package's layout) and imports the package's props; <c>dotnet build</c> must report
/// the misspelled lookups at their file, line and column, and nothing for the valid ones.
/// </summary>
[TestClass]
[TestCategory("Slow")]
public sealed class AnalyzerBuildTests
{
    private const string Source = """
        namespace Consumer
        {
            public static class Lookups
            {
                public static object? Typo() => AiDigest.Digest.Papers.ByArxivId("2505.02853");
                public static object? TitleTypo() => AiDigest.Digest.Articles.ByTitle("WorldMen");
                public static object? Valid() => AiDigest.Digest.Papers.ByRepository("xizaoqu/WorldMem");
                public static object Named() => AiDigest.Digest.Articles.WorldMem;
            }
        }
        """;

    [TestMethod]
    [Timeout(300_000)]
    public void ABuildReportsMisspelledLookupsWithTheirLocation()
    {
        var directory = Path.Combine(Path.GetTempPath(), "aidigest-build-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "seeds"));
        try
        {
            var generator = Path.Combine(AppContext.BaseDirectory, "AiDigest.Generators.dll");
            var props = Path.Combine(AppContext.BaseDirectory, "package", "AiDigest.Generators.props");
            File.Copy(TestArchive.SeedPath, Path.Combine(directory, "seeds", TestArchive.SeedFileName));
            File.WriteAllText(Path.Combine(directory, "Lookups.cs"), Source);
            File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{props}" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="{generator}" />
                    <AdditionalFiles Include="seeds/*.txt" />
                  </ItemGroup>
                </Project>
                """);

            var (exitCode, output) = Build(directory);

            Assert.AreEqual(0, exitCode, output);
            var warnings = output.Split('\n').Where(l => l.Contains("warning AIDG")).Select(l => l.Trim()).Distinct().ToList();
            Assert.AreEqual(2, warnings.Count, output);
            var lines = Source.Split('\n');
            // The analyzer runs concurrently: the order of the warnings in the log is not fixed.
            StringAssert.Contains(warnings.Single(w => w.Contains("AIDG0201")), $"Lookups.cs(5,{lines[4].IndexOf("\"2505.02853\"", StringComparison.Ordinal) + 1}): warning AIDG0201: No paper in the dataset has the arXiv id '2505.02853', so this lookup finds nothing; did you mean '2505.02835'?");
            StringAssert.Contains(warnings.Single(w => w.Contains("AIDG0203")), $"Lookups.cs(6,{lines[5].IndexOf("\"WorldMen\"", StringComparison.Ordinal) + 1}): warning AIDG0203: No article in the dataset is titled 'WorldMen', so this lookup finds nothing; did you mean 'WorldMem'?");
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static (int ExitCode, string Output) Build(string directory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:minimal" }) start.ArgumentList.Add(argument);
        // The test host runs under MSBuild's environment; the child build must find its own SDK.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
