namespace AiDigest.Generators.Model;

/// <summary>
/// The ids of archive problems. The parser reports them as data; <c>DiagnosticDescriptors</c> gives each its
/// severity and message when the generator turns them into compiler diagnostics.
/// </summary>
internal static class DiagnosticIds
{
    public const string NoArticles = "AIDG0001";
    public const string InvalidCharacters = "AIDG0002";
    public const string UnrecognisedPrologue = "AIDG0003";
    public const string EmptyTitle = "AIDG0004";
    public const string EmptyArticle = "AIDG0005";
    public const string MissingSeparator = "AIDG0006";
    public const string UnclosedArticle = "AIDG0007";
    public const string TextAfterFooter = "AIDG0008";
    public const string DuplicateTitle = "AIDG0009";
    public const string MetadataValueNotUrl = "AIDG0010";
    public const string PaperTitleWithoutLink = "AIDG0011";
    public const string InvalidArxivId = "AIDG0012";
    public const string GitHubLinkWithoutRepository = "AIDG0013";
    public const string ReferenceNumbering = "AIDG0014";
    public const string InvalidArchiveName = "AIDG0102";
    public const string DuplicateArchiveName = "AIDG0103";
    public const string LanguageVersionTooOld = "AIDG0104";
}
