using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.PackageTests;

/// <summary>
/// A consumer published trimmed and self-contained for this machine's runtime, the way a small command-line tool
/// ships: the trimmer must not warn about the generated code (it sets the named members by reflection over the
/// catalog's own fields, and reads texts from the embedded archive), and the trimmed program must still find its
/// named members, lookups, texts and search results. The AOT analyzer is on as well: what native AOT would warn about
/// is reported while building.
/// </summary>
[TestClass]
public sealed class TrimmedPublishTests
{
    [TestMethod]
    public void ATrimmedSelfContainedConsumerPublishesWithoutWarningsAndKeepsItsData()
    {
        var folder = Path.Combine(TestPackage.Root, "trimmed");
        Write(Path.Combine(folder, "TrimmedApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">

              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <PublishTrimmed>true</PublishTrimmed>
                <SelfContained>true</SelfContained>
                <TrimmerSingleWarn>false</TrimmerSingleWarn>
                <!-- What native AOT would warn about, reported at build time (the AOT compiler itself is not on this machine). -->
                <EnableAotAnalyzer>true</EnableAotAnalyzer>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>

              <ItemGroup>
                <PackageReference Include="{TestPackage.Id}" Version="{TestPackage.Version}" PrivateAssets="all" />
                <AiDigestArchive Include="seeds/*.txt" />
              </ItemGroup>

            </Project>
            """);
        File.Copy(TestPackage.SeedPath, Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "seeds")).FullName, Path.GetFileName(TestPackage.SeedPath)), overwrite: true);
        Write(Path.Combine(folder, "Program.cs"), """
            using System.Globalization;
            using System.Text;
            using AiDigest;

            Console.OutputEncoding = Encoding.UTF8;
            Console.WriteLine("named member: " + Digest.Articles.WorldMem.Title + " at line " + Digest.Articles.WorldMem.Line.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine("text from the embedded archive: " + Digest.Articles.WorldMem.Text.StartsWith("转身世界就变样", StringComparison.Ordinal).ToString(CultureInfo.InvariantCulture));
            Console.WriteLine("lookup: " + Digest.Papers.ByArxivId("2506.23075")?.Title);
            Console.WriteLine("search finds WorldMem: " + Digest.Search("WorldMem").Any(hit => hit.Article.Title == "WorldMem").ToString(CultureInfo.InvariantCulture));
            """);

        var publish = DotNet.Run(
            folder, TestPackage.CommandTimeout,
            "publish", "--use-current-runtime", "-c", "Release", "-o", "out", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off", "-v:minimal");
        Assert.AreEqual(0, publish.ExitCode, publish.ToString());
        var warnings = publish.Output.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).ToList();
        Assert.AreEqual(0, warnings.Count, publish.ToString());

        var executable = Path.Combine(folder, "out", OperatingSystem.IsWindows() ? "TrimmedApp.exe" : "TrimmedApp");
        Assert.IsTrue(File.Exists(executable), "a self-contained executable: " + publish);
        Assert.IsFalse(File.Exists(Path.Combine(folder, "out", "System.Xml.dll")), "the framework was trimmed (System.Xml is not used)");
        var run = DotNet.RunProgram(folder, TestPackage.CommandTimeout, executable);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(
            string.Join("\n",
                "named member: WorldMem at line 2582",
                "text from the embedded archive: True",
                "lookup: CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding",
                "search finds WorldMem: True",
                ""),
            run.Output,
            run.ToString());
    }

    private static void Write(string path, string text) => TestPackage.WriteText(path, text);
}
