using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDigest.Generators.Benchmarks;

/// <summary>
/// The generator as the compiler runs it: a cold run (new driver: parse every archive, emit everything), and an
/// incremental run after an edit to unrelated C#, which must cost next to nothing.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText[] _archives = null!;
    private GeneratorDriver _warm = null!;

    [Params(1, 10, 100)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _archives = new AdditionalText[] { new MemoryText("/bench/seeds/archive.txt", Archives.OfPages(Pages)) };
        _compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() { } }") },
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }"));
        _warm = NewDriver().RunGenerators(_compilation);
    }

    /// <summary>As the package declares an archive: embedded as a resource, so body texts are not compiled in.</summary>
    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(new[] { new DigestGenerator().AsSourceGenerator() }, _archives, parseOptions: null, optionsProvider: new EmbeddedArchiveOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    [Benchmark]
    public int ColdRun() => NewDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark]
    public int IncrementalNoOp() => _warm.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;

    private sealed class EmbeddedArchiveOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(null);
        private static readonly Options Archive = new("AiDigest.Archive.archive.txt");

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Archive;

        private sealed class Options(string? resource) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = resource ?? string.Empty;
                return resource is not null && key == "build_metadata.AdditionalFiles.AiDigestResource";
            }
        }
    }
}
