using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// Emits the dataset: the whole of it encoded by <see cref="TableWriter"/> as two string literals (a table of
/// integers and a pool of strings), the small decoder that builds the records from them once, on first use, and
/// the catalogs' named members. The size of the generated code barely grows with the archive: a hundred pages
/// compile as fast as one. Body texts go through <see cref="TextStorage"/>.
/// </summary>
internal static class DigestDataEmitter
{
    public const string HintName = "AiDigest.Data.g.cs";

    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    /// <summary>The emitted source, and the archives whose texts were too large to compile in (AIDG0105).</summary>
    public static (string Source, IReadOnlyList<DatasetDiagnostic> Diagnostics) Emit(DigestDataset dataset, EmitOptions options)
    {
        var index = DatasetIndex.Build(dataset);
        var storages = TextStorage.For(dataset);
        var table = new TableWriter();
        WriteTable(table, dataset, index, storages);

        var writer = new CodeWriter();
        GeneratedFileHeader.Write(writer, options);
        writer.Open("namespace " + options.Namespace);
        writer.Open("static partial class " + options.ClassName);
        writer.Line("/// <summary>The dataset's storage; decoded once, on first use, by the runtime's type initialiser (thread-safe).</summary>");
        writer.Open("private static class DatasetStorage");
        writer.Line("internal static readonly " + List + "<Archive> Archives;");
        writer.Line("internal static readonly ArticleCatalog Articles;");
        writer.Line("internal static readonly PaperCatalog Papers;");
        writer.Line("internal static readonly LinkCatalog Links;");
        writer.Line("/// <summary>For each article, the archive line of each line of its <c>Text</c>.</summary>");
        writer.Line("internal static readonly int[][] TextLines;");
        writer.Line("private static readonly Article[] articles;");
        writer.Line("private static readonly Paper[] papers;");
        writer.Line();
        writer.Line("/// <summary>The dataset's records as integers (see <c>TableReader</c>).</summary>");
        writer.Line("private const string Table = " + CSharpLiteral.String(table.Table) + ";");
        writer.Line();
        writer.Line("/// <summary>Every string of the dataset, once; the table points into it.</summary>");
        writer.Line("private const string Pool = " + CSharpLiteral.String(table.Pool) + ";");
        writer.Line();
        WriteDecoder(writer, options);
        writer.Line();
        WriteHelpers(writer, options);
        writer.Close();
        writer.Close();
        if (options.NamedMembers)
        {
            writer.Line();
            CatalogEmitter.WriteNamedMembers(writer, dataset, index, options);
        }
        writer.Close();

        var omitted = new List<DatasetDiagnostic>();
        for (var i = 0; i < dataset.Archives.Count; i++)
        {
            if (!storages[i].OmitsTexts) continue;
            var file = dataset.Archives[i].File;
            omitted.Add(new DatasetDiagnostic(file.Path, ArchiveDiagnostic.AtStart(
                DiagnosticIds.ArchiveTooLargeForLiterals, file.FileName, TextStorage.MaxLiteralCharacters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))));
        }
        return (writer.ToString(), omitted);
    }

    /// <summary>The table, in the order <see cref="WriteDecoder"/> reads it back.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
    private static void WriteTable(TableWriter table, DigestDataset dataset, DatasetIndex index, IReadOnlyList<TextStorage> storages)
    {
        table.Int(dataset.Papers.Count);
        foreach (var entry in dataset.Papers)
        {
            WritePaper(table, entry.Paper);
            table.Ints(entry.CitingArticles);
        }

        table.Int(dataset.Articles.Count);
        table.Int(dataset.Archives.Count);
        var globalIndex = 0;
        for (var a = 0; a < dataset.Archives.Count; a++)
        {
            var archive = dataset.Archives[a];
            var storage = storages[a];
            table.String(archive.Name);
            table.String(archive.File.FileName);
            table.String(archive.Model.SourceUrl);
            storage.WriteSource(table);
            table.Int(archive.Articles.Count);
            foreach (var article in archive.Articles)
            {
                WriteArticle(table, dataset, dataset.Articles[globalIndex], storage, index.TextLines[globalIndex]);
                globalIndex++;
            }
        }

        WriteKeys(table, index.ArticleTitles);
        WriteKeys(table, index.ArticleIds);
        WriteKeys(table, index.ArxivIds);
        WriteKeys(table, index.Repositories);
        WriteKeys(table, index.PaperTitles);
        table.Ints(index.PapersWithCode);
        table.Int(index.LinksByKind.Count);
        foreach (var links in index.LinksByKind) table.Ints(links);
    }

    private static void WritePaper(TableWriter table, PaperModel paper)
    {
        table.String(paper.Title);
        table.String(paper.ArxivId);
        table.String(paper.PaperUrl);
        table.String(paper.CodeUrl);
        table.String(paper.ProjectUrl);
        table.String(paper.DemoUrl);
        table.String(paper.ModelUrl);
        table.Int(paper.Line);
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
    private static void WriteArticle(TableWriter table, DigestDataset dataset, DatasetArticle entry, TextStorage storage, IReadOnlyList<int> textLines)
    {
        var article = entry.Article;
        table.Int(article.Index);
        table.String(entry.Id);
        table.String(article.Title);
        table.String(article.Lede);
        table.Int(article.Line);
        table.Int(article.EndLine);
        storage.WriteArticleText(table, article);

        table.Int(article.Sections.Count);
        foreach (var section in article.Sections)
        {
            table.String(section.Heading);
            table.Int(section.Level);
            table.Int(section.Line);
            storage.WriteSectionText(table, article, section);
        }

        var targets = dataset.CitationTargets[entry.GlobalIndex];
        table.Int(article.Papers.Count);
        for (var i = 0; i < article.Papers.Count; i++)
        {
            WritePaper(table, article.Papers[i]);
            table.Int(targets[i]);
        }

        table.Int(article.References.Count);
        foreach (var reference in article.References)
        {
            table.String(reference.Marker);
            table.String(reference.Text);
            table.String(reference.Url);
            table.String(reference.ArxivId);
            table.Int(reference.Line);
        }

        table.Int(article.Links.Count);
        foreach (var link in article.Links)
        {
            table.String(link.Url);
            table.Int((int)link.Kind);
            table.Int(link.Line);
            table.String(link.Repository);
            table.String(link.ArxivId);
        }

        table.Int(article.Figures.Count);
        foreach (var figure in article.Figures)
        {
            table.Int(figure.Line);
            table.String(figure.Caption);
        }

        table.Int(article.VideoDurations.Count);
        foreach (var duration in article.VideoDurations) table.String(duration);

        // Line numbers only grow: deltas keep each to a character or two.
        table.Int(textLines.Count);
        var previous = 0;
        foreach (var line in textLines)
        {
            table.Int(line - previous);
            previous = line;
        }
    }

    private static void WriteKeys(TableWriter table, IReadOnlyList<IndexEntry> entries)
    {
        table.Int(entries.Count);
        foreach (var entry in entries)
        {
            table.String(entry.Key);
            table.Int(entry.Item);
        }
    }

    /// <summary>The type initialiser: reads the table back in the order <see cref="WriteTable"/> wrote it.</summary>
    private static void WriteDecoder(CodeWriter writer, EmitOptions options)
    {
        writer.Open("static DatasetStorage()");
        writer.Line("var reader = new TableReader(Table, Pool);");
        writer.Line("papers = new Paper[reader.Int()];");
        writer.Open("for (var p = 0; p < papers.Length; p++)");
        writer.Line("papers[p] = new Paper(reader.String(), reader.String(), reader.String(), reader.String(), reader.String(), reader.String(), reader.String(), reader.Int(), new ArticleList(reader.Ints()));");
        writer.Close();
        writer.Line();
        writer.Line("articles = new Article[reader.Int()];");
        writer.Line("TextLines = new int[articles.Length][];");
        writer.Line("var archives = new Archive[reader.Int()];");
        writer.Line("var next = 0;");
        writer.Open("for (var a = 0; a < archives.Length; a++)");
        writer.Line("var name = reader.String() ?? string.Empty;");
        writer.Line("var fileName = reader.String() ?? string.Empty;");
        writer.Line("var sourceUrl = reader.String();");
        writer.Line("var source = reader.Int() == 1 ? new ArchiveSource(reader.String() ?? string.Empty, reader.Int()) : null;");
        writer.Line("var count = reader.Int();");
        writer.Line("var first = next;");
        writer.Open("for (var i = 0; i < count; i++, next++)");
        writer.Line("articles[next] = ReadArticle(reader, fileName, source, next);");
        writer.Close();
        writer.Line("archives[a] = new Archive(name, fileName, sourceUrl, Slice(first, count));");
        writer.Close();
        writer.Line("Archives = AsList(archives);");
        writer.Line();
        writer.Line("Articles = new ArticleCatalog(articles, Index(reader, articles, global::System.StringComparer.OrdinalIgnoreCase), Index(reader, articles, global::System.StringComparer.Ordinal));");
        writer.Line("var byArxivId = Index(reader, papers, global::System.StringComparer.Ordinal);");
        writer.Line("var byRepository = Index(reader, papers, global::System.StringComparer.OrdinalIgnoreCase);");
        writer.Line("var byTitle = Index(reader, papers, global::System.StringComparer.OrdinalIgnoreCase);");
        writer.Line("Papers = new PaperCatalog(papers, byArxivId, byRepository, byTitle, Select(papers, reader.Ints()));");
        writer.Line();
        writer.Line("var links = new global::System.Collections.Generic.List<Link>();");
        writer.Line("foreach (var article in articles) links.AddRange(article.Links);");
        writer.Line("var allLinks = links.ToArray();");
        writer.Line("var byKind = new " + List + "<Link>[reader.Int()];");
        writer.Line("for (var k = 0; k < byKind.Length; k++) byKind[k] = Select(allLinks, reader.Ints());");
        writer.Line("Links = new LinkCatalog(allLinks, byKind);");
        writer.Close();
        writer.Line();

        writer.Open("private static Article ReadArticle(TableReader reader, string fileName, " + options.Nullable(options.ClassName + ".ArchiveSource") + " source, int globalIndex)");
        writer.Line("var index = reader.Int();");
        writer.Line("var id = reader.String() ?? string.Empty;");
        writer.Line("var title = reader.String() ?? string.Empty;");
        writer.Line("var lede = reader.String();");
        writer.Line("var line = reader.Int();");
        writer.Line("var endLine = reader.Int();");
        writer.Line("var textStart = reader.Int();");
        writer.Line("var text = Text(source, textStart, reader.Int());");
        writer.Line();
        writer.Line("var sections = new Section[reader.Int()];");
        writer.Open("for (var i = 0; i < sections.Length; i++)");
        writer.Line("var heading = reader.String() ?? string.Empty;");
        writer.Line("var level = reader.Int();");
        writer.Line("var sectionLine = reader.Int();");
        writer.Line("var start = reader.Int();");
        writer.Line("sections[i] = new Section(heading, level, sectionLine, Text(source, source == null ? textStart + start : start, reader.Int()));");
        writer.Close();
        writer.Line();
        writer.Line("var cited = new Paper[reader.Int()];");
        writer.Open("for (var i = 0; i < cited.Length; i++)");
        writer.Line("var paperTitle = reader.String();");
        writer.Line("var arxivId = reader.String();");
        writer.Line("var paperUrl = reader.String();");
        writer.Line("var codeUrl = reader.String();");
        writer.Line("var projectUrl = reader.String();");
        writer.Line("var demoUrl = reader.String();");
        writer.Line("var modelUrl = reader.String();");
        writer.Line("var paperLine = reader.Int();");
        writer.Line("cited[i] = new Paper(paperTitle, arxivId, paperUrl, codeUrl, projectUrl, demoUrl, modelUrl, paperLine, papers[reader.Int()].Articles);");
        writer.Close();
        writer.Line();
        writer.Line("var references = new Reference[reader.Int()];");
        writer.Line("for (var i = 0; i < references.Length; i++) references[i] = new Reference(reader.String(), reader.String() ?? string.Empty, reader.String(), reader.String(), reader.Int());");
        writer.Line("var links = new Link[reader.Int()];");
        writer.Line("for (var i = 0; i < links.Length; i++) links[i] = new Link(reader.String() ?? string.Empty, (LinkKind)reader.Int(), reader.Int(), reader.String(), reader.String());");
        writer.Line("var figures = new Figure[reader.Int()];");
        writer.Line("for (var i = 0; i < figures.Length; i++) figures[i] = new Figure(reader.Int(), reader.String());");
        writer.Line("var videos = new string[reader.Int()];");
        writer.Line("for (var i = 0; i < videos.Length; i++) videos[i] = reader.String() ?? string.Empty;");
        writer.Line();
        writer.Line("var textLines = new int[reader.Int()];");
        writer.Line("var previous = 0;");
        writer.Line("for (var i = 0; i < textLines.Length; i++) textLines[i] = previous += reader.Int();");
        writer.Line("TextLines[globalIndex] = textLines;");
        writer.Line();
        writer.Line("return new Article(index, id, title, lede, line, endLine, fileName, text, AsList(sections), AsList(cited), AsList(references), AsList(links), AsList(figures), AsList(videos));");
        writer.Close();
    }

    private static void WriteHelpers(CodeWriter writer, EmitOptions options)
    {
        var lazyText = options.ClassName + ".LazyText";
        writer.Open("private static " + lazyText + " Text(" + options.Nullable(options.ClassName + ".ArchiveSource") + " source, int start, int length)");
        writer.Line("return source == null ? new " + lazyText + "(Pool, start, length) : new " + lazyText + "(source, start, length);");
        writer.Close();
        writer.Line();
        writer.Line("private static " + List + "<T> AsList<T>(T[] items) => items.Length == 0 ? (" + List + "<T>)global::System.Array.Empty<T>() : new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);");
        writer.Line();
        writer.Open("private static " + options.DictionaryType + "<string, T> Index<T>(TableReader reader, T[] items, global::System.StringComparer comparer)");
        writer.Line("var count = reader.Int();");
        writer.Line("var index = new global::System.Collections.Generic.Dictionary<string, T>(count, comparer);");
        writer.Open("for (var i = 0; i < count; i++)");
        writer.Line("var key = reader.String() ?? string.Empty;");
        writer.Line("index.Add(key, items[reader.Int()]);");
        writer.Close();
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
        writer.Open("private static " + List + "<Article> Slice(int start, int count)");
        writer.Line("var slice = new Article[count];");
        writer.Line("global::System.Array.Copy(articles, start, slice, 0, count);");
        writer.Line("return AsList(slice);");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Reads what <c>TableWriter</c> wrote: base-8192 digits as characters from U+4E00, strings as (pool offset + 1, length).</summary>");
        writer.Open("private sealed class TableReader");
        writer.Line("private readonly string table;");
        writer.Line("private readonly string pool;");
        writer.Line("private int position;");
        writer.Line();
        writer.Line("public TableReader(string table, string pool) { this.table = table; this.pool = pool; }");
        writer.Line();
        writer.Open("public int Int()");
        writer.Line("var value = 0;");
        writer.Line("var shift = 0;");
        writer.Open("while (true)");
        writer.Line("var digit = this.table[this.position++] - '\\u4E00';");
        writer.Line("value |= (digit & 0x1FFF) << shift;");
        writer.Line("if ((digit & 0x2000) == 0) return value;");
        writer.Line("shift += 13;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Open("public " + options.Nullable("string") + " String()");
        writer.Line("var offset = this.Int();");
        writer.Line("if (offset == 0) return null;");
        writer.Line("var length = this.Int();");
        writer.Line("return this.pool.Substring(offset - 1, length);");
        writer.Close();
        writer.Line();
        writer.Open("public int[] Ints()");
        writer.Line("var values = new int[this.Int()];");
        writer.Line("for (var i = 0; i < values.Length; i++) values[i] = this.Int();");
        writer.Line("return values;");
        writer.Close();
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
