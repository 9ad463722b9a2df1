using System.Collections.Immutable;
using System.Linq;
using AiDigest.Generators.Analyzer;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDigest.Generators.Benchmarks;

/// <summary>
/// The lookup analyzer as the IDE runs it after an edit: a new compilation (the generated trees reused), and the
/// analyzer's diagnostics for the edited document. With a constant lookup in the document the analyzer reads the
/// lookup's keys from the generated constants; without one it has nothing to do. The compiler's own binding of the
/// small document is in both.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const string WithLookups = """
        public static class Program
        {
            public static void Main()
            {
                System.Console.WriteLine(AiDigest.Digest.Papers.ByArxivId("2505.02853")?.Title);
                System.Console.WriteLine(AiDigest.Digest.Articles.ByTitle("WorldMen")?.Title);
            }
        }
        """;

    private const string WithoutLookups = """
        public static class Program
        {
            public static void Main(string[] args)
            {
                System.Console.WriteLine(AiDigest.Digest.Papers.ByArxivId(args[0])?.Title);
                System.Console.WriteLine(AiDigest.Digest.Articles.Count);
            }
        }
        """;

    private Compilation _output = null!;
    private SyntaxTree _document = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private AnalyzerOptions _options = null!;
    private int _edit;

    [Params(100)]
    public int Files { get; set; }

    [Params(true, false)]
    public bool ConstantLookups { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = CSharpSyntaxTree.ParseText(ConstantLookups ? WithLookups : WithoutLookups, path: "Program.cs");
        var compilation = CSharpCompilation.Create("Bench", new[] { _document }, Net100.References.All, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var files = GrowthArchives.Files(Files);
        CSharpGeneratorDriver.Create(new[] { new DigestGenerator().AsSourceGenerator() }, files, parseOptions: null, optionsProvider: GrowthArchives.Embedded)
            .RunGeneratorsAndUpdateCompilation(compilation, out _output, out _);
        _analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new DigestLookupAnalyzer());
        _options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, GrowthArchives.Embedded);
        if (Analyze() != (ConstantLookups ? 2 : 0)) throw new System.InvalidOperationException("the analyzer does not report what it should");
    }

    /// <summary>A new compilation after an edit elsewhere, and the analyzer's diagnostics for the document.</summary>
    [Benchmark]
    public int Analyze()
    {
        var edited = _output.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edit" + (++_edit) + " { }"));
        var withAnalyzers = edited.WithAnalyzers(_analyzers, _options);
        return withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(edited.GetSemanticModel(_document), null, _analyzers, default).GetAwaiter().GetResult().Length;
    }
}
