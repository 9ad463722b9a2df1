using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.PackageTests;

/// <summary>
/// Fresh consumer projects in a temporary folder, outside the repository, that know the generator only as the
/// package from the temporary feed:
/// <list type="bullet">
/// <item><c>QuickStart</c> follows the package readme (<c>src/AiDigest.Generators/README.md</c>): <c>dotnet add package</c>, one <c>&lt;AiDigestArchive&gt;</c> line,
/// build; with <c>AnalysisLevel=latest-all</c>, <c>TreatWarningsAsErrors</c> and nullable on, and generated files written out.</item>
/// <item><c>NewsData</c> is a library for <c>netstandard2.0</c> (C# 7.3, nullable off) and <c>net8.0</c> (C# 12),
/// with every option set, XML docs, <c>latest-all</c> and warnings as errors, and a named archive outside <c>seeds/</c>;
/// <c>NewsApp</c> (no package) queries the public dataset of its <c>netstandard2.0</c> build.</item>
/// <item><c>BadOptions</c> gives invalid values: warnings, the defaults used, a working build; and declares a
/// second archive in its <c>Directory.Build.targets</c>, which MSBuild imports after the package's targets.</item>
/// </list>
/// All four are built by one <c>dotnet build</c> of a solution file; the two apps are then run.
/// </summary>
[TestClass]
public sealed class ConsumerTests
{
    private static string _consumers = string.Empty;
    private static ProcessResult? _addPackage;
    private static ProcessResult? _build;

    private static string QuickStart => Path.Combine(_consumers, "QuickStart");

    [ClassInitialize]
    public static void CreateAndBuildTheConsumers(TestContext context)
    {
        _ = context;
        _consumers = Path.Combine(TestPackage.Root, "consumers");
        Directory.CreateDirectory(_consumers);
        WriteQuickStart();
        WriteNewsDataAndApp();
        WriteBadOptions();
        Write(Path.Combine(_consumers, "consumers.slnx"), """
            <Solution>
              <Project Path="QuickStart/QuickStart.csproj" />
              <Project Path="NewsData/NewsData.csproj" />
              <Project Path="NewsApp/NewsApp.csproj" />
              <Project Path="BadOptions/BadOptions.csproj" />
            </Solution>
            """);

        // The package readme's install step, as a user types it.
        _addPackage = DotNet.Succeed(QuickStart, TestPackage.CommandTimeout, "add", "package", TestPackage.Id, "--version", TestPackage.Version);
        _build = DotNet.Succeed(
            _consumers, TestPackage.CommandTimeout,
            "build", "consumers.slnx", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off", "-v:minimal");
    }

    [TestMethod]
    public void DotnetAddPackageReferencesItAsADevelopmentDependency()
    {
        var project = File.ReadAllText(Path.Combine(QuickStart, "QuickStart.csproj"));

        StringAssert.Contains(project, "<PackageReference Include=\"AiDigest.Generators\" Version=\"" + TestPackage.Version + "\"", _addPackage!.ToString());
        StringAssert.Contains(project, "<PrivateAssets>all</PrivateAssets>", "a development dependency stays private to the project that adds it");
    }

    [TestMethod]
    public void TheQuickStartBuildsCleanlyWithEveryAnalyzerAndRunsItsQueries()
    {
        var run = Run("QuickStart");

        Assert.AreEqual(
            string.Join("\n",
                "archive: _000_8b386abc4c2cc943 000_8b386abc4c2cc943.txt 27",
                "last: 2025万篇投稿破纪录",
                "WorldMem: 2601: 研究背景",
                "CSBrain cites 2506.23075 at line 1563",
                "papers with code include WorldMem: True",
                "GitHub repositories include xizaoqu/WorldMem: True",
                "records: True, public: False",
                "named member: WorldMem at line 2582, text read from the embedded archive: True",
                "lookup: CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding",
                "search finds WorldMem: True",
                ""),
            run.Output,
            run.ToString());
        var quickStartProblems = _build!.Output.Split('\n')
            .Where(l => l.Contains("QuickStart.csproj", StringComparison.Ordinal) && (l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": error ", StringComparison.Ordinal)))
            .ToList();
        Assert.AreEqual(0, quickStartProblems.Count, _build.ToString());
    }

    [TestMethod]
    public void TheCodeFixesAreGivenToTheCompilerAndLoadWithoutAWarning()
    {
        var assets = File.ReadAllText(Path.Combine(QuickStart, "obj", "project.assets.json"));

        StringAssert.Contains(assets, "analyzers/dotnet/cs/AiDigest.Generators.CodeFixes.dll", "the package's analyzers reach the compiler");
        StringAssert.Contains(assets, "analyzers/dotnet/cs/AiDigest.Generators.dll");
        // RS1038: an analyzer in an assembly that references Workspaces; AD0001: an analyzer threw; CS8032: an analyzer
        // could not be created; CS8784/CS8785: a generator failed to initialise or to run; CS9057: built against a newer compiler.
        foreach (var id in new[] { "RS1038", "AD0001", "CS8032", "CS8784", "CS8785", "CS9057" })
        {
            Assert.IsFalse(_build!.Output.Contains(id, StringComparison.Ordinal), id + "\n" + _build);
        }
    }

    [TestMethod]
    public void GeneratedSourcesCanBeViewedWhereTheReadmeSays()
    {
        var generated = Path.Combine(QuickStart, "obj", "Generated", "AiDigest.Generators", "AiDigest.Generators.DigestGenerator");

        var types = File.ReadAllText(Path.Combine(generated, "AiDigest.Types.g.cs"));
        var data = File.ReadAllText(Path.Combine(generated, "AiDigest.Data.g.cs"));

        StringAssert.StartsWith(types, "// <auto-generated/>");
        StringAssert.StartsWith(data, "// <auto-generated/>");
        StringAssert.Contains(data, "WorldMem");
    }

    [TestMethod]
    public void APublicDatasetLibraryOnNetStandardServesAnotherProject()
    {
        var run = Run("NewsApp");

        Assert.AreEqual(
            string.Join("\n",
                "archive: AiNews news.txt 27",
                "CSBrain cites 2506.23075",
                "types: NewsData, public, class",
                "own generated types: none",
                "named members: none",
                "corrected: Title 1 correction",
                ""),
            run.Output,
            run.ToString());
        foreach (var framework in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.IsTrue(File.Exists(Path.Combine(_consumers, "NewsData", "bin", "Debug", framework, "NewsData.xml")), framework + ": documented public API");
        }
        var newsDataProblems = _build!.Output.Split('\n')
            .Where(l => l.Contains("NewsData.csproj", StringComparison.Ordinal) && (l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": error ", StringComparison.Ordinal)))
            .ToList();
        Assert.AreEqual(0, newsDataProblems.Count, _build.ToString());
    }

    [TestMethod]
    public void InvalidValuesAreWarningsAndTheDefaultsAreUsed()
    {
        var warnings = _build!.Output.Split('\n')
            .Where(l => l.Contains("BadOptions.csproj", StringComparison.Ordinal) && l.Contains(": warning AIDG", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.IsTrue(warnings.Any(l => l.Contains("warning AIDG0100", StringComparison.Ordinal) && l.Contains("'AiDigestNamespace' has the value '1Bad'", StringComparison.Ordinal)), _build.ToString());
        Assert.IsTrue(warnings.Any(l => l.Contains("warning AIDG0100", StringComparison.Ordinal) && l.Contains("'AiDigestAccessibility' has the value 'protected'", StringComparison.Ordinal)), _build.ToString());
        Assert.IsTrue(warnings.Any(l => l.Contains("warning AIDG0102", StringComparison.Ordinal) && l.Contains("'not valid'", StringComparison.Ordinal)), _build.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(_consumers, "BadOptions", "bin", "Debug", "net10.0", "BadOptions.dll")), "the build went on with the defaults");
    }

    [TestMethod]
    public void ArchivesDeclaredAfterThePackageTargetsReachTheCompiler()
    {
        var config = File.ReadAllText(Path.Combine(_consumers, "BadOptions", "obj", "Debug", "net10.0", "BadOptions.GeneratedMSBuildEditorConfig.editorconfig"));
        var late = config.Substring(config.IndexOf("late/late.txt]", StringComparison.Ordinal));

        StringAssert.Contains(late, "build_metadata.AdditionalFiles.AiDigestArchive = true", config);
        StringAssert.Contains(late, "build_metadata.AdditionalFiles.AiDigestArchiveName = Late", config);
    }

    private static ProcessResult Run(string project)
    {
        var result = DotNet.Run(
            Path.Combine(_consumers, project), TestPackage.CommandTimeout,
            Path.Combine(_consumers, project, "bin", "Debug", "net10.0", project + ".dll"));
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        return result;
    }

    private static void WriteQuickStart()
    {
        Write(Path.Combine(QuickStart, "QuickStart.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">

              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <AnalysisLevel>latest-all</AnalysisLevel>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>$(BaseIntermediateOutputPath)Generated</CompilerGeneratedFilesOutputPath>
              </PropertyGroup>

              <ItemGroup>
                <AiDigestArchive Include="seeds/*.txt" />
              </ItemGroup>

            </Project>
            """);
        Copy(TestPackage.SeedPath, Path.Combine(QuickStart, "seeds", Path.GetFileName(TestPackage.SeedPath)));
        Write(Path.Combine(QuickStart, "Program.cs"), """
            using System.Globalization;
            using System.Text;
            using AiDigest;

            Console.OutputEncoding = Encoding.UTF8;

            var archive = Digest.Archives.Single();
            var withCode = Digest.Papers.Where(p => p.CodeUrl is not null).Select(p => p.Title).ToList();
            var worldMem = Digest.Articles.Single(a => a.Title == "WorldMem");
            var csBrain = Digest.Articles.Single(a => a.Title == "CSBrain").Papers.Single();
            var repositories = Digest.Links.Where(l => l.Kind == LinkKind.GitHub).Select(l => l.Repository).ToList();

            Console.WriteLine(string.Join(" ", "archive:", archive.Name, archive.FileName, archive.Articles.Count.ToString(CultureInfo.InvariantCulture)));
            Console.WriteLine("last: " + Digest.Articles[^1].Title);
            Console.WriteLine("WorldMem: " + worldMem.Sections[0].Line.ToString(CultureInfo.InvariantCulture) + ": " + worldMem.Sections[0].Heading);
            Console.WriteLine("CSBrain cites " + csBrain.ArxivId + " at line " + csBrain.Line.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine("papers with code include WorldMem: " + withCode.Contains("WorldMem: Long-term Consistent World Simulation with Memory").ToString(CultureInfo.InvariantCulture));
            Console.WriteLine("GitHub repositories include xizaoqu/WorldMem: " + repositories.Contains("xizaoqu/WorldMem").ToString(CultureInfo.InvariantCulture));
            var isRecord = typeof(Article).GetMethod("<Clone>$") is not null;
            Console.WriteLine("records: " + isRecord.ToString(CultureInfo.InvariantCulture) + ", public: " + typeof(Article).IsPublic.ToString(CultureInfo.InvariantCulture));
            var embedded = typeof(Digest).Assembly.GetManifestResourceNames().Contains("AiDigest.Archive.000_8b386abc4c2cc943.txt")
                && Digest.Articles.WorldMem.Text.StartsWith("转身世界就变样", StringComparison.Ordinal);
            Console.WriteLine("named member: WorldMem at line " + Digest.Articles.WorldMem.Line.ToString(CultureInfo.InvariantCulture) + ", text read from the embedded archive: " + embedded.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine("lookup: " + Digest.Papers.ByArxivId("2506.23075")?.Title);
            Console.WriteLine("search finds WorldMem: " + Digest.Search("WorldMem").Any(hit => hit.Article.Title == "WorldMem").ToString(CultureInfo.InvariantCulture));
            """);
    }

    private static void WriteNewsDataAndApp()
    {
        var data = Path.Combine(_consumers, "NewsData");
        Write(Path.Combine(data, "NewsData.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">

              <PropertyGroup>
                <TargetFrameworks>netstandard2.0;net8.0</TargetFrameworks>
                <AiDigestNamespace>Acme.News</AiDigestNamespace>
                <AiDigestClassName>NewsDigest</AiDigestClassName>
                <AiDigestAccessibility>public</AiDigestAccessibility>
                <!-- A library whose users query the data and never name an article: no named members to compile. -->
                <AiDigestNamedMembers>false</AiDigestNamedMembers>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <AnalysisLevel>latest-all</AnalysisLevel>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>

              <ItemGroup>
                <PackageReference Include="{TestPackage.Id}" Version="{TestPackage.Version}" PrivateAssets="all" />
                <AiDigestArchive Include="data/news.txt" Name="AiNews" />
                <AiDigestCorrections Include="data/*.corrections" />
              </ItemGroup>

            </Project>
            """);
        Copy(TestPackage.SeedPath, Path.Combine(data, "data", "news.txt"));
        // The seed's committed corrections file, as the archive's: news.corrections corrects news.txt.
        Copy(Path.ChangeExtension(TestPackage.SeedPath, ".corrections"), Path.Combine(data, "data", "news.corrections"));
        Write(Path.Combine(data, "AssemblyInfo.cs"), """
            [assembly: System.CLSCompliant(true)]
            """);

        var app = Path.Combine(_consumers, "NewsApp");
        Write(Path.Combine(app, "NewsApp.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">

              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>

              <ItemGroup>
                <!-- The netstandard2.0 build (C# 7.3: classes), rather than the nearer net8.0 one (records). -->
                <ProjectReference Include="../NewsData/NewsData.csproj" SetTargetFramework="TargetFramework=netstandard2.0" />
              </ItemGroup>

            </Project>
            """);
        Write(Path.Combine(app, "Program.cs"), """
            using System.Text;
            using Acme.News;

            Console.OutputEncoding = Encoding.UTF8;

            var archive = NewsDigest.Archives.Single();
            Console.WriteLine($"archive: {archive.Name} {archive.FileName} {NewsDigest.Articles.Count}");
            Console.WriteLine("CSBrain cites " + NewsDigest.Articles.Single(a => a.Title == "CSBrain").Papers.Single().ArxivId);
            Console.WriteLine($"types: {typeof(Article).Assembly.GetName().Name}, {(typeof(Article).IsPublic ? "public" : "internal")}, {(typeof(Article).GetMethod("<Clone>$") is null ? "class" : "record")}");
            var own = typeof(Program).Assembly.GetTypes().Where(t => t.Namespace is "AiDigest" or "Acme.News").Select(t => t.FullName).ToList();
            Console.WriteLine("own generated types: " + (own.Count == 0 ? "none" : string.Join(", ", own)));
            Console.WriteLine("named members: " + (typeof(ArticleCatalog).GetProperty("CSBrain") is null ? "none" : "CSBrain"));
            var corrected = NewsDigest.Articles.Single(a => a.Title == "R1-Reward").Blocks.Single(b => b.Line == 3069);
            Console.WriteLine($"corrected: {corrected.Kind} {corrected.Level} {corrected.Rule}");
            """);
    }

    private static void WriteBadOptions()
    {
        var bad = Path.Combine(_consumers, "BadOptions");
        Write(Path.Combine(bad, "BadOptions.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">

              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <AiDigestNamespace>1Bad</AiDigestNamespace>
                <AiDigestAccessibility>protected</AiDigestAccessibility>
              </PropertyGroup>

              <ItemGroup>
                <PackageReference Include="{TestPackage.Id}" Version="{TestPackage.Version}" PrivateAssets="all" />
                <AiDigestArchive Include="data/news.txt" Name="not valid" />
              </ItemGroup>

            </Project>
            """);
        Copy(TestPackage.SeedPath, Path.Combine(bad, "data", "news.txt"));
        // An archive declared after the package's targets were imported (Directory.Build.targets comes after them).
        Write(Path.Combine(bad, "Directory.Build.targets"), """
            <Project>
              <ItemGroup>
                <AiDigestArchive Include="late/late.txt" Name="Late" />
              </ItemGroup>
            </Project>
            """);
        Write(Path.Combine(bad, "late", "late.txt"), "#Late\n\nbody\n\n....\n");
        Write(Path.Combine(bad, "Uses.cs"), """
            namespace BadOptions;

            /// <summary>Compiles only if the defaults (namespace AiDigest, class Digest, internal) were used.</summary>
            internal static class Uses
            {
                public static string Name => AiDigest.Digest.Archives[0].Name;
            }
            """);
    }

    private static void Write(string path, string text) => TestPackage.WriteText(path, text);

    private static void Copy(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination, overwrite: true);
    }
}
