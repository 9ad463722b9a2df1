using System.Collections.Immutable;
using System.Reflection;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AiDigest.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the package reports, one descriptor per id of <see cref="DiagnosticIds"/>. Archive problems are
/// warnings by default: the build goes on with what was recovered, and users raise or lower any of them with a
/// <c>.globalconfig</c>, <c>WarningsAsErrors</c> or <c>NoWarn</c>. Each help link is the id's entry in
/// <c>docs/diagnostics.md</c>.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The diagnostics reference; every id has an anchor there (its lower-case id).</summary>
    public const string HelpBase = "https://github.com/aidigest/AiDigest.Generators/blob/main/docs/diagnostics.md#";

    /// <summary>The diagnostic property that carries a lookup diagnostic's suggested key (the code fix applies it).</summary>
    public const string SuggestionProperty = "Suggestion";

    private const string ArchiveCategory = "AiDigest.Archive";
    private const string ConfigurationCategory = "AiDigest.Configuration";
    private const string UsageCategory = "AiDigest.Usage";
    private const string CorrectionsCategory = "AiDigest.Corrections";

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Archive(string id, string title, string message) =>
        Create(id, ArchiveCategory, DiagnosticSeverity.Warning, title, message);

    private static DiagnosticDescriptor Configuration(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        Create(id, ConfigurationCategory, severity, title, message);

    /// <summary>
    /// A lookup called with a constant the dataset does not have. Warnings (code may test for absence on purpose).
    /// The message's second argument is empty or <c>; did you mean '…'?</c>; the suggested key is also in the
    /// diagnostic's properties under <see cref="SuggestionProperty"/>.
    /// </summary>
    private static DiagnosticDescriptor Usage(string id, string title, string message) =>
        Create(id, UsageCategory, DiagnosticSeverity.Warning, title, message);

    public static readonly DiagnosticDescriptor NoArticles = Archive(
        DiagnosticIds.NoArticles, "Archive has no article",
        "The archive '{0}' contains no article: start each article with a line '#Title' and end it with a line '....'");

    /// <summary>What is wrong ({0}: a control character, U+FFFD, or a file not in Unicode) and what to do about it ({1}).</summary>
    public static readonly DiagnosticDescriptor InvalidCharacters = Archive(
        DiagnosticIds.InvalidCharacters, "Archive text is not clean Unicode",
        "{0}; {1}");

    public static readonly DiagnosticDescriptor UnrecognisedText = Archive(
        DiagnosticIds.UnrecognisedText, "Text outside any article",
        "'{0}' is outside any article and is not the page header; move it into an article or delete it (it is kept as stray text)");

    public static readonly DiagnosticDescriptor EmptyTitle = Archive(
        DiagnosticIds.EmptyTitle, "Article title is empty",
        "The title line has no title after '#'; write the title right after '#' (the article is kept with an empty title)");

    public static readonly DiagnosticDescriptor EmptyArticle = Archive(
        DiagnosticIds.EmptyArticle, "Article has no body",
        "The article '{0}' has no text between its title and its separator; add its body or remove the title");

    public static readonly DiagnosticDescriptor MissingSeparator = Archive(
        DiagnosticIds.MissingSeparator, "Separator '....' missing before a title",
        "A new article '{0}' starts before the previous one was closed; add a line '....' before this title (the articles were split here)");

    public static readonly DiagnosticDescriptor UnclosedArticle = Archive(
        DiagnosticIds.UnclosedArticle, "Last article is not closed",
        "The article '{0}' is not closed by a line '....'; add one after its last line");

    public static readonly DiagnosticDescriptor TextAfterFooter = Archive(
        DiagnosticIds.TextAfterFooter, "Unexpected text after the footer",
        "'{0}' follows the site footer and belongs to no article; give it a '#Title' line or delete it (it is kept as stray text)");

    public static readonly DiagnosticDescriptor DuplicateTitle = Archive(
        DiagnosticIds.DuplicateTitle, "Two articles have the same title",
        "Another article is already titled '{0}'; both are kept with distinct ids, rename one if they are different articles");

    public static readonly DiagnosticDescriptor MetadataValueNotUrl = Archive(
        DiagnosticIds.MetadataValueNotUrl, "Paper metadata line without a link",
        "'{0}' should be followed by a URL but has '{1}'; write the link after the colon");

    public static readonly DiagnosticDescriptor PaperTitleWithoutLink = Archive(
        DiagnosticIds.PaperTitleWithoutLink, "Paper title without any link",
        "The paper '{0}' is named but its block has no link; add its paper or code link after the title line");

    public static readonly DiagnosticDescriptor InvalidArxivId = Archive(
        DiagnosticIds.InvalidArxivId, "Invalid arXiv identifier",
        "'{0}' is not a valid arXiv identifier (YYMM.NNNNN, optionally with a version); correct it");

    public static readonly DiagnosticDescriptor GitHubLinkWithoutRepository = Archive(
        DiagnosticIds.GitHubLinkWithoutRepository, "GitHub link names no repository",
        "'{0}' names no repository; link to https://github.com/owner/name");

    public static readonly DiagnosticDescriptor ReferenceNumbering = Archive(
        DiagnosticIds.ReferenceNumbering, "Reference numbering skips or repeats",
        "Reference '{0}' follows '{1}'; number the entries consecutively");

    public static readonly DiagnosticDescriptor BidiControl = Archive(
        DiagnosticIds.BidiControl, "Bidirectional control character in the archive",
        "The line contains {0}, a bidirectional control character that can make text display in another order than it is stored in (Trojan Source, CVE-2021-42574); remove it unless the text needs it (generated code holds it escaped)");

    public static readonly DiagnosticDescriptor StaleCorrection = Create(
        DiagnosticIds.StaleCorrection, CorrectionsCategory, DiagnosticSeverity.Warning, "Correction quotes text its line no longer holds",
        "The correction quotes '{0}', which line {1} no longer holds (it reads '{2}'); the correction is not applied: give the line's new number or delete the correction");

    public static readonly DiagnosticDescriptor CorrectionOutOfRange = Create(
        DiagnosticIds.CorrectionOutOfRange, CorrectionsCategory, DiagnosticSeverity.Warning, "Correction names a line outside any article",
        "The correction '{0}' is not applied: {1}");

    public static readonly DiagnosticDescriptor UnknownCorrection = Create(
        DiagnosticIds.UnknownCorrection, CorrectionsCategory, DiagnosticSeverity.Warning, "Correction cannot be read",
        "The correction '{0}' cannot be read and is not applied: {1}");

    public static readonly DiagnosticDescriptor ContradictoryCorrection = Create(
        DiagnosticIds.ContradictoryCorrection, CorrectionsCategory, DiagnosticSeverity.Warning, "Two corrections contradict each other",
        "The correction '{0}' contradicts '{1}' before it, which is the one applied; delete one of them");

    public static readonly DiagnosticDescriptor RedundantCorrection = Create(
        DiagnosticIds.RedundantCorrection, CorrectionsCategory, DiagnosticSeverity.Info, "Correction the rules already agree with",
        "The rules already read line {1} as '{0}' says; the correction can be deleted");

    public static readonly DiagnosticDescriptor InvalidOption = Configuration(
        DiagnosticIds.InvalidOption, "Invalid AiDigest option",
        "The MSBuild property '{0}' has the value '{1}', which {2}; the default '{3}' is used");

    public static readonly DiagnosticDescriptor GeneratorFailure = Configuration(
        DiagnosticIds.GeneratorFailure, "AiDigest generator failed on an archive",
        "The generator could not process '{0}': {1}; please report this with the archive");

    public static readonly DiagnosticDescriptor InvalidArchiveName = Configuration(
        DiagnosticIds.InvalidArchiveName, "Invalid archive name",
        "The archive name '{0}' given to '{1}' is not a C# identifier (letters, digits and '_', not starting with a digit, not a keyword); the name '{2}' is used");

    public static readonly DiagnosticDescriptor DuplicateArchiveName = Configuration(
        DiagnosticIds.DuplicateArchiveName, "Two archives have the same name",
        "Another archive is already named '{0}'; '{1}' is named '{2}' instead: give each archive a distinct Name");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Configuration(
        DiagnosticIds.LanguageVersionTooOld, "C# version too old for the generated dataset",
        "The generated dataset needs C# {1} or later but the project compiles with C# {0}; set <LangVersion> to {1} or later (nothing was generated)",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ArchiveTooLargeForLiterals = Configuration(
        DiagnosticIds.ArchiveTooLargeForLiterals, "Archive too large to compile its texts in",
        "The body texts of '{0}' exceed {1} characters, too many to compile into the assembly, and were left empty; declare the archive with <AiDigestArchive Include=\"…\" /> so the package embeds it as a resource");

    public static readonly DiagnosticDescriptor TextTooLongToCompile = Configuration(
        DiagnosticIds.TextTooLongToCompile, "Text too long to compile into the dataset",
        "This {0} is {1} characters long, and the dataset's texts would not fit in the assembly's string heap (CS8103); it was cut to {2} characters in the dataset (the archive keeps it whole)");

    public static readonly DiagnosticDescriptor UnknownArxivId = Usage(
        DiagnosticIds.UnknownArxivId, "Unknown arXiv id",
        "No paper in the dataset has the arXiv id '{0}', so this lookup finds nothing{1}");

    public static readonly DiagnosticDescriptor UnknownRepository = Usage(
        DiagnosticIds.UnknownRepository, "Unknown GitHub repository",
        "No paper in the dataset links to the GitHub repository '{0}', so this lookup finds nothing{1}");

    public static readonly DiagnosticDescriptor UnknownArticleTitle = Usage(
        DiagnosticIds.UnknownArticleTitle, "Unknown article title",
        "No article in the dataset is titled '{0}', so this lookup finds nothing{1}");

    public static readonly DiagnosticDescriptor UnknownArticleId = Usage(
        DiagnosticIds.UnknownArticleId, "Unknown article id",
        "No article in the dataset has the id '{0}', so this lookup finds nothing{1}");

    public static readonly DiagnosticDescriptor UnknownPaperTitle = Usage(
        DiagnosticIds.UnknownPaperTitle, "Unknown paper title",
        "No paper in the dataset is titled '{0}', so this lookup finds nothing{1}");

    /// <summary>Every descriptor above, by id: read from the fields themselves, so a new descriptor needs no list.</summary>
    public static ImmutableDictionary<string, DiagnosticDescriptor> ById { get; } = Declared();

    /// <summary>What the lookup analyzer reports.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Lookups { get; } = ImmutableArray.Create(
        UnknownArxivId, UnknownRepository, UnknownArticleTitle, UnknownArticleId, UnknownPaperTitle);

    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    private static ImmutableDictionary<string, DiagnosticDescriptor> Declared()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>();
        foreach (var field in typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is DiagnosticDescriptor descriptor) builder.Add(descriptor.Id, descriptor);
        }
        return builder.ToImmutable();
    }
}
