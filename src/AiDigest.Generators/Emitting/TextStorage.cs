using System;
using System.Collections.Generic;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// How an archive's body texts (article and section <c>Text</c>) are written into the table; the generated code turns
/// what is written into a <c>LazyText</c>, read only when a consumer asks for it. The input stage decided where the
/// texts come from at run time (<see cref="ArchiveFile.ResourceName"/>); this applies that decision and the one
/// limit on compiled-in text.
/// <list type="bullet">
/// <item><b>Resource</b>: the package's targets embed the archive's bytes as a manifest resource (no compiler work at
/// all) and the table holds byte ranges into it.</item>
/// <item><b>Literal</b>: the texts go into the string pool compiled into the assembly: the simple path, for archives
/// given as plain <c>AdditionalFiles</c>, while they stay small.</item>
/// <item><b>Omitted</b>: literal texts past <see cref="MaxLiteralCharacters"/> would make the build crawl and then
/// fail (CS8103: the assembly's string heap holds 16 MB); the texts are left empty and AIDG0105 says how to embed
/// the archive instead. Everything else (titles, sections, papers, links…) is still there.</item>
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
                storages[i] = new ResourceStorage(resource, archive.Model.ByteLength, (int)archive.File.Encoding);
                continue;
            }
            foreach (var article in archive.Articles) literalCharacters += article.Text.Length;
            storages[i] = literalCharacters <= MaxLiteralCharacters ? new LiteralStorage() : new OmittedStorage();
        }
        return storages;
    }

    /// <summary>What the archive's reader needs to read its texts: 1, the resource, its length and its encoding's code page; or 0.</summary>
    public abstract void WriteSource(TableWriter table);

    /// <summary>The C# expression that reads back what <see cref="WriteSource"/> wrote: the archive source, or null.</summary>
    public static string ReadSource(EmitOptions options) =>
        "this.reader.Int() == 1 ? new Runtime.ArchiveSource(typeof(" + options.ClassName + ").Assembly, this.reader.RequiredString(), this.reader.Int(), this.reader.Int()) : null";

    /// <summary>A text as (start, length): in the pool, or in the resource's bytes.</summary>
    public abstract void WriteText(TableWriter table, StoredText text);

    private sealed class ResourceStorage(string resourceName, int byteLength, int codePage) : TextStorage
    {
        public override void WriteSource(TableWriter table)
        {
            table.Int(1);
            table.String(resourceName);
            table.Int(byteLength);
            table.Int(codePage);
        }

        public override void WriteText(TableWriter table, StoredText text)
        {
            table.Int(text.Bytes.Start);
            table.Int(text.Bytes.Length);
        }
    }

    private sealed class LiteralStorage : TextStorage
    {
        public override void WriteSource(TableWriter table) => table.Int(0);

        public override void WriteText(TableWriter table, StoredText text)
        {
            // A section's text is a part of its article's: the pool holds the article's text once.
            table.Int(table.PoolOffset(text.Container) + Math.Min(text.Start, text.Container.Length));
            table.Int(text.Length);
        }
    }

    private sealed class OmittedStorage : TextStorage
    {
        public override bool OmitsTexts => true;

        public override void WriteSource(TableWriter table) => table.Int(0);

        public override void WriteText(TableWriter table, StoredText text)
        {
            table.Int(0);
            table.Int(0);
        }
    }
}

/// <summary>
/// A body text as the table writer needs it: the text it is a part of (<paramref name="Container"/>, from
/// <paramref name="Start"/>, <paramref name="Length"/> characters) when compiled in, its byte range when read from
/// the resource; the archive's storage decides which is written.
/// </summary>
internal readonly record struct StoredText(TextStorage Storage, string Container, int Start, int Length, ByteRange Bytes)
{
    public void Write(TableWriter table) => Storage.WriteText(table, this);
}
