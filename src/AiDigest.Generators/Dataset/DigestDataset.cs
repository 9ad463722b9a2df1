using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Dataset;

/// <summary>An article placed in the whole dataset: its archive, its dataset-wide index and id.</summary>
internal sealed record DatasetArticle(ArchiveModel Archive, ArticleModel Article, int GlobalIndex, string GlobalId);

/// <summary>A paper cited anywhere in the dataset, merged over all its citations.</summary>
/// <param name="Paper">The merged facts; its line is the first citation's.</param>
/// <param name="CitingArticles">Dataset-wide indexes of the citing articles, in dataset order, each once.</param>
internal sealed record DatasetPaper(PaperModel Paper, IReadOnlyList<int> CitingArticles);

/// <summary>An archive whose name another archive already had, and the name it was given instead.</summary>
internal sealed record RenamedArchive(ArchiveModel Archive, string RequestedName);

/// <summary>
/// The parsed archives combined: archives ordered by file name (then path) with names made unique, articles
/// numbered across them with ids made unique dataset-wide, and citations of the same paper (same arXiv id, or
/// same normalised title) merged.
/// </summary>
internal sealed class DigestDataset
{
    private DigestDataset(
        IReadOnlyList<ArchiveModel> archives,
        IReadOnlyList<DatasetArticle> articles,
        IReadOnlyList<DatasetPaper> papers,
        IReadOnlyList<IReadOnlyList<int>> citationTargets,
        IReadOnlyList<RenamedArchive> renamed)
    {
        Archives = archives;
        Renamed = renamed;
        Articles = articles;
        Papers = papers;
        CitationTargets = citationTargets;
    }

    public IReadOnlyList<ArchiveModel> Archives { get; }

    public IReadOnlyList<DatasetArticle> Articles { get; }

    public IReadOnlyList<DatasetPaper> Papers { get; }

    /// <summary>For each article (by dataset index), the dataset paper each of its citations is.</summary>
    public IReadOnlyList<IReadOnlyList<int>> CitationTargets { get; }

    /// <summary>Archives whose name was taken by an earlier archive (in file-name order), renamed <c>name_2</c>, <c>name_3</c>….</summary>
    public IReadOnlyList<RenamedArchive> Renamed { get; }

    public static DigestDataset Build(IEnumerable<ArchiveModel> parsed)
    {
        var archives = new List<ArchiveModel>(parsed);
        archives.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.FileName, b.FileName);
            return byName != 0 ? byName : string.CompareOrdinal(a.FilePath, b.FilePath);
        });

        var renamed = new List<RenamedArchive>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < archives.Count; i++)
        {
            var requested = archives[i].Name;
            var name = requested;
            for (var n = 2; !names.Add(name); n++) name = requested + "_" + n;
            if (name == requested) continue;
            archives[i] = archives[i] with { Name = name };
            renamed.Add(new RenamedArchive(archives[i], requested));
        }

        var articles = new List<DatasetArticle>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var archive in archives)
        {
            foreach (var article in archive.Articles)
            {
                var id = article.Id;
                for (var n = 2; !ids.Add(id); n++) id = article.Id + "-" + n;
                articles.Add(new DatasetArticle(archive, article, articles.Count, id));
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
        return new DigestDataset(archives, articles, papers, targets, renamed);
    }
}
