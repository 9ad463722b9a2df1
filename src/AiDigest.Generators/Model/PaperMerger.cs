using System;
using System.Collections.Generic;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Model;

/// <summary>
/// Merges citations of the same paper: same arXiv id, or same normalised title, is one paper. The first citation
/// keeps its line; later ones fill in what it lacks. Used per article (an article's citations) and across the
/// dataset (<c>Digest.Papers</c>).
/// </summary>
internal sealed class PaperMerger
{
    private readonly List<PaperModel> _papers = new();
    private readonly Dictionary<string, int> _byArxivId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byTitle = new(StringComparer.Ordinal);

    public IReadOnlyList<PaperModel> Papers => _papers;

    /// <summary>Adds a citation; returns the index of the paper it is (new or merged).</summary>
    public int Add(PaperModel paper)
    {
        var index = Find(_byArxivId, paper.ArxivId);
        if (index < 0) index = Find(_byTitle, TitleKey(paper.Title));

        if (index < 0)
        {
            index = _papers.Count;
            _papers.Add(paper);
        }
        else
        {
            _papers[index] = Merge(_papers[index], paper);
        }

        var merged = _papers[index];
        if (merged.ArxivId is not null && !_byArxivId.ContainsKey(merged.ArxivId)) _byArxivId[merged.ArxivId] = index;
        var mergedTitle = TitleKey(merged.Title);
        if (mergedTitle is not null && !_byTitle.ContainsKey(mergedTitle)) _byTitle[mergedTitle] = index;
        return index;
    }

    private static int Find(Dictionary<string, int> papers, string? key) => key is not null && papers.TryGetValue(key, out var index) ? index : -1;

    /// <summary>Fills what the first citation lacks from a later one; the first citation's line stays.</summary>
    public static PaperModel Merge(PaperModel first, PaperModel later) => first with
    {
        Title = first.Title ?? later.Title,
        ArxivId = first.ArxivId ?? later.ArxivId,
        PaperUrl = first.PaperUrl ?? later.PaperUrl,
        CodeUrl = first.CodeUrl ?? later.CodeUrl,
        ProjectUrl = first.ProjectUrl ?? later.ProjectUrl,
        DemoUrl = first.DemoUrl ?? later.DemoUrl,
        ModelUrl = first.ModelUrl ?? later.ModelUrl,
    };

    /// <summary>A title's identity: letters and digits only, lower-cased; null when there is no title.</summary>
    public static string? TitleKey(string? title)
    {
        if (title is null) return null;
        var chars = new char[title.Length];
        var length = 0;
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c)) chars[length++] = Text.TextShapes.ToLowerInvariant(c);
        }
        return length == 0 ? null : new string(chars, 0, length);
    }
}
