using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Dataset;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// The queries' generated code: the catalogs <c>ArticleCatalog</c>, <c>PaperCatalog</c> and <c>LinkCatalog</c>
/// (read-only lists with lookups; <see cref="WriteTypes"/>, options only), their named members
/// (<see cref="WriteNamedMembers"/>, from the data) and <c>Digest.Search</c>. Catalog code names every type with
/// <c>global::</c>, since a named member may take any type's name (an article titled <c>Paper</c>).
/// </summary>
internal static class CatalogEmitter
{
    /// <summary>The catalog types, declared in the dataset's namespace.</summary>
    public static ImmutableArray<string> TypeNames { get; } = ImmutableArray.Create("ArticleCatalog", "PaperCatalog", "LinkCatalog");

    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    /// <summary>The catalog types and what they declare; every member name here is in <see cref="MemberNames"/>' reserved lists.</summary>
    public static void WriteTypes(CodeWriter writer, EmitOptions options)
    {
        var ns = "global::" + options.Namespace + ".";
        var article = ns + "Article";
        var paper = ns + "Paper";
        var link = ns + "Link";
        var dictionary = options.DictionaryType;
        var lookupKeys = "global::" + options.Namespace + ".Runtime.LookupKeys";

        WriteListHead(writer, options, "ArticleCatalog", article,
            "Every article of the dataset, in dataset order: a read-only list, " + (options.NamedMembers ? "one member per article (named after its title) and " : string.Empty) + "lookups by title and id.",
            new[] { ("byTitle", dictionary + "<string, " + article + ">"), ("byId", dictionary + "<string, " + article + ">") },
            hasNamedMembers: true);
        WriteLookup(writer, options, article, "ByTitle", "title", "article", "this.byTitle", lookupKeys + ".Text(title)",
            "the article titled <paramref name=\"title\"/> (surrounding white space ignored, compared ordinally and case-insensitively); the first in dataset order when several share the title");
        WriteLookup(writer, options, article, "ById", "id", "article", "this.byId", lookupKeys + ".Text(id)",
            "the article whose <c>Id</c> is <paramref name=\"id\"/> (surrounding white space ignored, compared ordinally)");
        writer.Line();
        writer.Line("/// <summary>The articles that cite <paramref name=\"paper\"/>, in dataset order (the same as <c>paper.Articles</c>).</summary>");
        writer.Line("public " + ReadOnlyList + "<" + article + "> Citing(" + paper + " paper) => paper == null ? global::System.Array.Empty<" + article + ">() : paper.Articles;");
        writer.Close();

        writer.Line();
        WriteListHead(writer, options, "PaperCatalog", paper,
            "The distinct papers cited in the dataset, in order of first citation: a read-only list, " + (options.NamedMembers ? "one member per paper (named after its title, else its arXiv id or its code repository) and " : string.Empty) + "lookups by arXiv id, repository and title.",
            new[]
            {
                ("byArxivId", dictionary + "<string, " + paper + ">"), ("byRepository", dictionary + "<string, " + paper + ">"),
                ("byTitle", dictionary + "<string, " + paper + ">"), ("withCode", ReadOnlyList + "<" + paper + ">"),
            },
            hasNamedMembers: true);
        WriteLookup(writer, options, paper, "ByArxivId", "arxivId", "paper", "this.byArxivId", lookupKeys + ".ArxivId(arxivId)",
            "the paper with the arXiv id <paramref name=\"arxivId\"/>: <c>2505.02835</c>, <c>2505.02835v2</c> and <c>arXiv:2505.02835</c> all name the same paper");
        WriteLookup(writer, options, paper, "ByRepository", "repository", "paper", "this.byRepository", lookupKeys + ".Repository(repository)",
            "the paper whose own links (code, project, paper, demo or model) point into the GitHub repository <paramref name=\"repository\"/>, given as <c>owner/name</c> or as a github.com URL and compared case-insensitively; the first in dataset order when several do");
        WriteLookup(writer, options, paper, "ByTitle", "title", "paper", "this.byTitle", lookupKeys + ".Text(title)",
            "the paper titled <paramref name=\"title\"/> (the full title, surrounding white space ignored, compared ordinally and case-insensitively)");
        writer.Line();
        writer.Line("/// <summary>The papers with a code link, in dataset order.</summary>");
        writer.Line("public " + ReadOnlyList + "<" + paper + "> WithCode => this.withCode;");
        writer.Close();

        writer.Line();
        WriteListHead(writer, options, "LinkCatalog", link,
            "Every link of every article, in dataset order: a read-only list and the links of each kind.",
            new[] { ("byKind", ReadOnlyList + "<" + link + ">[]") });
        writer.Line();
        writer.Line("/// <summary>The links of one kind, in dataset order.</summary>");
        writer.Open("public " + ReadOnlyList + "<" + link + "> ByKind(" + ns + "LinkKind kind)");
        writer.Line("var index = (int)kind;");
        writer.Line("return index >= 0 && index < this.byKind.Length ? this.byKind[index] : global::System.Array.Empty<" + link + ">();");
        writer.Close();
        writer.Close();
    }

    /// <summary>A catalog's declaration, fields, constructor and list members.</summary>
    /// <param name="hasNamedMembers">Whether the catalog has named members, set from the names the dataset passes to its constructor.</param>
    private static void WriteListHead(CodeWriter writer, EmitOptions options, string name, string item, string doc, (string Name, string Type)[] fields, bool hasNamedMembers = false)
    {
        writer.Line("/// <summary>" + doc + "</summary>");
        writer.Line(GeneratedFileHeader.GeneratedCodeAttribute);
        writer.Line("[global::System.Diagnostics.DebuggerDisplay(\"Count = {Count}\")]");
        writer.Line("[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]");
        writer.Open(options.Accessibility + " sealed partial class " + name + " : " + ReadOnlyList + "<" + item + ">");
        writer.Line("private readonly " + item + "[] items;");
        foreach (var (field, type) in fields) writer.Line("private readonly " + type + " " + field + ";");
        writer.Line();
        writer.Line("/// <summary>Used by the generated dataset only.</summary>");
        var parameters = string.Join(", ", fields.Select(f => f.Type + " " + f.Name)) + (hasNamedMembers ? ", string memberNames" : string.Empty);
        // The named members are set by reflection, not here: the compiler would say they are left null (CS8618).
        if (hasNamedMembers && options.SupportsNullable) writer.Line("#nullable disable warnings");
        writer.Open("internal " + name + "(" + item + "[] items, " + parameters + ")");
        writer.Line("this.items = items;");
        foreach (var (field, _) in fields) writer.Line("this." + field + " = " + field + ";");
        if (hasNamedMembers)
        {
            writer.Line("global::" + options.Namespace + ".Runtime.NamedMembers.Assign(this, typeof(global::" + options.Namespace + "." + name + ").GetFields(), memberNames, items);");
        }
        writer.Close();
        if (hasNamedMembers && options.SupportsNullable) writer.Line("#nullable enable warnings");
        writer.Line();
        writer.Line("/// <summary>The number of items.</summary>");
        writer.Line("public int Count => this.items.Length;");
        writer.Line();
        writer.Line("/// <summary>The item at a zero-based position.</summary>");
        writer.Line("public " + item + " this[int index] => this.items[index];");
        writer.Line();
        writer.Line("/// <summary>Enumerates the items in order.</summary>");
        writer.Line("public global::System.Collections.Generic.IEnumerator<" + item + "> GetEnumerator() => ((global::System.Collections.Generic.IEnumerable<" + item + ">)this.items).GetEnumerator();");
        writer.Line();
        writer.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => this.GetEnumerator();");
    }

    /// <summary><c>ByX(key)</c> returning null when absent, and <c>TryGetByX(key, out item)</c>.</summary>
    private static void WriteLookup(CodeWriter writer, EmitOptions options, string type, string name, string parameter, string result, string index, string key, string doc)
    {
        writer.Line();
        writer.Line("/// <summary>" + Capitalized(doc) + "; null when there is none.</summary>");
        writer.Open("public " + options.Nullable(type) + " " + name + "(string " + parameter + ")");
        writer.Line(options.Nullable(type) + " " + result + ";");
        writer.Line("return this.TryGet" + name + "(" + parameter + ", out " + result + ") ? " + result + " : null;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Finds " + doc + "; returns whether there is one.</summary>");
        writer.Open("public bool TryGet" + name + "(string " + parameter + ", " + options.TryGetOut(type, result) + ")");
        writer.Open("if (" + parameter + " == null)");
        writer.Line(result + " = null;");
        writer.Line("return false;");
        writer.Close();
        writer.Line("return " + index + ".TryGetValue(" + key + ", out " + result + ");");
        writer.Close();
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
