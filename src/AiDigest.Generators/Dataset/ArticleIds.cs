using System;
using System.Collections.Generic;
using System.Text;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Dataset;

/// <summary>
/// <c>Article.Id</c>: a readable identifier made from the title, unique across the dataset. The first article in
/// dataset order with a slug keeps it; later ones get <c>-2</c>, <c>-3</c>… (skipping ids already taken).
/// </summary>
internal sealed class ArticleIds
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>The id of the next article in dataset order.</summary>
    /// <param name="indexInArchive">The article's position in its archive, for the id of a title with nothing readable in it.</param>
    public string Next(string title, int indexInArchive)
    {
        var slug = Slug(title, indexInArchive);
        var id = slug;
        for (var n = 2; !_taken.Add(id); n++) id = slug + "-" + n;
        return id;
    }

    /// <summary>
    /// A readable id from the title: Latin letters lower-cased, digits and CJK kept, everything else a single
    /// dash (<c>Continuous Thought Machine,CTM</c> → <c>continuous-thought-machine-ctm</c>).
    /// </summary>
    public static string Slug(string title, int index)
    {
        var builder = new StringBuilder(title.Length);
        var dash = false;
        foreach (var c in title)
        {
            if ((c < 128 && char.IsLetterOrDigit(c)) || TextShapes.IsCjk(c))
            {
                if (dash && builder.Length > 0) builder.Append('-');
                builder.Append(TextShapes.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }
        return builder.Length > 0 ? builder.ToString() : "article-" + (index + 1);
    }
}
