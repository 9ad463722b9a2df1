using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using AiDigest.Generators.Analyzer;

namespace AiDigest.Generators.Diagnostics;

/// <summary>
/// What <c>DigestLookupAnalyzer</c> reports: a lookup called with a constant the dataset does not have. Warnings
/// by default (code may test for absence on purpose); raise them to errors with <c>.editorconfig</c> or
/// <c>WarningsAsErrors</c>. The message's second argument is empty or <c>; did you mean '…'?</c>, and the
/// suggested key is also in the diagnostic's properties under <see cref="SuggestionProperty"/>.
/// </summary>
internal static class LookupDiagnosticDescriptors
{
    public const string SuggestionProperty = "Suggestion";

    private const string Category = "AiDigest.Usage";
    private const string HelpBase = "https://github.com/aidigest/AiDigest.Generators/blob/main/README.md#";

    private static DiagnosticDescriptor Create(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    public static readonly DiagnosticDescriptor UnknownArxivId = Create(
        "AIDG0201", "Unknown arXiv id",
        "No paper in the dataset has the arXiv id '{0}', so this lookup finds nothing{1}");

    public static readonly DiagnosticDescriptor UnknownRepository = Create(
        "AIDG0202", "Unknown GitHub repository",
        "No paper in the dataset links to the GitHub repository '{0}', so this lookup finds nothing{1}");

    public static readonly DiagnosticDescriptor UnknownArticleTitle = Create(
        "AIDG0203", "Unknown article title",
        "No article in the dataset is titled '{0}', so this lookup finds nothing{1}");

    public static readonly DiagnosticDescriptor UnknownArticleId = Create(
        "AIDG0204", "Unknown article id",
        "No article in the dataset has the id '{0}', so this lookup finds nothing{1}");

    public static readonly DiagnosticDescriptor UnknownPaperTitle = Create(
        "AIDG0205", "Unknown paper title",
        "No paper in the dataset is titled '{0}', so this lookup finds nothing{1}");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        UnknownArxivId, UnknownRepository, UnknownArticleTitle, UnknownArticleId, UnknownPaperTitle);
}
