using System.Collections.Generic;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Emitting;

/// <summary>The whole dataset as the table writer reads it: the root of <see cref="DatasetSchema.Storage"/>.</summary>
internal sealed class DatasetRow(DigestDataset dataset, DatasetIndex index, IReadOnlyList<TextStorage> storages)
{
    public DigestDataset Dataset => dataset;

    public DatasetIndex Index => index;

    public IReadOnlyList<PaperRow> Papers()
    {
        var rows = new PaperRow[dataset.Papers.Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = new PaperRow(dataset.Papers[i].Paper, i);
        return rows;
    }

    public IReadOnlyList<ArchiveRow> Archives()
    {
        var rows = new ArchiveRow[dataset.Archives.Count];
        var next = 0;
        for (var a = 0; a < rows.Length; a++)
        {
            var archive = dataset.Archives[a];
            var articles = new DatasetArticle[archive.Articles.Count];
            for (var i = 0; i < articles.Length; i++) articles[i] = dataset.Articles[next++];
            rows[a] = new ArchiveRow(archive, storages[a], articles, dataset);
        }
        return rows;
    }
}

/// <summary>An archive, its text storage and its articles placed in the dataset.</summary>
internal readonly record struct ArchiveRow(DatasetArchive Archive, TextStorage Storage, IReadOnlyList<DatasetArticle> Entries, DigestDataset Dataset)
{
    public IReadOnlyList<ArticleRow> Articles()
    {
        var rows = new ArticleRow[Entries.Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = new ArticleRow(Entries[i], Storage, Dataset.CitationTargets[Entries[i].GlobalIndex]);
        return rows;
    }
}

/// <summary>An article, its archive's text storage, and the dataset paper each of its citations is.</summary>
internal readonly record struct ArticleRow(DatasetArticle Entry, TextStorage Storage, IReadOnlyList<int> CitationTargets)
{
    public ArticleModel Article => Entry.Article;

    public StoredText Text => new(Storage, Article.Text, 0, Article.Text.Length, Article.Bytes);

    public IReadOnlyList<SectionRow> Sections()
    {
        var rows = new SectionRow[Article.Sections.Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = new SectionRow(Article.Sections[i], this);
        return rows;
    }

    public IReadOnlyList<BlockRow> Blocks()
    {
        var rows = new BlockRow[Article.Blocks.Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = new BlockRow(Article.Blocks[i], this);
        return rows;
    }

    public IReadOnlyList<PaperRow> Papers()
    {
        var rows = new PaperRow[Article.Papers.Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = new PaperRow(Article.Papers[i], CitationTargets[i]);
        return rows;
    }
}

/// <summary>A section and the article it is part of (its text is a part of the article's).</summary>
internal readonly record struct SectionRow(SectionModel Section, ArticleRow Article)
{
    public StoredText Text => new(Article.Storage, Article.Article.Text, Section.TextStart, Section.Text.Length, Section.Bytes);
}

/// <summary>A block and the article it is part of (its text is a part of the article's).</summary>
internal readonly record struct BlockRow(BlockModel Block, ArticleRow Article)
{
    public StoredText Text => new(Article.Storage, Article.Article.Text, Block.TextStart, Block.TextLength, Block.Bytes);
}

/// <summary>A paper (a citation, or the dataset's merged paper) and the index of the dataset paper it is.</summary>
internal readonly record struct PaperRow(PaperModel Paper, int DatasetIndex);
