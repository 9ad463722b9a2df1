using System.Linq;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using AiDigest.Generators.Analyzer;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>
/// The query API compiles, with warnings as errors, for old and new consumers: C# 7.3 on .NET Standard 2.0
/// (plain dictionaries, no annotations) up to the latest C# on .NET 10 (frozen dictionaries, <c>NotNullWhen</c>).
/// </summary>
[TestClass]
[TestCategory("Slow")]
public sealed class QueryCompileTests
{
    /// <summary>Every query feature, in C# 7.3, written to be warning-free whether or not <c>TryGet…</c> is annotated.</summary>
    private const string Consumer = """
        using System.Collections.Generic;
        using System.Linq;
        using AiDigest;

        public static class Probe
        {
            public static string All()
            {
                var parts = new List<string>();
                Article worldMem = Digest.Articles.WorldMem;
                parts.Add(worldMem.Line.ToString());
                parts.Add(Digest.Articles.物理图灵测试.Title);
                parts.Add(Digest.Papers.CSBrain.ArxivId);
                var paper = Digest.Papers.ByArxivId("arXiv:2505.02835v1");
                parts.Add(paper == null ? "none" : paper.CodeUrl);
                Paper found;
                if (Digest.Papers.TryGetByRepository("xizaoqu/WorldMem", out found) && found != null) parts.Add(found.Title);
                Article byId;
                if (Digest.Articles.TryGetById("csbrain", out byId) && byId != null) parts.Add(byId.Title);
                var byTitle = Digest.Articles.ByTitle("harmon");
                parts.Add(byTitle == null ? "none" : byTitle.Id);
                var paperByTitle = Digest.Papers.ByTitle("FlowRL: Matching reward distributions for LLM reasoning");
                parts.Add(paperByTitle == null ? "none" : paperByTitle.ArxivId);
                parts.Add(Digest.Papers.WithCode.Count.ToString());
                parts.Add(Digest.Links.ByKind(LinkKind.GitHub).Count(l => l.Repository == "xizaoqu/WorldMem").ToString());
                parts.Add(Digest.Articles.Citing(Digest.Papers.CSBrain).Single().Title);
                IReadOnlyList<SearchHit> hits = Digest.Search("Minecraft");
                parts.Add(string.Join(",", hits.Select(h => h.Line + ":" + h.Field + ":" + (h.Section == null ? "-" : h.Section.Heading))));
                parts.Add(Digest.Articles.Where(a => a.Papers.Count > 0).Count().ToString());
                parts.Add(Digest.Articles[0].Title + "/" + Digest.Papers.Count + "/" + Digest.Links.Count);
                return string.Join("|", parts);
            }
            // EXTRA
        }
        """;

    private const string Expected =
        "2582|物理图灵测试|2506.23075|https://github.com/yfzhang114/r1_reward|WorldMem: Long-term Consistent World Simulation with Memory"
        + "|CSBrain|harmon|2509.15207|10|1|CSBrain|2594:Text:-,2690:Heading:在 Minecraft 上的结果,2692:Text:在 Minecraft 上的结果|16|物理图灵测试/43/";

    [TestMethod]
    [DataRow("7.3", false, "netstandard2.0", DisplayName = "C# 7.3, netstandard2.0")]
    [DataRow("7.3", false, "net10.0", DisplayName = "C# 7.3, net10.0")]
    [DataRow("9", true, "netstandard2.0", DisplayName = "C# 9, nullable, netstandard2.0")]
    [DataRow("9", true, "net10.0", DisplayName = "C# 9, nullable, net10.0")]
    [DataRow("latest", true, "netstandard2.0", DisplayName = "latest, nullable, netstandard2.0")]
    [DataRow("latest", false, "net10.0", DisplayName = "latest, net10.0")]
    [DataRow("latest", true, "net10.0", DisplayName = "latest, nullable, net10.0")]
    public void TheQueryApiCompilesWithWarningsAsErrors(string version, bool nullable, string target)
    {
        LanguageVersionFacts.TryParse(version, out var languageVersion);
        var consumer = Consumer;
        if (nullable)
        {
            consumer = consumer.Replace("List<string>", "List<string?>").Replace("Paper found;", "Paper? found;").Replace("Article byId;", "Article? byId;");
        }
        if (nullable && target == "net10.0")
        {
            // With NotNullWhen(true) the out value needs no null check after a successful TryGet.
            consumer = consumer.Replace("// EXTRA", "public static string Annotated() => Digest.Papers.TryGetByArxivId(\"2506.23075\", out var p) ? p.ArxivId! : \"\";");
        }
        var harness = new GeneratorHarness
        {
            Consumer = consumer,
            LanguageVersion = languageVersion,
            Nullable = nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
            References = target == "net10.0" ? TargetReferences.Net100 : TargetReferences.NetStandard20,
        }.WithArchive("/repo/seeds/" + TestArchive.SeedFileName, TestArchive.SeedText);

        var (result, output, generatorDiagnostics) = harness.Run();

        Assert.AreEqual(0, generatorDiagnostics.Length, string.Join("\n", generatorDiagnostics));
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems.Take(10)));
        Assert.AreEqual(0, harness.RunAnalyzer(new DigestLookupAnalyzer()).Length, "every constant of the consumer is in the dataset");

        var generated = string.Join("\n", result.GeneratedTrees.Select(t => t.ToString()));
        var net10 = target == "net10.0";
        Assert.AreEqual(net10, generated.Contains("global::System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(index, comparer)"), "frozen where the references have it");
        Assert.AreEqual(net10 && nullable || net10 && version != "7.3", generated.Contains("[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::AiDigest.Paper? paper"));
        Assert.AreEqual(version != "7.3", generated.Contains("global::AiDigest.Paper? ByArxivId(string arxivId)"));
        if (net10)
        {
            var links = TestArchive.ParseSeed().Articles.Sum(a => a.Links.Count);
            Assert.AreEqual(Expected + links, GeneratorHarness.Invoke(output, "All"));
        }
    }

    [TestMethod]
    public void PublicCatalogsAreFullyDocumented()
    {
        var harness = new GeneratorHarness { DocumentationMode = DocumentationMode.Diagnose }
            .WithArchive("/repo/seeds/" + TestArchive.SeedFileName, TestArchive.SeedText)
            .WithProperty("AiDigestAccessibility", "public");

        var (_, output, _) = harness.Run();

        var problems = GeneratorHarness.CompileProblems(output).Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs") == true).ToList();
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems.Take(10)));
        Assert.AreEqual(Accessibility.Public, output.GetTypeByMetadataName("AiDigest.PaperCatalog")!.DeclaredAccessibility);
    }

    [TestMethod]
    public void EditingCodeLeavesTheGeneratedSourceCached()
    {
        var harness = new GeneratorHarness().WithArchive("/repo/seeds/" + TestArchive.SeedFileName, TestArchive.SeedText);
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", harness.ParseOptions)));

        var outputs = driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ToList();
        Assert.IsTrue(outputs.Count >= 2);
        Assert.IsTrue(outputs.All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
            string.Join(", ", outputs.Select(o => o.Reason)));
    }
}
