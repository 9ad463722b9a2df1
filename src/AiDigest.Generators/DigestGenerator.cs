using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Diagnostics;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Input;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Lines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDigest.Generators;

/// <summary>
/// Wires the pipeline and nothing else. Each stage is a folder: <c>Input</c> selects the archive files and reads
/// the options; <c>Parsing</c> turns each archive into its model on its own (cached per file); <c>Dataset</c>
/// combines the archives (names, ids, papers, indexes); <c>Emitting</c> writes the types (options only) and the
/// data (all archives). Problems travel as data and become located diagnostics only here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DigestGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names for the pipeline steps, used by the caching tests.</summary>
    public static class Steps
    {
        public const string Options = nameof(Options);
        public const string ArchiveFiles = nameof(ArchiveFiles);
        public const string Slots = nameof(Slots);
        public const string CorrectionsFiles = nameof(CorrectionsFiles);
        public const string ArchiveCorrections = nameof(ArchiveCorrections);
        public const string Parse = nameof(Parse);
        public const string Dataset = nameof(Dataset);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions, DigestTypesEmitter.TypeNames))
            .WithTrackingName(Steps.Options);

        var languageVersion = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => ConsumerFeatures.LanguageVersionOf(parseOptions));

        // Two facts about the consumer's references, as bools: the compilation changes on every edit, these almost never.
        var references = context.CompilationProvider
            .Select(static (compilation, _) => ConsumerFeatures.ReferencesOf(compilation));

        var emitOptions = options.Combine(languageVersion).Combine(references)
            .Select(static (pair, _) => EmitOptions.From(
                pair.Left.Left, new ConsumerFeatures(pair.Left.Right, pair.Right.FrozenCollections, pair.Right.NotNullWhen)));

        // Corrections files, each with its path and text; an archive's parse sees only its own, so editing one
        // re-parses only the archive it corrects.
        var corrections = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => CorrectionsSelection.IsCorrections(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => CorrectionsSelection.Read(pair.Left, cancellationToken))
            .WithTrackingName(Steps.CorrectionsFiles)
            .Collect();

        var archives = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ArchiveCandidate.From(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Where(static candidate => candidate.IsArchive)
            .Select(static (candidate, cancellationToken) => ArchiveInput.Read(candidate.File, candidate.RequestedName, candidate.ResourceName, cancellationToken))
            .WithTrackingName(Steps.ArchiveFiles)
            // The compiler server's generator cache gives its driver new file objects on every build: parsed in slots
            // decided by each file's path, a page added or removed re-parses that page alone (Input/ArchiveSlots.cs).
            .Collect()
            .SelectMany(static (inputs, _) => ArchiveSlots.Of(inputs))
            .WithTrackingName(Steps.Slots)
            .Combine(corrections)
            .Select(static (pair, _) => pair.Left is null ? null : new ParseInput(pair.Left, CorrectionsSelection.For(pair.Left.File, pair.Right)))
            .WithTrackingName(Steps.ArchiveCorrections)
            .Select(static (input, cancellationToken) => input is null ? null : Parse(input, cancellationToken))
            .WithTrackingName(Steps.Parse);

        context.RegisterSourceOutput(archives, static (production, archive) =>
        {
            if (archive is null) return;
            foreach (var diagnostic in archive.Diagnostics) Report(production, diagnostic.FilePath ?? archive.File.Path, diagnostic);
        });
        context.RegisterSourceOutput(options, static (production, generatorOptions) =>
        {
            foreach (var problem in generatorOptions.Problems)
            {
                production.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidOption, Location.None, problem.Property, problem.Value, problem.Reason, problem.Default));
            }
        });

        context.RegisterSourceOutput(emitOptions, static (production, emit) =>
        {
            if (!emit.SupportsGeneratedCode)
            {
                production.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LanguageVersionTooOld, Location.None, emit.LanguageVersion, EmitOptions.MinimumLanguageVersion));
                return;
            }
            production.AddSource(DigestTypesEmitter.HintName, SourceText.From(DigestTypesEmitter.Emit(emit), System.Text.Encoding.UTF8));
            foreach (var (name, text) in RuntimeTemplates.All)
            {
                production.AddSource(RuntimeTemplates.HintName(name), SourceText.From(RuntimeTemplates.Emit(text, emit), System.Text.Encoding.UTF8));
            }
        });

        var dataset = archives.Collect().WithTrackingName(Steps.Dataset);
        context.RegisterSourceOutput(dataset.Combine(emitOptions), static (production, pair) =>
        {
            production.CancellationToken.ThrowIfCancellationRequested();
            var built = DigestDataset.Build(Archives(pair.Left));
            foreach (var diagnostic in built.Diagnostics) Report(production, diagnostic.FilePath, diagnostic.Diagnostic);
            if (!pair.Right.SupportsGeneratedCode) return;
            var emitted = DigestDataEmitter.Emit(built, pair.Right, production.CancellationToken);
            foreach (var diagnostic in emitted.Diagnostics) Report(production, diagnostic.FilePath, diagnostic.Diagnostic);
            production.AddSource(DigestDataEmitter.HintName, SourceText.From(emitted.Source, System.Text.Encoding.UTF8));
        });
    }

    /// <summary>An AdditionalFile, whether it is an archive and what its metadata asks for; compared by the file object, so unchanged files stay cached.</summary>
    private readonly record struct ArchiveCandidate(AdditionalText File, bool IsArchive, string? RequestedName, string? ResourceName)
    {
        public static ArchiveCandidate From(AdditionalText file, AnalyzerConfigOptions fileOptions) =>
            ArchiveSelection.IsArchive(file.Path, fileOptions)
                ? new(file, true, ArchiveSelection.RequestedName(fileOptions), ArchiveSelection.ResourceName(fileOptions))
                : new(file, false, null, null);
    }

    /// <summary>The parsed archives, without the empty slots.</summary>
    private static IEnumerable<ArchiveModel> Archives(ImmutableArray<ArchiveModel?> slots)
    {
        foreach (var archive in slots)
        {
            if (archive is not null) yield return archive;
        }
    }

    private static ArchiveModel Parse(ParseInput parse, CancellationToken cancellationToken)
    {
        var input = parse.Archive;
        try
        {
            var lines = ArchiveText.Split(input.Text.GetText(cancellationToken), input.File.Encoding, cancellationToken);
            return ArchiveParser.Parse(input.File, lines, cancellationToken, corrections: parse.Corrections);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A parser bug must not take the consumer's build down (CS8785 drops every generated file).
            return ArchiveModel.Failed(input.File, ArchiveDiagnostic.AtStart(
                DiagnosticIds.GeneratorFailure, input.File.FileName, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static void Report(SourceProductionContext production, string filePath, ArchiveDiagnostic diagnostic)
    {
        if (DiagnosticDescriptors.Find(diagnostic.Id) is { } descriptor)
        {
            production.ReportDiagnostic(DiagnosticLocations.Create(descriptor, filePath, diagnostic));
        }
    }
}
