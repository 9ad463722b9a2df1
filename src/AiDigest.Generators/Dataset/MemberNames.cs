using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Dataset;

/// <summary>
/// The names of the generated catalog members (<c>Digest.Articles.WorldMem</c>, <c>Digest.Papers.CSBrain</c>).
/// A member's name depends only on its own item, so adding or removing other items never renames it; only items
/// whose names collide are told apart, by <c>_2</c>, <c>_3</c>… in dataset order.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Characters C# allows in identifiers are kept as written (Latin, CJK and every other letter, digits,
/// <c>_</c>, combining marks); formatting characters (bidi controls, zero-width joiners, soft hyphens) and the
/// blank Hangul fillers are dropped (the compiler ignores the first when it compares names, and no one can see either); every other run (spaces, punctuation, emoji) becomes one <c>_</c>,
/// and leading and trailing <c>_</c> are trimmed.</item>
/// <item>Names are cut to <see cref="MaxLength"/> characters.</item>
/// <item>A name that cannot start an identifier (a digit, a combining mark) gets a leading <c>N</c>
/// (<c>N2025万篇投稿破纪录</c>); a name that is a member of the catalog type (<c>Count</c>, <c>ByTitle</c>…), of
/// <c>object</c>, or the catalog type's own name gets a trailing <c>_</c> (<c>Count_</c>); one that starts with an
/// accessor prefix (<c>get_</c>, <c>set_</c>) is capitalised (<c>Get_…</c>). No name starts with <c>_</c>, so a public
/// dataset stays CLS-compliant.</item>
/// <item>C# keywords are escaped with <c>@</c> where the member is declared (<c>@class</c>); the name is still <c>class</c>.</item>
/// </list>
/// </remarks>
internal static class MemberNames
{
    public const int MaxLength = 100;

    private static readonly ImmutableArray<string> ObjectMembers = ImmutableArray.Create("Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals");

    /// <summary>
    /// Names the catalogs declared before their list and lookup code moved to their base (<c>Runtime/Catalog.cs</c>):
    /// still reserved, so that no named member changes its name.
    /// </summary>
    public static readonly ImmutableArray<string> FormerCatalogMembers = ImmutableArray.Create("items", "byTitle", "byId", "byArxivId", "byRepository");

    /// <summary>
    /// Every member <c>ArticleCatalog</c> declares or inherits (but the base's private ones) besides the named ones,
    /// its own name and <see cref="FormerCatalogMembers"/> (a test holds this to what the emitter declares).
    /// </summary>
    public static readonly ImmutableArray<string> ArticleCatalogReserved = Reserved(
        "ArticleCatalog", "Count", "Item", "GetEnumerator", "ByTitle", "TryGetByTitle", "ById", "TryGetById", "Citing",
        "Find", "TryFind", "TextKey", "ArxivIdKey", "RepositoryKey",
        "items", "byTitle", "byId");

    /// <summary>
    /// Every member <c>PaperCatalog</c> declares or inherits (but the base's private ones) besides the named ones, its
    /// own name and <see cref="FormerCatalogMembers"/> (a test holds this to what the emitter declares).
    /// </summary>
    public static readonly ImmutableArray<string> PaperCatalogReserved = Reserved(
        "PaperCatalog", "Count", "Item", "GetEnumerator", "ByArxivId", "TryGetByArxivId", "ByRepository", "TryGetByRepository",
        "ByTitle", "TryGetByTitle", "WithCode", "Find", "TryFind", "TextKey", "ArxivIdKey", "RepositoryKey",
        "items", "byArxivId", "byRepository", "byTitle", "withCode");

    /// <summary>The names of the articles' members, in dataset order.</summary>
    public static IReadOnlyList<string> ForArticles(IReadOnlyList<DatasetArticle> articles)
    {
        var names = new List<string>(articles.Count);
        foreach (var entry in articles) names.Add(ArticleBaseName(entry.Article.Title));
        return Disambiguate(names, ArticleCatalogReserved);
    }

    /// <summary>The names of the papers' members, in dataset order.</summary>
    public static IReadOnlyList<string> ForPapers(IReadOnlyList<DatasetPaper> papers)
    {
        var names = new List<string>(papers.Count);
        foreach (var entry in papers) names.Add(PaperBaseName(entry.Paper));
        return Disambiguate(names, PaperCatalogReserved);
    }

    /// <summary>An article's name before collisions are resolved: its title, else <c>Article_</c> and the title's first code points.</summary>
    public static string ArticleBaseName(string title)
    {
        var name = Identifier(title);
        return name.Length > 0 ? name : Fallback("Article", title);
    }

    /// <summary>
    /// A paper's name before collisions are resolved: the part of its title before the first colon
    /// (<c>WorldMem: Long-term …</c> → <c>WorldMem</c>) or the whole title; else its arXiv id
    /// (<c>Arxiv_2505_02835</c>); else its code repository's name; else its paper link; else <c>Paper_</c> and code points.
    /// </summary>
    public static string PaperBaseName(PaperModel paper)
    {
        if (paper.Title is not null)
        {
            var colon = paper.Title.IndexOfAny(new[] { ':', ':' });
            if (colon > 0)
            {
                var head = Identifier(paper.Title.Substring(0, colon));
                if (head.Length > 0) return head;
            }
            var whole = Identifier(paper.Title);
            if (whole.Length > 0) return whole;
        }
        if (paper.ArxivId is not null)
        {
            var id = Identifier("Arxiv " + paper.ArxivId);
            if (id.Length > "Arxiv".Length) return id;
        }
        if (paper.CodeUrl is not null)
        {
            var repository = Text.Urls.GitHubRepository(paper.CodeUrl);
            var code = Identifier(repository is null ? WithoutScheme(paper.CodeUrl) : repository.Substring(repository.IndexOf('/') + 1));
            if (code.Length > 0) return code;
        }
        if (paper.PaperUrl is not null)
        {
            var link = Identifier(WithoutScheme(paper.PaperUrl));
            if (link.Length > 0) return link;
        }
        return Fallback("Paper", paper.Title ?? string.Empty);
    }

    /// <summary>
    /// The identifier characters of <paramref name="text"/>, runs of anything else as one <c>_</c>, trimmed, cut to
    /// <see cref="MaxLength"/>, with a leading <c>N</c> when it cannot start an identifier; empty when nothing is left.
    /// </summary>
    public static string Identifier(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        var separator = false;
        foreach (var c in text)
        {
            if (HiddenCharacters.IsInvisible(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            if (c != '_' && !char.IsSurrogate(c) && SyntaxFacts.IsIdentifierPartCharacter(c))
            {
                if (separator && builder.Length > 0) builder.Append('_');
                separator = false;
                builder.Append(c);
                if (builder.Length >= MaxLength) break;
            }
            else
            {
                separator = true;
            }
        }
        if (builder.Length > MaxLength) builder.Length = MaxLength;
        while (builder.Length > 0 && builder[builder.Length - 1] == '_') builder.Length--;
        // "N" rather than "_": identifiers starting with '_' are not CLS-compliant (CS3008 in a public dataset).
        if (builder.Length > 0 && !SyntaxFacts.IsIdentifierStartCharacter(builder[0])) builder.Insert(0, 'N');
        return builder.ToString();
    }

    /// <summary>
    /// Final names in item order: reserved names are changed (see the rules above); the first item (in dataset order) with a
    /// name keeps it, later items with the same name get <c>_2</c>, <c>_3</c>… (skipping names other items have).
    /// </summary>
    public static IReadOnlyList<string> Disambiguate(IReadOnlyList<string> baseNames, IReadOnlyCollection<string> reserved)
    {
        var names = new string[baseNames.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = baseNames[i];
            if (name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal)) name = char.ToUpperInvariant(name[0]) + name.Substring(1);
            if (IsReserved(name, reserved)) name += "_";
            names[i] = name;
            taken.Add(name);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<int>();
        for (var i = 0; i < names.Length; i++)
        {
            if (!used.Add(names[i])) duplicates.Add(i);
        }
        // A suffix passed over for one duplicate stays taken or used for the next with the same name, so each name's
        // search resumes where its last one stopped: a paper cited on every page of a large archive costs linear time.
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in duplicates)
        {
            var name = names[i];
            var n = nextSuffix.TryGetValue(name, out var resume) ? resume : 2;
            var candidate = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            while (taken.Contains(candidate) || !used.Add(candidate))
            {
                n++;
                candidate = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            }
            nextSuffix[name] = n + 1;
            names[i] = candidate;
        }
        return names;
    }

    /// <summary>The name as it is written in a declaration: <c>@</c> before a C# keyword.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static bool IsReserved(string name, IReadOnlyCollection<string> reserved)
    {
        foreach (var member in reserved)
        {
            if (string.Equals(member, name, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary><c>Article_1F680</c>: the kind, then the hexadecimal code points of the first four non-space characters (<c>Untitled</c> when there are none).</summary>
    private static string Fallback(string kind, string text)
    {
        var builder = new StringBuilder(kind);
        var count = 0;
        for (var i = 0; i < text.Length && count < 4; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) continue;
            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[++i]);
            }
            builder.Append('_').Append(codePoint.ToString("X4", CultureInfo.InvariantCulture));
            count++;
        }
        if (count == 0) builder.Append("_Untitled");
        return builder.ToString();
    }

    private static string WithoutScheme(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return scheme >= 0 ? url.Substring(scheme + 3) : url;
    }

    private static ImmutableArray<string> Reserved(params string[] members) => ImmutableArray.Create(members).AddRange(ObjectMembers);
}
