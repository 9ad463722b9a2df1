using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Dataset;

/// <summary>An archive placed in the dataset, with its final name.</summary>
internal sealed record DatasetArchive(ArchiveModel Model, string Name)
{
    public ArchiveFile File => Model.File;

    public EquatableArray<ArticleModel> Articles => Model.Articles;
}

/// <summary>An article placed in the whole dataset: its archive, its dataset-wide index and id.</summary>
internal sealed record DatasetArticle(DatasetArchive Archive, ArticleModel Article, int GlobalIndex, string Id);

/// <summary>A paper cited anywhere in the dataset, merged over all its citations.</summary>
/// <param name="Paper">The merged facts; its line is the first citation's.</param>
/// <param name="CitingArticles">Dataset-wide indexes of the citing articles, in dataset order, each once.</param>
internal sealed record DatasetPaper(PaperModel Paper, IReadOnlyList<int> CitingArticles);

/// <summary>
/// The parsed archives combined, and the one place where what depends on all of them is decided: archives ordered
/// by file name (then path) and named (the requested name when it is an identifier, else one made from the file
/// name; repeated names told apart by <c>_2</c>, <c>_3</c>…), articles numbered across archives with ids unique
/// dataset-wide, and citations of the same paper (same arXiv id, or same normalised title) merged.
/// </summary>
internal sealed class DigestDataset
{
    private DigestDataset(
        IReadOnlyList<DatasetArchive> archives,
        IReadOnlyList<DatasetArticle> articles,
        IReadOnlyList<DatasetPaper> papers,
        IReadOnlyList<IReadOnlyList<int>> citationTargets,
        IReadOnlyList<DatasetDiagnostic> diagnostics)
    {
        Archives = archives;
        Articles = articles;
        Papers = papers;
        CitationTargets = citationTargets;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<DatasetArchive> Archives { get; }

    public IReadOnlyList<DatasetArticle> Articles { get; }

    public IReadOnlyList<DatasetPaper> Papers { get; }

    /// <summary>For each article (by dataset index), the dataset paper each of its citations is.</summary>
    public IReadOnlyList<IReadOnlyList<int>> CitationTargets { get; }

    /// <summary>Archive names that could not be used (AIDG0102) or were already taken (AIDG0103).</summary>
    public IReadOnlyList<DatasetDiagnostic> Diagnostics { get; }

    public static DigestDataset Build(IEnumerable<ArchiveModel> parsed)
    {
        var models = new List<ArchiveModel>(parsed);
        models.Sort(static (a, b) => CompareFiles(a.File, b.File));

        var diagnostics = new List<DatasetDiagnostic>();
        var archives = new List<DatasetArchive>(models.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            var name = RequestedOrDefaultName(model.File, diagnostics);
            var unique = name;
            for (var n = 2; !names.Add(unique); n++) unique = name + "_" + n;
            if (unique != name)
            {
                diagnostics.Add(new DatasetDiagnostic(model.File.Path, ArchiveDiagnostic.AtStart(DiagnosticIds.DuplicateArchiveName, name, model.File.FileName, unique)));
            }
            archives.Add(new DatasetArchive(model, unique));
        }

        var articles = new List<DatasetArticle>();
        var ids = new ArticleIds();
        foreach (var archive in archives)
        {
            foreach (var article in archive.Articles)
            {
                articles.Add(new DatasetArticle(archive, article, articles.Count, ids.Next(article.Title, article.Index)));
            }
        }

        var merger = new PaperMerger();
        var citing = new List<List<int>>();
        var targets = new List<IReadOnlyList<int>>(articles.Count);
        foreach (var entry in articles)
        {
            var articleTargets = new List<int>(entry.Article.Papers.Count);
            foreach (var paper in entry.Article.Papers)
            {
                var index = merger.Add(paper);
                if (index == citing.Count) citing.Add(new List<int>());
                var citers = citing[index];
                if (citers.Count == 0 || citers[citers.Count - 1] != entry.GlobalIndex) citers.Add(entry.GlobalIndex);
                articleTargets.Add(index);
            }
            targets.Add(articleTargets);
        }

        var papers = new List<DatasetPaper>(merger.Papers.Count);
        for (var i = 0; i < merger.Papers.Count; i++) papers.Add(new DatasetPaper(merger.Papers[i], citing[i]));
        return new DigestDataset(archives, articles, papers, targets, diagnostics);
    }

    /// <summary>
    /// Dataset order: by file name, then by path with <c>\</c> read as <c>/</c> (the same archives in the same folders
    /// order the same on Windows and on Unix), then by what the project declares, so that the order the compiler hands
    /// the files over in never matters.
    /// </summary>
    private static int CompareFiles(ArchiveFile a, ArchiveFile b)
    {
        var byName = string.CompareOrdinal(a.FileName, b.FileName);
        if (byName != 0) return byName;
        var byPath = ComparePaths(a.Path, b.Path);
        if (byPath != 0) return byPath;
        var byRequestedName = string.CompareOrdinal(a.RequestedName, b.RequestedName);
        return byRequestedName != 0 ? byRequestedName : string.CompareOrdinal(a.ResourceName, b.ResourceName);
    }

    private static int ComparePaths(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            var x = a[i] == '\\' ? '/' : a[i];
            var y = b[i] == '\\' ? '/' : b[i];
            if (x != y) return x.CompareTo(y);
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>The name the project asks for when it is a C# identifier; otherwise (reported, unless none was asked for) one made from the file name.</summary>
    private static string RequestedOrDefaultName(ArchiveFile file, List<DatasetDiagnostic> diagnostics)
    {
        var fallback = ArchiveNames.FromFileName(file.FileName);
        var requested = file.RequestedName?.Trim() ?? string.Empty;
        if (requested.Length == 0) return fallback;
        if (ArchiveNames.IsValid(requested)) return requested;
        diagnostics.Add(new DatasetDiagnostic(file.Path, ArchiveDiagnostic.AtStart(DiagnosticIds.InvalidArchiveName, requested, file.FileName, fallback)));
        return fallback;
    }
}
