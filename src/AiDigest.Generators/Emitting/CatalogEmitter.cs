using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Dataset;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// The queries' generated code: the catalogs <c>ArticleCatalog</c>, <c>PaperCatalog</c> and <c>LinkCatalog</c>
/// (read-only lists with lookups, derived from <c>Runtime/Catalog.cs</c>; <see cref="WriteTypes"/>, options only), their named members
/// (<see cref="WriteNamedMembers"/>, from the data) and <c>Digest.Search</c>. Catalog code names every type with
/// <c>global::</c>, since a named member may take any type's name (an article titled <c>Paper</c>).
/// </summary>
internal static class CatalogEmitter
{
    /// <summary>The catalog types, declared in the dataset's namespace.</summary>
    public static ImmutableArray<string> TypeNames { get; } = ImmutableArray.Create("ArticleCatalog", "PaperCatalog", "LinkCatalog");

    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    /// <summary>The dictionaries the catalogs' constructors take, one per lookup in the order of its methods here.</summary>
    public const string LookupDictionary = "global::System.Collections.Generic.IReadOnlyDictionary";

    /// <summary>
    /// The catalog types: each derives from <c>Runtime/Catalog.cs</c> (the list, its enumerators, how a lookup finds its
    /// item, the named members' assignment) and declares what depends on the options: its documentation, its
    /// constructor, and its lookups' signatures (annotated as the consumer's compiler allows), each a call of the base.
    /// Every member name here is in <see cref="MemberNames"/>' reserved lists.
    /// </summary>
    public static void WriteTypes(CodeWriter writer, EmitOptions options)
    {
        var ns = "global::" + options.Namespace + ".";
        var article = ns + "Article";
        var paper = ns + "Paper";
        var link = ns + "Link";

        WriteHead(writer, options, "ArticleCatalog", article,
            "Every article of the dataset, in dataset order: a read-only list, " + (options.NamedMembers ? "one member per article (named after its title) and " : string.Empty) + "lookups by title and id.",
            null, new[] { "TextKey", "TextKey" });
        WriteLookup(writer, options, article, 0, "ByTitle", "title", "article",
            "the article titled <paramref name=\"title\"/> (surrounding white space ignored, compared ordinally and case-insensitively); the first in dataset order when several share the title");
        WriteLookup(writer, options, article, 1, "ById", "id", "article",
            "the article whose <c>Id</c> is <paramref name=\"id\"/> (surrounding white space ignored, compared ordinally)");
        writer.Line();
        writer.Line("/// <summary>The articles that cite <paramref name=\"paper\"/>, in dataset order (the same as <c>paper.Articles</c>).</summary>");
        writer.Line("public " + ReadOnlyList + "<" + article + "> Citing(" + paper + " paper) => paper == null ? global::System.Array.Empty<" + article + ">() : paper.Articles;");
        writer.Close();

        writer.Line();
        WriteHead(writer, options, "PaperCatalog", paper,
            "The distinct papers cited in the dataset, in order of first citation: a read-only list, " + (options.NamedMembers ? "one member per paper (named after its title, else its arXiv id or its code repository) and " : string.Empty) + "lookups by arXiv id, repository and title.",
            ("withCode", ReadOnlyList + "<" + paper + ">"), new[] { "ArxivIdKey", "RepositoryKey", "TextKey" });
        WriteLookup(writer, options, paper, 0, "ByArxivId", "arxivId", "paper",
            "the paper with the arXiv id <paramref name=\"arxivId\"/>: <c>2505.02835</c>, <c>2505.02835v2</c> and <c>arXiv:2505.02835</c> all name the same paper");
        WriteLookup(writer, options, paper, 1, "ByRepository", "repository", "paper",
            "the paper whose own links (code, project, paper, demo or model) point into the GitHub repository <paramref name=\"repository\"/>, given as <c>owner/name</c> or as a github.com URL and compared case-insensitively; the first in dataset order when several do");
        WriteLookup(writer, options, paper, 2, "ByTitle", "title", "paper",
            "the paper titled <paramref name=\"title\"/> (the full title, surrounding white space ignored, compared ordinally and case-insensitively)");
        writer.Line();
        writer.Line("/// <summary>The papers with a code link, in dataset order.</summary>");
        writer.Line("public " + ReadOnlyList + "<" + paper + "> WithCode => this.withCode;");
        writer.Close();

        writer.Line();
        WriteHead(writer, options, "LinkCatalog", link,
            "Every link of every article, in dataset order: a read-only list and the links of each kind.",
            ("byKind", ReadOnlyList + "<" + link + ">[]"), null);
        writer.Line();
        writer.Line("/// <summary>The links of one kind, in dataset order.</summary>");
        writer.Open("public " + ReadOnlyList + "<" + link + "> ByKind(" + ns + "LinkKind kind)");
        writer.Line("var index = (int)kind;");
        writer.Line("return index >= 0 && index < this.byKind.Length ? this.byKind[index] : global::System.Array.Empty<" + link + ">();");
        writer.Close();
        writer.Close();
    }

    /// <summary>
    /// A catalog's declaration and constructor. With <paramref name="keys"/> (how each lookup's argument becomes a key,
    /// a constant of the base), the catalog has lookups and named members, set from the names the dataset passes.
    /// </summary>
    private static void WriteHead(CodeWriter writer, EmitOptions options, string name, string item, string doc, (string Name, string Type)? field, string[]? keys)
    {
        var catalog = "global::" + options.Namespace + ".Runtime.Catalog<" + item + ">";
        writer.Line("/// <summary>" + doc + "</summary>");
        writer.Line(GeneratedFileHeader.GeneratedCodeAttribute);
        writer.Line("[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]");
        writer.Open(options.Accessibility + " sealed partial class " + name + " : " + catalog);
        if (field is { } declared) writer.Line("private readonly " + declared.Type + " " + declared.Name + ";").Line();
        writer.Line("/// <summary>Used by the generated dataset only.</summary>");
        var parameters = item + "[] items"
            + (keys is null ? string.Empty : ", " + LookupDictionary + "<string, " + item + ">[] lookups")
            + (field is { } f ? ", " + f.Type + " " + f.Name : string.Empty)
            + (keys is null ? string.Empty : ", string memberNames");
        // The named members are set by reflection, not here: the compiler would say they are left null (CS8618).
        if (keys is not null && options.SupportsNullable) writer.Line("#nullable disable warnings");
        writer.Line("internal " + name + "(" + parameters + ")");
        writer.Open(keys is null
            ? "    : base(items)"
            : "    : base(items, lookups, new[] { " + string.Join(", ", keys.Select(k => catalog + "." + k)) + " }, typeof(global::" + options.Namespace + "." + name + ").GetFields(), memberNames)");
        if (field is { } assigned) writer.Line("this." + assigned.Name + " = " + assigned.Name + ";");
        writer.Close();
        if (keys is not null && options.SupportsNullable) writer.Line("#nullable enable warnings");
    }

    /// <summary><c>ByX(key)</c> returning null when absent, and <c>TryGetByX(key, out item)</c>: the base's lookup at <paramref name="position"/>.</summary>
    private static void WriteLookup(CodeWriter writer, EmitOptions options, string type, int position, string name, string parameter, string result, string doc)
    {
        var at = CSharpLiteral.Int(position);
        writer.Line();
        writer.Line("/// <summary>" + Capitalized(doc) + "; null when there is none.</summary>");
        writer.Line("public " + options.Nullable(type) + " " + name + "(string " + parameter + ") => this.Find(" + at + ", " + parameter + ");");
        writer.Line();
        writer.Line("/// <summary>Finds " + doc + "; returns whether there is one.</summary>");
        writer.Line("public bool TryGet" + name + "(string " + parameter + ", " + options.TryGetOut(type, result) + ") => this.TryFind(" + at + ", " + parameter + ", out " + result + ");");
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary><c>Digest.Search</c>: the articles' lines that <c>Runtime/LineSearch.cs</c> matches, as hits placed in their articles and sections.</summary>
    public static void WriteSearch(CodeWriter writer, EmitOptions options)
    {
        writer.Line("/// <summary>");
        writer.Line("/// Finds <paramref name=\"query\"/> in every article's title, lede, headings and text, line by line: ordinal comparison,");
        writer.Line("/// case-insensitive for letters that have case (Latin, Greek, Cyrillic; CJK is matched as written). One hit per matching");
        writer.Line("/// line, in dataset order; none for an empty query or one spanning lines.");
        writer.Line("/// </summary>");
        writer.Open("public static " + ReadOnlyList + "<SearchHit> Search(string query)");
        writer.Line("var hits = new global::System.Collections.Generic.List<SearchHit>();");
        writer.Line("if (!Runtime.LineSearch.IsSearchable(query)) return hits;");
        writer.Line("var articles = " + DigestDataEmitter.StorageClass + ".Articles;");
        writer.Open("for (var a = 0; a < articles.Count; a++)");
        writer.Line("var article = articles[a];");
        writer.Line("if (Runtime.LineSearch.Contains(article.Title, query)) hits.Add(new SearchHit(article, null, article.Line, SearchField.Title, article.Title));");
        writer.Line("var lines = " + DigestDataEmitter.StorageClass + ".TextLines[a];");
        writer.Line("var sections = article.Sections;");
        writer.Line("var section = -1;");
        writer.Open("foreach (var match in Runtime.LineSearch.Lines(article.Text, query))");
        writer.Line("var line = lines[match.LineIndex];");
        writer.Line("while (section + 1 < sections.Count && sections[section + 1].Line <= line) section++;");
        writer.Line("var field = SearchField.Text;");
        writer.Line("if (match.LineIndex == 0 && article.Lede != null) field = SearchField.Lede;");
        writer.Line("else if (section >= 0 && sections[section].Line == line) field = SearchField.Heading;");
        writer.Line("hits.Add(new SearchHit(article, section >= 0 ? sections[section] : null, line, field, match.Text));");
        writer.Close();
        writer.Close();
        writer.Line("return hits;");
        writer.Close();
    }

    /// <summary>
    /// The catalogs' named members: one readonly field per article and per paper, documented with what it is and
    /// where, filled when the catalog is built (<c>Runtime/NamedMembers.cs</c>). Fields rather than properties: the
    /// compiler declares a field, where a property is a method body to bind, flow-analyse and emit, thousands of
    /// times over. Their annotations stay (non-null), without warnings for a field no constructor assigns.
    /// </summary>
    public static void WriteNamedMembers(CodeWriter writer, DigestDataset dataset, DatasetIndex index, EmitOptions options)
    {
        var ns = "global::" + options.Namespace + ".";
        writer.Line("#pragma warning disable CS0649 // Assigned when the catalog is built, by Runtime.NamedMembers.");
        if (options.SupportsNullable) writer.Line("#nullable enable annotations");
        writer.Open("partial class ArticleCatalog");
        for (var i = 0; i < dataset.Articles.Count; i++)
        {
            var entry = dataset.Articles[i];
            var article = entry.Article;
            if (i > 0) writer.Line();
            Documentation(writer,
                article.Title.Length == 0 ? "(untitled)" : article.Title + (article.Lede is null ? string.Empty : ": " + article.Lede),
                entry.Archive.File.FileName + ", line " + CSharpLiteral.Int(article.Line) + ".");
            writer.Line("public readonly " + ns + "Article " + MemberNames.Escape(index.ArticleMembers[i]) + ";");
        }
        writer.Close();
        writer.Line();
        writer.Open("partial class PaperCatalog");
        for (var i = 0; i < dataset.Papers.Count; i++)
        {
            var paper = dataset.Papers[i].Paper;
            if (i > 0) writer.Line();
            Documentation(writer,
                paper.Title ?? (paper.ArxivId is not null ? "arXiv:" + paper.ArxivId : paper.CodeUrl ?? paper.PaperUrl ?? "(untitled paper)"),
                PaperFacts(dataset, dataset.Papers[i]));
            writer.Line("public readonly " + ns + "Paper " + MemberNames.Escape(index.PaperMembers[i]) + ";");
        }
        writer.Close();
        if (options.SupportsNullable) writer.Line("#nullable enable");
        writer.Line("#pragma warning restore CS0649");
    }

    /// <summary>
    /// What the item is, and where, both in the summary: completion lists show only the summary (Quick Info shows
    /// remarks too), and where an article is matters when choosing one.
    /// </summary>
    private static void Documentation(CodeWriter writer, string what, string where) =>
        writer.Line("/// <summary>" + CSharpLiteral.XmlDoc(what) + "<para>" + CSharpLiteral.XmlDoc(where) + "</para></summary>");

    private static string PaperFacts(DigestDataset dataset, DatasetPaper entry)
    {
        var paper = entry.Paper;
        var facts = new List<string>();
        if (paper.ArxivId is not null) facts.Add("arXiv:" + paper.ArxivId);
        if (paper.CodeUrl is not null) facts.Add("code " + paper.CodeUrl);
        var first = entry.CitingArticles.Count > 0 ? dataset.Articles[entry.CitingArticles[0]] : null;
        var cited = first is null ? string.Empty
            : "Cited in " + first.Archive.File.FileName + ", line " + CSharpLiteral.Int(paper.Line) + " (" + first.Article.Title + ")"
              + (entry.CitingArticles.Count > 1 ? " and " + CSharpLiteral.Int(entry.CitingArticles.Count - 1) + " more article(s)" : string.Empty) + ".";
        return (facts.Count > 0 ? string.Join(", ", facts) + ". " : string.Empty) + cited;
    }
}
