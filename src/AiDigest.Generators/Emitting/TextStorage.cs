using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Dataset;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// The one place that decides how an archive's body texts (article and section <c>Text</c>) are stored; the
/// decoder turns what it writes into a <c>LazyText</c>, read only when a consumer asks for it.
/// <list type="bullet">
/// <item><b>Resource</b>: the package's targets embed the archive's bytes as a manifest resource (the physical
/// floor: no compiler work at all) and the table holds UTF-8 byte ranges into it. Used whenever the archive was
/// declared with <c>&lt;AiDigestArchive&gt;</c> and read as UTF-8.</item>
/// <item><b>Literal</b>: the texts go into the string pool compiled into the assembly. The simple path, for
/// archives given as plain <c>AdditionalFiles</c>, while they stay small.</item>
/// <item><b>Omitted</b>: literal texts past <see cref="MaxLiteralCharacters"/> would make the build crawl and
/// then fail (CS8103: the assembly's string heap holds 16 MB); the texts are left empty and AIDG0105 says how to
/// embed the archive instead. Everything else (titles, sections, papers, links…) is still there.</item>
/// </list>
/// </summary>
internal abstract class TextStorage
{
    /// <summary>Characters of literal body text the dataset may compile in (8 MB of the 16 MB string heap).</summary>
    public const int MaxLiteralCharacters = 4_000_000;

    /// <summary>Whether this archive's body texts were left out.</summary>
    public virtual bool OmitsTexts => false;

    /// <summary>The storage of each archive of the dataset, in the dataset's archive order.</summary>
    public static IReadOnlyList<TextStorage> For(DigestDataset dataset)
    {
        var storages = new TextStorage[dataset.Archives.Count];
        var literalCharacters = 0L;
        for (var i = 0; i < storages.Length; i++)
        {
            var archive = dataset.Archives[i];
            if (archive.File.ResourceName is { } resource)
            {
                storages[i] = new ResourceStorage(resource, archive.Model.Utf8Length);
                continue;
            }
            foreach (var article in archive.Articles) literalCharacters += article.Text.Length;
            storages[i] = literalCharacters <= MaxLiteralCharacters ? LiteralStorage.Instance : OmittedStorage.Instance;
        }
        return storages;
    }

    /// <summary>The archive-level record the decoder reads first: 1 and the resource, or 0.</summary>
    public abstract void WriteSource(TableWriter table);

    /// <summary>The article's body: (start, length) in the pool or in the resource's bytes.</summary>
    public abstract void WriteArticleText(TableWriter table, ArticleModel article);

    /// <summary>A section's text: (start, length), relative to the article's text in the pool, or in the resource's bytes.</summary>
    public abstract void WriteSectionText(TableWriter table, ArticleModel article, SectionModel section);

    private sealed class ResourceStorage(string resourceName, int utf8Length) : TextStorage
    {
        public override void WriteSource(TableWriter table)
        {
            table.Int(1);
            table.String(resourceName);
            table.Int(utf8Length);
        }

        public override void WriteArticleText(TableWriter table, ArticleModel article)
        {
            table.Int(article.Bytes.Start);
            table.Int(article.Bytes.Length);
        }

        public override void WriteSectionText(TableWriter table, ArticleModel article, SectionModel section)
        {
            table.Int(section.Bytes.Start);
            table.Int(section.Bytes.Length);
        }
    }

    private sealed class LiteralStorage : TextStorage
    {
        public static readonly LiteralStorage Instance = new();

        public override void WriteSource(TableWriter table) => table.Int(0);

        public override void WriteArticleText(TableWriter table, ArticleModel article)
        {
            table.Int(table.PoolOffset(article.Text));
            table.Int(article.Text.Length);
        }

        public override void WriteSectionText(TableWriter table, ArticleModel article, SectionModel section)
        {
            table.Int(Math.Min(section.TextStart, article.Text.Length));
            table.Int(section.Text.Length);
        }
    }

    private sealed class OmittedStorage : TextStorage
    {
        public static readonly OmittedStorage Instance = new();

        public override bool OmitsTexts => true;

        public override void WriteSource(TableWriter table) => table.Int(0);

        public override void WriteArticleText(TableWriter table, ArticleModel article)
        {
            table.Int(table.PoolOffset(string.Empty));
            table.Int(0);
        }

        public override void WriteSectionText(TableWriter table, ArticleModel article, SectionModel section)
        {
            table.Int(0);
            table.Int(0);
        }
    }
}
