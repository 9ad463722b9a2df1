using System.Collections.Generic;
using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Queries;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// Emits the dataset itself: one factory method per article (its lede as the summary), the merged papers, and a
/// static initialiser that wires them together. Long text goes through <see cref="TextStorage"/>.
/// </summary>
internal static class DigestDataEmitter
{
    public const string HintName = "AiDigest.Data.g.cs";

    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    public static string Emit(Dataset dataset, EmitOptions options)
    {
        var text = TextStorage.For(dataset);
        var index = DatasetIndex.Build(dataset);
        var writer = new CodeWriter();
        GeneratedFileHeader.Write(writer, options);
        writer.Open("namespace " + options.Namespace);
        writer.Open("static partial class " + options.ClassName);
        writer.Line("/// <summary>The dataset's storage; initialised once, on first use, by the runtime's type initialiser (thread-safe).</summary>");
        writer.Open("private static class DatasetStorage");
        writer.Line("internal static readonly " + List + "<Archive> Archives;");
        writer.Line("internal static readonly ArticleCatalog Articles;");
        writer.Line("internal static readonly PaperCatalog Papers;");
        writer.Line("internal static readonly LinkCatalog Links;");
        writer.Line("/// <summary>For each article, the archive line of each line of its <c>Text</c>.</summary>");
        writer.Line("internal static readonly int[][] TextLines = new int[][]");
        writer.Line("{");
        foreach (var lines in index.TextLines) writer.Line("    " + IntArray(lines) + ",");
        writer.Line("};");
        writer.Line("private static readonly Article[] articles = new Article[" + CSharpLiteral.Int(dataset.Articles.Count) + "];");
        writer.Line("private static readonly Paper[] papers = new Paper[" + CSharpLiteral.Int(dataset.Papers.Count) + "];");
        text.WriteMembers(writer);
        writer.Line();

        WriteInitializer(writer, dataset, index, options);
        foreach (var entry in dataset.Articles)
        {
            writer.Line();
            WriteArticleFactory(writer, dataset, entry, text);
        }
        writer.Line();
        WriteHelpers(writer, options);
        writer.Close();
        writer.Close();
        writer.Line();
        CatalogEmitter.WriteNamedMembers(writer, dataset, index, options);
        writer.Close();
        return writer.ToString();
    }

    private static void WriteInitializer(CodeWriter writer, Dataset dataset, DatasetIndex index, EmitOptions options)
    {
        writer.Open("static DatasetStorage()");
        for (var i = 0; i < dataset.Papers.Count; i++)
        {
            var paper = dataset.Papers[i];
            writer.Line("papers[" + CSharpLiteral.Int(i) + "] = " + PaperExpression(paper.Paper, "new ArticleList(" + IntArray(paper.CitingArticles) + ")") + ";");
        }
        for (var i = 0; i < dataset.Articles.Count; i++)
        {
            writer.Line("articles[" + CSharpLiteral.Int(i) + "] = Article" + CSharpLiteral.Int(i) + "();");
        }
        writer.Line("Articles = new ArticleCatalog(");
        writer.Line("    articles,");
        writer.Line("    " + IndexExpression("articles", index.ArticleTitles, "OrdinalIgnoreCase") + ",");
        writer.Line("    " + IndexExpression("articles", index.ArticleIds, "Ordinal") + ");");
        writer.Line("Papers = new PaperCatalog(");
        writer.Line("    papers,");
        writer.Line("    " + IndexExpression("papers", index.ArxivIds, "Ordinal") + ",");
        writer.Line("    " + IndexExpression("papers", index.Repositories, "OrdinalIgnoreCase") + ",");
        writer.Line("    " + IndexExpression("papers", index.PaperTitles, "OrdinalIgnoreCase") + ",");
        writer.Line("    Select(papers, " + IntArray(index.PapersWithCode) + "));");
        writer.Line("Archives = AsList(new Archive[]");
        writer.Line("{");
        var start = 0;
        foreach (var archive in dataset.Archives)
        {
            writer.Line("    new Archive(" + CSharpLiteral.String(archive.Name) + ", " + CSharpLiteral.String(archive.FileName) + ", " + CSharpLiteral.String(archive.SourceUrl)
                + ", Slice(" + CSharpLiteral.Int(start) + ", " + CSharpLiteral.Int(archive.Articles.Count) + ")),");
            start += archive.Articles.Count;
        }
        writer.Line("});");
        writer.Line("var links = new global::System.Collections.Generic.List<Link>();");
        writer.Line("foreach (var article in articles) links.AddRange(article.Links);");
        writer.Line("var allLinks = links.ToArray();");
        writer.Line("var byKind = new " + List + "<Link>[" + CSharpLiteral.Int(index.LinksByKind.Count) + "];");
        for (var kind = 0; kind < index.LinksByKind.Count; kind++)
        {
            writer.Line("byKind[(int)LinkKind." + (LinkKind)kind + "] = Select(allLinks, " + IntArray(index.LinksByKind[kind]) + ");");
        }
        writer.Line("Links = new LinkCatalog(allLinks, byKind);");
        writer.Close();
    }

    /// <summary>A lookup built once from keys computed at generation time: <c>Index(items, keys, positions, comparer)</c>.</summary>
    private static string IndexExpression(string items, IReadOnlyList<IndexEntry> entries, string comparer) =>
        "Index(" + items + ", new string[] { " + string.Join(", ", entries.Select(e => CSharpLiteral.String(e.Key))) + " }, "
        + IntArray(entries.Select(e => e.Item).ToList()) + ", global::System.StringComparer." + comparer + ")";

    private static void WriteArticleFactory(CodeWriter writer, Dataset dataset, DatasetArticle entry, TextStorage text)
    {
        var article = entry.Article;
        writer.Summary(article.Title + (article.Lede is null ? string.Empty : ": " + article.Lede));
        writer.Line("/// <remarks>" + CSharpLiteral.XmlDoc(entry.Archive.FileName) + ", line " + CSharpLiteral.Int(article.Line) + ".</remarks>");
        writer.Open("private static Article Article" + CSharpLiteral.Int(entry.GlobalIndex) + "()");
        writer.Line("return new Article(");
        writer.Line("    " + CSharpLiteral.Int(article.Index) + ",");
        writer.Line("    " + CSharpLiteral.String(entry.GlobalId) + ",");
        writer.Line("    " + CSharpLiteral.String(article.Title) + ",");
        writer.Line("    " + CSharpLiteral.String(article.Lede) + ",");
        writer.Line("    " + CSharpLiteral.Int(article.Line) + ",");
        writer.Line("    " + CSharpLiteral.Int(article.EndLine) + ",");
        writer.Line("    " + CSharpLiteral.String(entry.Archive.FileName) + ",");
        writer.Line("    " + text.Expression(article.Text) + ",");

        writer.Line("    " + ListExpression("Section", article.Sections.Select(s =>
            "new Section(" + CSharpLiteral.String(s.Heading) + ", " + CSharpLiteral.Int(s.Level) + ", " + CSharpLiteral.Int(s.Line) + ", " + text.Expression(s.Text) + ")")) + ",");

        var targets = dataset.CitationTargets[entry.GlobalIndex];
        writer.Line("    " + ListExpression("Paper", article.Papers.Select((p, i) =>
            PaperExpression(p, "papers[" + CSharpLiteral.Int(targets[i]) + "].Articles"))) + ",");

        writer.Line("    " + ListExpression("Reference", article.References.Select(r =>
            "new Reference(" + CSharpLiteral.String(r.Marker) + ", " + CSharpLiteral.String(r.Text) + ", " + CSharpLiteral.String(r.Url) + ", "
            + CSharpLiteral.String(r.ArxivId) + ", " + CSharpLiteral.Int(r.Line) + ")")) + ",");

        writer.Line("    " + ListExpression("Link", article.Links.Select(l =>
            "new Link(" + CSharpLiteral.String(l.Url) + ", LinkKind." + l.Kind + ", " + CSharpLiteral.Int(l.Line) + ", "
            + CSharpLiteral.String(l.Repository) + ", " + CSharpLiteral.String(l.ArxivId) + ")")) + ",");

        writer.Line("    " + ListExpression("Figure", article.Figures.Select(f =>
            "new Figure(" + CSharpLiteral.Int(f.Line) + ", " + CSharpLiteral.String(f.Caption) + ")")) + ",");

        writer.Line("    " + ListExpression("string", article.VideoDurations.Select(CSharpLiteral.String)) + ");");
        writer.Close();
    }

    private static string PaperExpression(PaperModel paper, string articles) =>
        "new Paper(" + CSharpLiteral.String(paper.Title) + ", " + CSharpLiteral.String(paper.ArxivId) + ", " + CSharpLiteral.String(paper.PaperUrl) + ", "
        + CSharpLiteral.String(paper.CodeUrl) + ", " + CSharpLiteral.String(paper.ProjectUrl) + ", " + CSharpLiteral.String(paper.DemoUrl) + ", "
        + CSharpLiteral.String(paper.ModelUrl) + ", " + CSharpLiteral.Int(paper.Line) + ", " + articles + ")";

    private static string ListExpression(string type, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0
            ? "Empty<" + type + ">()"
            : "AsList(new " + type + "[] { " + string.Join(", ", list) + " })";
    }

    private static string IntArray(IReadOnlyList<int> values) =>
        values.Count == 0 ? "new int[0]" : "new int[] { " + string.Join(", ", values.Select(CSharpLiteral.Int)) + " }";

    private static void WriteHelpers(CodeWriter writer, EmitOptions options)
    {
        writer.Line("private static " + List + "<T> AsList<T>(T[] items) => new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);");
        writer.Line();
        writer.Open("private static " + options.DictionaryType + "<string, T> Index<T>(T[] items, string[] keys, int[] positions, global::System.StringComparer comparer)");
        writer.Line("var index = new global::System.Collections.Generic.Dictionary<string, T>(keys.Length, comparer);");
        writer.Line("for (var i = 0; i < keys.Length; i++) index.Add(keys[i], items[positions[i]]);");
        writer.Line(options.HasFrozenCollections ? "return global::System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(index, comparer);" : "return index;");
        writer.Close();
        writer.Line();
        writer.Open("private static " + List + "<T> Select<T>(T[] items, int[] positions)");
        writer.Line("if (positions.Length == 0) return global::System.Array.Empty<T>();");
        writer.Line("var selected = new T[positions.Length];");
        writer.Line("for (var i = 0; i < positions.Length; i++) selected[i] = items[positions[i]];");
        writer.Line("return AsList(selected);");
        writer.Close();
        writer.Line();
        writer.Line("private static " + List + "<T> Empty<T>() => global::System.Array.Empty<T>();");
        writer.Line();
        writer.Open("private static " + List + "<Article> Slice(int start, int count)");
        writer.Line("var slice = new Article[count];");
        writer.Line("global::System.Array.Copy(articles, start, slice, 0, count);");
        writer.Line("return AsList(slice);");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Articles by dataset index, resolved on access: papers and articles refer to each other.</summary>");
        writer.Open("private sealed class ArticleList : " + List + "<Article>");
        writer.Line("private readonly int[] indexes;");
        writer.Line();
        writer.Line("public ArticleList(int[] indexes) { this.indexes = indexes; }");
        writer.Line();
        writer.Line("public int Count => indexes.Length;");
        writer.Line();
        writer.Line("public Article this[int index] => articles[indexes[index]];");
        writer.Line();
        writer.Open("public global::System.Collections.Generic.IEnumerator<Article> GetEnumerator()");
        writer.Line("foreach (var index in indexes) yield return articles[index];");
        writer.Close();
        writer.Line();
        writer.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
        writer.Close();
    }
}
