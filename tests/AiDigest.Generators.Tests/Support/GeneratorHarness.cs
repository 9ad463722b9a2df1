using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDigest.Generators.Tests.Support;

/// <summary>An AdditionalFile held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// An AdditionalFile given as the bytes on disk, decoded as the compiler decodes a file: a byte-order mark decides
/// (UTF-8, UTF-16 or UTF-32, either byte order); without one, UTF-8, or <paramref name="encoding"/> when given (what
/// the compiler falls back to for bytes that are not UTF-8: the project's <c>CodePage</c>, or the system's code page,
/// which is UTF-8 with U+FFFD for each bad byte on .NET on Linux and a legacy code page on Windows).
/// </summary>
internal sealed class EncodedAdditionalText(string path, byte[] bytes, System.Text.Encoding? encoding = null) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(new MemoryStream(bytes), encoding, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>An AdditionalFile whose text is given already decoded, as a host decoded it (with the encoding it says it was decoded with).</summary>
internal sealed class DecodedAdditionalText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>Global (build_property.*) and per-file (build_metadata.*) options, as MSBuild would pass them.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new DictionaryOptions(perFile.TryGetValue(textFile.Path, out var options) ? options : new Dictionary<string, string>());

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }
            value = string.Empty;
            return false;
        }
    }
}

public enum TargetReferences
{
    Net100,
    Net80,
    Net472,
    NetStandard20,
}

/// <summary>A consumer compilation run through the generator, the way the compiler does it.</summary>
internal sealed class GeneratorHarness
{
    public const string ConsumerSource = """
        using System.Linq;

        public static class Probe
        {
            public static string Titles() => string.Join("|", AiDigest.Digest.Articles.Select(a => a.Title));
        }
        """;

    private readonly List<AdditionalText> _files = new();
    private readonly Dictionary<string, string> _global = new();
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _perFile = new();

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    public NullableContextOptions Nullable { get; set; } = NullableContextOptions.Enable;

    public TargetReferences References { get; set; } = TargetReferences.Net100;

    /// <summary><see cref="DocumentationMode.Diagnose"/> checks XML docs as a project with <c>GenerateDocumentationFile</c> does (CS1591).</summary>
    public DocumentationMode DocumentationMode { get; set; } = DocumentationMode.Parse;

    public string Consumer { get; set; } = ConsumerSource;

    public GeneratorHarness WithArchive(string path, string text, string? archiveMetadata = null)
    {
        _files.Add(new InMemoryAdditionalText(path, text));
        if (archiveMetadata is not null)
        {
            _perFile[path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.AiDigestArchive"] = archiveMetadata };
        }
        return this;
    }

    /// <summary>An archive as the bytes of its file (see <see cref="EncodedAdditionalText"/>).</summary>
    public GeneratorHarness WithArchiveBytes(string path, byte[] bytes, System.Text.Encoding? fallback = null)
    {
        _files.Add(new EncodedAdditionalText(path, bytes, fallback));
        return this;
    }

    /// <summary>An archive as a text already decoded (with the encoding it says it was decoded with).</summary>
    public GeneratorHarness WithArchiveText(string path, SourceText text) => WithArchiveFile(new DecodedAdditionalText(path, text));

    /// <summary>An archive as any additional file.</summary>
    public GeneratorHarness WithArchiveFile(AdditionalText file)
    {
        _files.Add(file);
        return this;
    }

    /// <summary>Sets <c>build_metadata.AdditionalFiles.{name}</c> of a file, as <c>CompilerVisibleItemMetadata</c> passes item metadata.</summary>
    public GeneratorHarness WithMetadata(string path, string name, string value)
    {
        var options = _perFile.TryGetValue(path, out var existing) ? new Dictionary<string, string>(existing) : new Dictionary<string, string>();
        options["build_metadata.AdditionalFiles." + name] = value;
        _perFile[path] = options;
        return this;
    }

    public GeneratorHarness WithProperty(string name, string value)
    {
        _global["build_property." + name] = value;
        return this;
    }

    /// <summary>The options as they stand now (a new provider each time, as the IDE gives one after an edit).</summary>
    public AnalyzerConfigOptionsProvider OptionsProvider => new TestOptionsProvider(
        new Dictionary<string, string>(_global),
        _perFile.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(pair.Value)));

    public CSharpParseOptions ParseOptions => new(LanguageVersion, DocumentationMode);

    public CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(Consumer, ParseOptions, path: "Probe.cs") },
            References switch
            {
                TargetReferences.Net100 => Net100.References.All,
                TargetReferences.Net80 => Net80.References.All,
                TargetReferences.Net472 => Net472.References.All,
                _ => NetStandard20.References.All,
            },
            // Warning level 9999 is every warning wave, as AnalysisLevel=latest gives SDK projects.
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Nullable, generalDiagnosticOption: ReportDiagnostic.Error, warningLevel: 9999)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    // Reference-assembly version notes, not problems of the generated code.
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

    public IReadOnlyList<AdditionalText> Files => _files;

    public GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new DigestGenerator().AsSourceGenerator() },
            _files,
            ParseOptions,
            OptionsProvider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; returns its result and the consumer compilation with the generated code in it.</summary>
    public (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) Run()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out var diagnostics);
        return (driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>The archives and options as an analyzer sees them (the same the generator was given).</summary>
    public AnalyzerOptions CreateAnalyzerOptions() =>
        new(_files.ToImmutableArray(), new TestOptionsProvider(_global, _perFile));

    /// <summary>Runs the generator, then <paramref name="analyzer"/> over the output compilation; returns the analyzer's diagnostics.</summary>
    public ImmutableArray<Diagnostic> RunAnalyzer(DiagnosticAnalyzer analyzer)
    {
        var (_, output, _) = Run();
        return output.WithAnalyzers(ImmutableArray.Create(analyzer), CreateAnalyzerOptions())
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>Compiler errors and warnings of the output compilation (warnings are errors here).</summary>
    public static IReadOnlyList<Diagnostic> CompileProblems(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Emits the compilation, loads it in a collectible context and calls a static string method of <c>Probe</c>.</summary>
    public static string Invoke(Compilation output, string method)
    {
        using var probe = new LoadedProbe(output);
        return probe.Text(method);
    }
}
