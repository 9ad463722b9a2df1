namespace AiDigest.Generators.Model;

/// <summary>
/// Every diagnostic id the package reports. Stages report problems as data under these ids; <c>DiagnosticDescriptors</c>
/// gives each its severity and message when the generator or the analyzer turns them into compiler diagnostics.
/// </summary>
internal static class DiagnosticIds
{
    // Problems in an archive's text (AIDG00xx), reported at their line and column.
    public const string NoArticles = "AIDG0001";
    public const string InvalidCharacters = "AIDG0002";
    public const string UnrecognisedText = "AIDG0003";
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
    public const string BidiControl = "AIDG0015";

    // Problems of the project's configuration (AIDG01xx).
    public const string InvalidOption = "AIDG0100";
    public const string GeneratorFailure = "AIDG0101";
    public const string InvalidArchiveName = "AIDG0102";
    public const string DuplicateArchiveName = "AIDG0103";
    public const string LanguageVersionTooOld = "AIDG0104";
    public const string ArchiveTooLargeForLiterals = "AIDG0105";
    public const string TextTooLongToCompile = "AIDG0107";

    /// <summary>Reported by the package's MSBuild targets, not by the generator: two archives share a file name.</summary>
    public const string ArchiveFileNamesCollide = "AIDG0106";

    // Problems in a corrections file (AIDG03xx), reported at their line and column of that file.
    public const string StaleCorrection = "AIDG0301";
    public const string CorrectionOutOfRange = "AIDG0302";
    public const string UnknownCorrection = "AIDG0303";
    public const string ContradictoryCorrection = "AIDG0304";
    public const string RedundantCorrection = "AIDG0305";

    // Lookups in the consumer's code (AIDG02xx), reported by the lookup analyzer at the argument.
    public const string UnknownArxivId = "AIDG0201";
    public const string UnknownRepository = "AIDG0202";
    public const string UnknownArticleTitle = "AIDG0203";
    public const string UnknownArticleId = "AIDG0204";
    public const string UnknownPaperTitle = "AIDG0205";
}
