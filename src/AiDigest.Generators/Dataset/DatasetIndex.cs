using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Dataset;

/// <summary>One entry of a lookup: the key as the lookup compares it and the item (article or paper) it finds.</summary>
internal readonly record struct IndexEntry(string Key, int Item);

/// <summary>The keys of one lookup, each once under the lookup's comparison, in dataset order.</summary>
internal sealed record LookupIndex(LookupKind Kind, IReadOnlyList<IndexEntry> Entries);

/// <summary>
/// Everything the queries know about a dataset, computed once at generation time: the catalogs' member names,
/// the lookups' keys, the papers with code, the links by kind and the archive line of every line of article text.
/// The generator emits it; the analyzer checks lookup arguments against the same keys.
/// </summary>
internal sealed class DatasetIndex
{
    private DatasetIndex(DigestDataset dataset)
    {
        ArticleMembers = MemberNames.ForArticles(dataset.Articles);
        PaperMembers = MemberNames.ForPapers(dataset.Papers);

        var articleTitles = new Keys(LookupKind.ArticleTitle);
        var articleIds = new Keys(LookupKind.ArticleId);
        var textLines = new List<IReadOnlyList<int>>(dataset.Articles.Count);
        foreach (var entry in dataset.Articles)
        {
            articleTitles.Add(entry.Article.Title, entry.GlobalIndex);
            articleIds.Add(entry.Id, entry.GlobalIndex);
            textLines.Add(TextLineNumbers(entry.Article));
        }

        var arxivIds = new Keys(LookupKind.ArxivId);
        var repositories = new Keys(LookupKind.Repository);
        var paperTitles = new Keys(LookupKind.PaperTitle);
        var withCode = new List<int>();
        for (var i = 0; i < dataset.Papers.Count; i++)
        {
            var paper = dataset.Papers[i].Paper;
            if (paper.ArxivId is not null) arxivIds.Add(paper.ArxivId, i);
            foreach (var url in new[] { paper.CodeUrl, paper.ProjectUrl, paper.PaperUrl, paper.DemoUrl, paper.ModelUrl })
            {
                var repository = url is null ? null : Urls.GitHubRepository(url);
                if (repository is not null) repositories.Add(repository, i);
            }
            if (paper.Title is not null) paperTitles.Add(paper.Title, i);
            if (paper.CodeUrl is not null) withCode.Add(i);
        }

        var linksByKind = new List<int>[Enum.GetValues(typeof(LinkKind)).Length];
        for (var k = 0; k < linksByKind.Length; k++) linksByKind[k] = new List<int>();
        var linkIndex = 0;
        foreach (var entry in dataset.Articles)
        {
            foreach (var link in entry.Article.Links) linksByKind[(int)link.Kind].Add(linkIndex++);
        }

        ArticleTitles = articleTitles.Index;
        ArticleIds = articleIds.Index;
        ArxivIds = arxivIds.Index;
        Repositories = repositories.Index;
        PaperTitles = paperTitles.Index;
        PapersWithCode = withCode;
        LinksByKind = linksByKind;
        TextLines = textLines;
    }

    /// <summary>Member names of <c>Digest.Articles</c>, by dataset index.</summary>
    public IReadOnlyList<string> ArticleMembers { get; }

    /// <summary>Member names of <c>Digest.Papers</c>, by dataset index.</summary>
    public IReadOnlyList<string> PaperMembers { get; }

    /// <summary><c>Articles.ByTitle</c>: each title once (case-insensitively), the first article with it.</summary>
    public LookupIndex ArticleTitles { get; }

    /// <summary><c>Articles.ById</c>: every article's dataset-wide id.</summary>
    public LookupIndex ArticleIds { get; }

    /// <summary><c>Papers.ByArxivId</c>: version-less ids.</summary>
    public LookupIndex ArxivIds { get; }

    /// <summary><c>Papers.ByRepository</c>: <c>owner/name</c> of every GitHub repository a paper's own links point into, the first paper for each.</summary>
    public LookupIndex Repositories { get; }

    /// <summary><c>Papers.ByTitle</c>: each title once (case-insensitively), the first paper with it.</summary>
    public LookupIndex PaperTitles { get; }

    /// <summary>Indexes of the papers with a code link, in dataset order.</summary>
    public IReadOnlyList<int> PapersWithCode { get; }

    /// <summary>For each <see cref="LinkKind"/> (by value), the dataset-wide indexes of its links.</summary>
    public IReadOnlyList<IReadOnlyList<int>> LinksByKind { get; }

    /// <summary>For each article, the archive line of each line of its <c>Text</c> (its non-blank body lines).</summary>
    public IReadOnlyList<IReadOnlyList<int>> TextLines { get; }

    public static DatasetIndex Build(DigestDataset dataset) => new(dataset);

    /// <summary>The keys of one lookup.</summary>
    public LookupIndex For(LookupKind kind) => kind switch
    {
        LookupKind.ArticleTitle => ArticleTitles,
        LookupKind.ArticleId => ArticleIds,
        LookupKind.ArxivId => ArxivIds,
        LookupKind.Repository => Repositories,
        _ => PaperTitles,
    };

    /// <summary>
    /// The archive lines of an article's non-blank body lines, in order: exactly the lines of
    /// <see cref="ArticleModel.Text"/>. Read from the elements, which hold every line of the article as written.
    /// </summary>
    public static IReadOnlyList<int> TextLineNumbers(ArticleModel article)
    {
        var numbers = new List<int>(article.Elements.Count);
        foreach (var element in article.Elements)
        {
            if (element.Kind is ElementKind.Title or ElementKind.Separator or ElementKind.Stray) continue;
            var text = element.Text;
            var line = element.Line;
            var start = 0;
            while (true)
            {
                // Each line of the element is looked at in place: no copy of it.
                var end = text.IndexOf('\n', start);
                if (end < 0) end = text.Length;
                if (!IsBlank(text, start, end)) numbers.Add(line);
                if (end == text.Length) break;
                start = end + 1;
                line++;
            }
        }
        return numbers;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!TextShapes.IsSpace(text[i])) return false;
        }
        return true;
    }

    /// <summary>Keys in insertion order, each once under its comparer: the first item with a key keeps it.</summary>
    private sealed class Keys
    {
        private readonly HashSet<string> _seen;
        private readonly List<IndexEntry> _entries = new();

        public Keys(LookupKind kind)
        {
            _seen = new HashSet<string>(Lookups.IgnoresCase(kind) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            Index = new LookupIndex(kind, _entries);
        }

        public LookupIndex Index { get; }

        /// <summary>Adds a key as the lookup normalises its argument; the first item with a key keeps it.</summary>
        public void Add(string value, int item)
        {
            var key = Lookups.Normalize(Index.Kind, value);
            if (key.Length > 0 && _seen.Add(key)) _entries.Add(new IndexEntry(key, item));
        }
    }
}
