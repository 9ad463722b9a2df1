using System.Collections.Generic;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AiDigest.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the package reports. Archive problems are warnings by default: the build goes on with what
/// was recovered, and users raise or lower any of them with a <c>.globalconfig</c>, <c>WarningsAsErrors</c> or <c>NoWarn</c>.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string ArchiveCategory = "AiDigest.Archive";
    private const string ConfigurationCategory = "AiDigest.Configuration";
    private const string HelpBase = "https://github.com/aidigest/AiDigest.Generators/blob/main/README.md#";

    private static DiagnosticDescriptor Archive(string id, string title, string message) =>
        new(id, title, message, ArchiveCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    public static readonly DiagnosticDescriptor NoArticles = Archive(
        DiagnosticIds.NoArticles, "Archive has no article",
        "The archive '{0}' contains no article: start each article with a line '#Title' and end it with a line '....'");

    public static readonly DiagnosticDescriptor InvalidCharacters = Archive(
        DiagnosticIds.InvalidCharacters, "Archive text is not clean UTF-8",
        "The line contains {0}; save the archive as UTF-8 and remove control characters");

    public static readonly DiagnosticDescriptor UnrecognisedText = Archive(
        DiagnosticIds.UnrecognisedPrologue, "Text outside any article",
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

    public static readonly DiagnosticDescriptor InvalidOption = new(
        "AIDG0100", "Invalid AiDigest option",
        "The MSBuild property '{0}' has the value '{1}', which {2}; the default '{3}' is used",
        ConfigurationCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "aidg0100");

    public static readonly DiagnosticDescriptor GeneratorFailure = new(
        "AIDG0101", "AiDigest generator failed on an archive",
        "The generator could not process '{0}': {1}; please report this with the archive",
        ConfigurationCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "aidg0101");

    public static readonly DiagnosticDescriptor InvalidArchiveName = new(
        DiagnosticIds.InvalidArchiveName, "Invalid archive name",
        "The archive name '{0}' given to '{1}' is not a C# identifier (letters, digits and '_', not starting with a digit, not a keyword); the name '{2}' is used",
        ConfigurationCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "aidg0102");

    public static readonly DiagnosticDescriptor DuplicateArchiveName = new(
        DiagnosticIds.DuplicateArchiveName, "Two archives have the same name",
        "Another archive is already named '{0}'; '{1}' is named '{2}' instead: give each archive a distinct Name",
        ConfigurationCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "aidg0103");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = new(
        DiagnosticIds.LanguageVersionTooOld, "C# version too old for the generated dataset",
        "The generated dataset needs C# {1} or later but the project compiles with C# {0}; set <LangVersion> to 7.3 or later (nothing was generated)",
        ConfigurationCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "aidg0104");

    public static readonly DiagnosticDescriptor ArchiveTooLargeForLiterals = new(
        "AIDG0105", "Archive too large to compile its texts in",
        "The body texts of '{0}' exceed {1:N0} characters, too many to compile into the assembly, and were left empty; declare the archive with <AiDigestArchive Include=\"…\" /> so the package embeds it as a resource",
        ConfigurationCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "aidg0105");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(
        NoArticles, InvalidCharacters, UnrecognisedText, EmptyTitle, EmptyArticle, MissingSeparator, UnclosedArticle,
        TextAfterFooter, DuplicateTitle, MetadataValueNotUrl, PaperTitleWithoutLink, InvalidArxivId,
        GitHubLinkWithoutRepository, ReferenceNumbering, InvalidOption, GeneratorFailure, InvalidArchiveName, DuplicateArchiveName, LanguageVersionTooOld,
        ArchiveTooLargeForLiterals);

    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors) index.Add(descriptor.Id, descriptor);
        return index;
    }
}
