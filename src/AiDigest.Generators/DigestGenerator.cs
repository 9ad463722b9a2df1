using System;
using System.Linq;
using System.Threading;
using AiDigest.Generators.Diagnostics;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Input;

namespace AiDigest.Generators;

/// <summary>
/// Wires the pipeline and nothing else: select archive files, parse each on its own (cached per file), report
/// each file's diagnostics, and emit the types (options only) and the data (all archives).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DigestGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names for the pipeline steps, used by the caching tests.</summary>
    public static class Steps
    {
        public const string Options = nameof(Options);
        public const string ArchiveFiles = nameof(ArchiveFiles);
        public const string Parse = nameof(Parse);
        public const string Dataset = nameof(Dataset);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(Steps.Options);

        var languageVersion = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : int.MaxValue);

        // Two facts about the consumer's references, as bools: the compilation changes on every edit, these almost never.
        var features = context.CompilationProvider
            .Select(static (compilation, _) => new CompilationFeatures(
                HasAccessibleType(compilation, "System.Collections.Frozen.FrozenDictionary`2") && HasAccessibleType(compilation, "System.Collections.Frozen.FrozenDictionary"),
                HasAccessibleType(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute")));

        var emitOptions = options.Combine(languageVersion).Combine(features)
            .Select(static (pair, _) => pair.Left.Left.ToEmitOptions(pair.Left.Right) with
            {
                HasFrozenCollections = pair.Right.FrozenCollections,
                HasNotNullWhen = pair.Right.NotNullWhen,
            });

        var archives = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ArchiveCandidate.From(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Where(static candidate => candidate.IsArchive)
            .Select(static (candidate, cancellationToken) => ArchiveContent.Read(candidate.File, candidate.RequestedName, candidate.ResourceName, cancellationToken))
            .WithTrackingName(Steps.ArchiveFiles)
            .Select(static (file, cancellationToken) => Parse(file, cancellationToken))
            .WithTrackingName(Steps.Parse);

        context.RegisterSourceOutput(archives, static (production, archive) => ReportArchiveDiagnostics(production, archive));
        context.RegisterSourceOutput(options, static (production, generatorOptions) => ReportOptionProblems(production, generatorOptions));

        context.RegisterSourceOutput(emitOptions, static (production, emit) =>
        {
            if (!emit.SupportsGeneratedCode)
            {
                production.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LanguageVersionTooOld, Location.None, emit.LanguageVersion, EmitOptions.MinimumLanguageVersion));
                return;
            }
            production.AddSource(DigestTypesEmitter.HintName, SourceText.From(DigestTypesEmitter.Emit(emit), System.Text.Encoding.UTF8));
        });

        var dataset = archives.Collect().WithTrackingName(Steps.Dataset);
        context.RegisterSourceOutput(dataset.Combine(emitOptions), static (production, pair) =>
        {
            production.CancellationToken.ThrowIfCancellationRequested();
            if (!pair.Right.SupportsGeneratedCode) return;
            var built = DigestDataset.Build(pair.Left);
            ReportRenamedArchives(production, built);
            var (source, textsOmitted) = DigestDataEmitter.Emit(built, pair.Right);
            foreach (var archive in textsOmitted)
            {
                production.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ArchiveTooLargeForLiterals, FileLocation(archive.FilePath), archive.FileName, TextStorage.MaxLiteralCharacters));
            }
            production.AddSource(DigestDataEmitter.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
        });
    }

    /// <summary>What the consumer's references offer the generated code.</summary>
    private readonly record struct CompilationFeatures(bool FrozenCollections, bool NotNullWhen);

    private static bool HasAccessibleType(Compilation compilation, string metadataName)
    {
        var type = compilation.GetTypeByMetadataName(metadataName);
        return type is not null && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
    }

    /// <summary>An AdditionalFile, whether it is an archive and the name its metadata asks for; compared by the file object, so unchanged files stay cached.</summary>
    private readonly record struct ArchiveCandidate(AdditionalText File, bool IsArchive, string? RequestedName, string? ResourceName)
    {
        public static ArchiveCandidate From(AdditionalText file, AnalyzerConfigOptions fileOptions) =>
            ArchiveSelection.IsArchive(file.Path, fileOptions)
                ? new ArchiveCandidate(file, true, ArchiveSelection.RequestedName(fileOptions), ArchiveSelection.ResourceName(fileOptions))
                : new ArchiveCandidate(file, false, null, null);
    }

    private static ArchiveModel Parse(ArchiveContent archive, CancellationToken cancellationToken)
    {
        var file = archive.File;
        try
        {
            var sourceText = file.GetText(cancellationToken);
            var lines = ArchiveText.Split(sourceText, cancellationToken);

            // The compiler falls back to a legacy code page for bytes that are not UTF-8: say so, and do not read
            // byte ranges of such a file at run time (they would not match the text parsed here).
            var encoding = sourceText?.Encoding;
            var isUtf8 = encoding is null || encoding.CodePage == 65001;
            var embedded = isUtf8 && archive.ResourceName is not null;
            var parsed = ArchiveParser.Parse(file.Path, lines, cancellationToken, includeBodyTexts: !embedded);
            if (!isUtf8)
            {
                var notUtf8 = new ArchiveDiagnostic(
                    DiagnosticIds.InvalidCharacters, new TextRange(0, 0, 0, 0, 0, 0),
                    new[] { "text that is not valid UTF-8 (it was read as " + encoding!.WebName + ")" }.ToEquatableArray());
                parsed = parsed with { Diagnostics = new[] { notUtf8 }.Concat(parsed.Diagnostics).ToEquatableArray() };
            }
            parsed = parsed with { ResourceName = embedded ? archive.ResourceName : null };
            return ArchiveNames.Apply(parsed, archive.RequestedName);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A parser bug must not take the consumer's build down (CS8785 drops every generated file).
            var fileName = ArchiveParser.FileNameOf(file.Path);
            var failure = new ArchiveDiagnostic(
                DiagnosticDescriptors.GeneratorFailure.Id,
                new TextRange(0, 0, 0, 0, 0, 0),
                new[] { fileName, exception.GetType().Name + ": " + exception.Message }.ToEquatableArray());
            var empty = new ArchiveModel(
                fileName, ArchiveNames.FromFileName(fileName), file.Path, null,
                EquatableArray<ElementModel>.Empty, EquatableArray<ArticleModel>.Empty, EquatableArray<ElementModel>.Empty,
                new[] { failure }.ToEquatableArray());
            return ArchiveNames.Apply(empty, archive.RequestedName);
        }
    }

    private static void ReportArchiveDiagnostics(SourceProductionContext production, ArchiveModel archive)
    {
        foreach (var diagnostic in archive.Diagnostics)
        {
            var descriptor = DiagnosticDescriptors.Find(diagnostic.Id);
            if (descriptor is null) continue;
            var span = diagnostic.Span;
            var location = Location.Create(
                archive.FilePath,
                new TextSpan(span.Start, span.Length),
                new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
            production.ReportDiagnostic(Diagnostic.Create(descriptor, location, ToArguments(diagnostic.Arguments)));
        }
    }

    private static void ReportRenamedArchives(SourceProductionContext production, DigestDataset dataset)
    {
        foreach (var renamed in dataset.Renamed)
        {
            var archive = renamed.Archive;
            production.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DuplicateArchiveName, FileLocation(archive.FilePath), renamed.RequestedName, archive.FileName, archive.Name));
        }
    }

    /// <summary>The start of an archive file, for problems of the archive as a whole.</summary>
    private static Location FileLocation(string path) =>
        Location.Create(path, default, new LinePositionSpan(default, default));

    private static void ReportOptionProblems(SourceProductionContext production, GeneratorOptions options)
    {
        foreach (var problem in options.Problems)
        {
            production.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidOption, Location.None, problem.Property, problem.Value, problem.Reason, problem.Default));
        }
    }

    private static object[] ToArguments(EquatableArray<string> arguments)
    {
        var result = new object[arguments.Count];
        for (var i = 0; i < result.Length; i++) result[i] = arguments[i];
        return result;
    }
}
