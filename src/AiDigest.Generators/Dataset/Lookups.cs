using AiDigest.Generators.Runtime;

namespace AiDigest.Generators.Dataset;

/// <summary>The lookups of the generated catalogs (<c>Papers.ByArxivId</c>, <c>Articles.ByTitle</c>…).</summary>
internal enum LookupKind
{
    ArticleTitle,
    ArticleId,
    ArxivId,
    Repository,
    PaperTitle,
}

/// <summary>
/// What each lookup compares and how: the one definition the generated dictionaries, the lookup analyzer and its
/// code fixes share.
/// </summary>
internal static class Lookups
{
    /// <summary>Whether the lookup compares keys ordinally ignoring case (titles, repositories) or ordinally (ids).</summary>
    public static bool IgnoresCase(LookupKind kind) => kind is LookupKind.ArticleTitle or LookupKind.Repository or LookupKind.PaperTitle;

    /// <summary>A key as the lookup normalises its argument (<see cref="LookupKeys"/>, the same code at run time).</summary>
    public static string Normalize(LookupKind kind, string value) => kind switch
    {
        LookupKind.ArxivId => LookupKeys.ArxivId(value),
        LookupKind.Repository => LookupKeys.Repository(value),
        _ => LookupKeys.Text(value),
    };

    /// <summary>Whether the lookup finds papers (else articles).</summary>
    public static bool FindsPapers(LookupKind kind) => kind is LookupKind.ArxivId or LookupKind.Repository or LookupKind.PaperTitle;
}
