using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AiDigest.Generators.Diagnostics;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using AiDigest.Generators.Analyzer;

namespace AiDigest.Generators.Tests.Analyzer;

/// <summary><c>DigestLookupAnalyzer</c> over the real seed: what it reports, where, with which suggestion, and when it stays quiet.</summary>
[TestClass]
[TestCategory("Slow")]
public sealed class AnalyzerTests
{
    private static GeneratorHarness Seed(string body) => new GeneratorHarness { Consumer = Wrap(body) }
        .WithArchive("/repo/seeds/" + TestArchive.SeedFileName, TestArchive.SeedText);

    private static string Wrap(string body) => $$"""
        using System.Linq;
        using AiDigest;

        public static class Probe
        {
            public static object? Run(string input)
            {
        {{body}}
                return null;
            }
        }
        """;

    private static ImmutableArray<Diagnostic> Analyze(GeneratorHarness harness)
    {
        var diagnostics = harness.RunAnalyzer(new DigestLookupAnalyzer());
        Assert.IsFalse(diagnostics.Any(d => d.Id == "AD0001"), string.Join("\n", diagnostics));
        return diagnostics;
    }

    /// <summary>The 1-based line and column where <paramref name="snippet"/> starts in the consumer source.</summary>
    private static (int Line, int Column) Position(GeneratorHarness harness, string snippet)
    {
        var text = SourceText.From(harness.Consumer);
        var offset = harness.Consumer.IndexOf(snippet, System.StringComparison.Ordinal);
        Assert.IsTrue(offset >= 0, snippet);
        var position = text.Lines.GetLinePosition(offset);
        return (position.Line + 1, position.Character + 1);
    }

    private static void AssertDiagnostic(GeneratorHarness harness, Diagnostic diagnostic, string id, string argument, string message, string? suggestion, string? locate = null)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.AreEqual(id, diagnostic.Id);
        Assert.AreEqual(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity, "a warning, raised to an error by the harness's warnings-as-errors");
        Assert.AreEqual("Probe.cs", span.Path);
        Assert.AreEqual(Position(harness, locate ?? argument), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.AreEqual(argument, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.AreEqual(message, diagnostic.GetMessage());
        diagnostic.Properties.TryGetValue(DiagnosticDescriptors.SuggestionProperty, out var property);
        Assert.AreEqual(suggestion, property);
    }

    [TestMethod]
    public void AMisspelledArxivIdIsReportedAtItsArgumentWithASuggestion()
    {
        var harness = Seed("""        var paper = Digest.Papers.ByArxivId("2505.02853");""");

        var diagnostic = Analyze(harness).Single();

        AssertDiagnostic(harness, diagnostic, "AIDG0201", "\"2505.02853\"",
            "No paper in the dataset has the arXiv id '2505.02853', so this lookup finds nothing; did you mean '2505.02835'?", "2505.02835");
    }

    [TestMethod]
    public void EveryLookupKindHasItsDiagnostic()
    {
        var harness = Seed("""
                    Digest.Papers.ByRepository("xizaoqu/WorldMen");
                    Digest.Articles.ByTitle("WorldMen");
                    Digest.Articles.ByTitle("物理图灵测");
                    Digest.Articles.ById("WorldMem");
                    Digest.Papers.ByTitle("CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decodng");
                    Digest.Papers.TryGetByArxivId("arXiv:2506.23057v2", out var paper);
                    Digest.Articles.TryGetByTitle(title: "Harmonn", article: out var article);
            """);

        var diagnostics = Analyze(harness).OrderBy(d => d.Location.SourceSpan.Start).ToList();

        Assert.AreEqual(7, diagnostics.Count, string.Join("\n", diagnostics));
        AssertDiagnostic(harness, diagnostics[0], "AIDG0202", "\"xizaoqu/WorldMen\"",
            "No paper in the dataset links to the GitHub repository 'xizaoqu/WorldMen', so this lookup finds nothing; did you mean 'xizaoqu/WorldMem'?", "xizaoqu/WorldMem");
        AssertDiagnostic(harness, diagnostics[1], "AIDG0203", "\"WorldMen\"",
            "No article in the dataset is titled 'WorldMen', so this lookup finds nothing; did you mean 'WorldMem'?", "WorldMem");
        AssertDiagnostic(harness, diagnostics[2], "AIDG0203", "\"物理图灵测\"",
            "No article in the dataset is titled '物理图灵测', so this lookup finds nothing; did you mean '物理图灵测试'?", "物理图灵测试");
        AssertDiagnostic(harness, diagnostics[3], "AIDG0204", "\"WorldMem\"",
            "No article in the dataset has the id 'WorldMem', so this lookup finds nothing; did you mean 'worldmem'?", "worldmem");
        AssertDiagnostic(harness, diagnostics[4], "AIDG0205", "\"CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decodng\"",
            "No paper in the dataset is titled 'CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decodng', so this lookup finds nothing; "
            + "did you mean 'CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding'?",
            "CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding");
        AssertDiagnostic(harness, diagnostics[5], "AIDG0201", "\"arXiv:2506.23057v2\"",
            "No paper in the dataset has the arXiv id 'arXiv:2506.23057v2', so this lookup finds nothing; did you mean '2506.23075'?", "2506.23075");
        AssertDiagnostic(harness, diagnostics[6], "AIDG0203", "\"Harmonn\"",
            "No article in the dataset is titled 'Harmonn', so this lookup finds nothing; did you mean 'Harmon'?", "Harmon");
    }

    [TestMethod]
    public void NoSuggestionWhenNothingIsClose()
    {
        var harness = Seed("""
                    Digest.Papers.ByArxivId("1901.00001");
                    Digest.Articles.ByTitle("完全不同的标题");
            """);

        var diagnostics = Analyze(harness).OrderBy(d => d.Location.SourceSpan.Start).ToList();

        AssertDiagnostic(harness, diagnostics[0], "AIDG0201", "\"1901.00001\"",
            "No paper in the dataset has the arXiv id '1901.00001', so this lookup finds nothing", null);
        AssertDiagnostic(harness, diagnostics[1], "AIDG0203", "\"完全不同的标题\"",
            "No article in the dataset is titled '完全不同的标题', so this lookup finds nothing", null);
    }

    [TestMethod]
    public void AConstantFromAFieldIsReportedWhereItIsUsed()
    {
        var harness = Seed("""
                    const string Id = "2505.0283";
                    Digest.Papers.ByArxivId(Id);
                    Digest.Papers.ByArxivId(Id + "5");
            """);

        var diagnostic = Analyze(harness).Single();

        AssertDiagnostic(harness, diagnostic, "AIDG0201", "Id",
            "No paper in the dataset has the arXiv id '2505.0283', so this lookup finds nothing; did you mean '2505.02835'?", "2505.02835", locate: "Id);");
    }

    [TestMethod]
    public void ValidConstantsAndNonConstantArgumentsAreFine()
    {
        var harness = Seed("""
                    Digest.Papers.ByArxivId("2505.02835");
                    Digest.Papers.ByArxivId("arXiv:2505.02835v2");
                    Digest.Papers.ByArxivId(" 2506.23075 ");
                    Digest.Papers.ByRepository("XIZAOQU/worldmem");
                    Digest.Papers.ByRepository("https://github.com/SakanaAI/continuous-thought-machines/");
                    Digest.Papers.ByTitle("csbrain: a cross-scale spatiotemporal brain foundation model for eeg decoding");
                    Digest.Articles.ByTitle("物理图灵测试");
                    Digest.Articles.ByTitle("worldmem");
                    Digest.Articles.ById("continuous-thought-machine-ctm");
                    Digest.Articles.TryGetById("csbrain", out var csBrain);
                    Digest.Papers.ByArxivId(input);
                    Digest.Papers.ByArxivId(input + "v2");
                    Digest.Papers.ByArxivId($"{input}.1");
                    Digest.Papers.ByArxivId(null!);
                    Digest.Articles.ByTitle(Digest.Articles.WorldMem.Title);
                    System.Func<string, Paper?> lookup = Digest.Papers.ByArxivId;
                    var named = Digest.Papers.Arxiv_2505_02835.Title + Digest.Search("2505.02853").Count;
            """);

        Assert.AreEqual(0, GeneratorHarness.CompileProblems(harness.Run().Output).Count, string.Join("\n", GeneratorHarness.CompileProblems(harness.Run().Output)));
        Assert.AreEqual(0, Analyze(harness).Length, string.Join("\n", Analyze(harness)));
    }

    [TestMethod]
    public void NothingWithoutLookups()
    {
        var harness = Seed("""        var count = Digest.Articles.Count(a => a.Title == "WorldMen") + Digest.Papers.Count;""");

        Assert.AreEqual(0, Analyze(harness).Length);
    }

    [TestMethod]
    public void TheAnalyzerNeverReadsTheArchivesItChecksTheGeneratedKeys()
    {
        var harness = Seed("""
                    Digest.Papers.ByArxivId(input);
                    var n = Digest.Papers.Count + "2505.02853".Length;
            """);
        var (_, output, _) = harness.Run();

        var quiet = Counting(output, out var quietReads);
        Assert.AreEqual(0, quiet.Length);
        Assert.AreEqual(0, quietReads.Count, "no constant lookup: nothing is read");

        var harness2 = Seed("""
                    Digest.Papers.ByArxivId("2505.02853");
                    Digest.Papers.ByArxivId("2505.02835");
                    Digest.Articles.ByTitle("WorldMen");
            """);
        var (_, output2, _) = harness2.Run();
        var loud = Counting(output2, out var loudReads);
        Assert.AreEqual(2, loud.Length);
        Assert.AreEqual(0, loudReads.Count, "the keys come from the generated code's constants, not from the archives");

        var withoutArchives = output2.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new DigestLookupAnalyzer()),
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, harness2.OptionsProvider))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        CollectionAssert.AreEqual(
            loud.Select(d => d.GetMessage()).ToArray(), withoutArchives.Select(d => d.GetMessage()).ToArray(), "same answers with no additional file at all");
    }

    [TestMethod]
    public void ACustomNamespaceIsFollowed()
    {
        var harness = new GeneratorHarness
        {
            Consumer = """
                public static class Probe
                {
                    public static object? Run() => Data.Ai.Corpus.Papers.ByArxivId("2505.02853");
                }
                """,
        }
            .WithArchive("/repo/seeds/" + TestArchive.SeedFileName, TestArchive.SeedText)
            .WithProperty("AiDigestNamespace", "Data.Ai")
            .WithProperty("AiDigestClassName", "Corpus");

        Assert.AreEqual(0, GeneratorHarness.CompileProblems(harness.Run().Output).Count, string.Join("\n", GeneratorHarness.CompileProblems(harness.Run().Output)));
        Assert.AreEqual("AIDG0201", Analyze(harness).Single().Id);
    }

    [TestMethod]
    public void LookalikeTypesThatAreNotGeneratedAreIgnored()
    {
        var source = """
            namespace AiDigest
            {
                public sealed class PaperCatalog
                {
                    public object? ByArxivId(string id) => null;
                }

                public static class Probe
                {
                    public static object? Run() => new PaperCatalog().ByArxivId("2505.02853");
                }
            }
            """;
        var harness = new GeneratorHarness().WithArchive("/repo/seeds/" + TestArchive.SeedFileName, TestArchive.SeedText);
        var compilation = harness.CreateCompilation().RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, harness.ParseOptions, path: "Probe.cs"));

        var diagnostics = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DigestLookupAnalyzer()), harness.CreateAnalyzerOptions())
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics));
    }

    [TestMethod]
    [DataRow("2505.02853", "2505.02835", 2)]
    [DataRow("WorldMem", "worldmem", 0)]
    [DataRow("物理图灵测", "物理图灵测试", 1)]
    [DataRow("", "abc", 3)]
    [DataRow("kitten", "sitting", 3)]
    public void EditDistance(string a, string b, int expected)
    {
        Assert.AreEqual(expected, Suggestion.Distance(a, b));
        Assert.AreEqual(expected, Suggestion.Distance(b, a));
    }

    [TestMethod]
    public void SuggestionsTakeTheClosestAndTheFirstOnATie()
    {
        Assert.AreEqual("abcd", Suggestion.Closest("abcx", new[] { "zzzz", "abcd", "abce" }));
        Assert.AreEqual("abce", Suggestion.Closest("abce", new[] { "abcd", "abce" }));
        Assert.IsNull(Suggestion.Closest("abc", new[] { "xyz" }));
        Assert.AreEqual("a-long-title-here", Suggestion.Closest("a-lng-ttle-hre", new[] { "a-long-title-here" }), "3 edits, 14/4 = 3 allowed");
        Assert.IsNull(Suggestion.Closest("a-lng-ttl-hre", new[] { "a-long-title-here" }), "4 edits, 13/4 = 3 allowed");
    }

    /// <summary>Runs the analyzer with archives that count their reads.</summary>
    private static ImmutableArray<Diagnostic> Counting(Compilation output, out ReadCounter reads)
    {
        var counter = new ReadCounter();
        reads = counter;
        var files = ImmutableArray.Create<AdditionalText>(new CountingText("/repo/seeds/" + TestArchive.SeedFileName, TestArchive.SeedText, counter));
        var options = new AnalyzerOptions(files, new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string>(), new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IReadOnlyDictionary<string, string>>()));
        return output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DigestLookupAnalyzer()), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    private sealed class ReadCounter
    {
        private int _count;

        public int Count => _count;

        public void Increment() => Interlocked.Increment(ref _count);
    }

    private sealed class CountingText(string path, string text, ReadCounter counter) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            counter.Increment();
            return _text;
        }
    }
}
