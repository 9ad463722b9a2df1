using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Diagnostics;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Input;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiDigest.Generators.Analyzer;

/// <summary>
/// Checks the constant arguments of the generated lookups (<c>Digest.Papers.ByArxivId("2505.02835")</c>,
/// <c>ByRepository</c>, <c>ByTitle</c>, <c>ById</c> and their <c>TryGet…</c> twins) against the dataset: an unknown
/// key is a warning at the argument, with the closest key as a suggestion.
/// </summary>
/// <remarks>
/// It parses nothing: the generated code carries each lookup's keys as a string constant (see
/// <see cref="GeneratedLookups"/>), and the analyzer reads the constant the compilation already holds. It registers
/// nothing when the compilation declares no generated catalog, looks only at invocations of the lookup methods, and
/// reads a lookup's keys once per compilation, the first time that lookup has a constant argument.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DigestLookupAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.Lookups;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var options = GeneratorOptions.From(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, DigestTypesEmitter.TypeNames);
        var lookups = LookupMethods.In(start.Compilation, options.Namespace);
        if (lookups.Count == 0) return;

        var keys = new GeneratedKeys(start.Compilation, options);
        start.RegisterOperationAction(context => AnalyzeInvocation(context, lookups, keys), OperationKind.Invocation);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, Dictionary<IMethodSymbol, LookupKind> lookups, GeneratedKeys keys)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!lookups.TryGetValue(invocation.TargetMethod.OriginalDefinition, out var kind)) return;
        if (LookupMethods.ConstantKey(invocation) is not { } argument) return;

        var value = (string)argument.Value.ConstantValue.Value!;
        var set = keys.For(kind);
        if (set is null || set.Contains(value)) return;

        var suggestion = set.Suggest(value);
        var properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.SuggestionProperty, suggestion);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor(kind), argument.Value.Syntax.GetLocation(), properties, value, suggestion is null ? string.Empty : "; did you mean '" + suggestion + "'?"));
    }

    private static DiagnosticDescriptor Descriptor(LookupKind kind) => kind switch
    {
        LookupKind.ArxivId => DiagnosticDescriptors.UnknownArxivId,
        LookupKind.Repository => DiagnosticDescriptors.UnknownRepository,
        LookupKind.ArticleTitle => DiagnosticDescriptors.UnknownArticleTitle,
        LookupKind.ArticleId => DiagnosticDescriptors.UnknownArticleId,
        _ => DiagnosticDescriptors.UnknownPaperTitle,
    };

    /// <summary>Each lookup's keys, read from the generated constants of one compilation on first use (thread-safe).</summary>
    private sealed class GeneratedKeys
    {
        private readonly Compilation _compilation;
        private readonly GeneratorOptions _options;
        private readonly Dictionary<LookupKind, Lazy<LookupKeySet?>> _sets = new();

        public GeneratedKeys(Compilation compilation, GeneratorOptions options)
        {
            _compilation = compilation;
            _options = options;
            foreach (var kind in GeneratedLookups.Kinds)
            {
                _sets[kind] = new Lazy<LookupKeySet?>(() => Read(kind), LazyThreadSafetyMode.ExecutionAndPublication);
            }
        }

        /// <summary>The keys of a lookup; null when the compilation has no such constant (then nothing is checked).</summary>
        public LookupKeySet? For(LookupKind kind) => _sets[kind].Value;

        private LookupKeySet? Read(LookupKind kind) =>
            GeneratedConstants.Read(_compilation, _options, GeneratedLookups.ConstantName(kind)) is { } table
                ? LookupKeySet.From(kind, table)
                : null;
    }
}
