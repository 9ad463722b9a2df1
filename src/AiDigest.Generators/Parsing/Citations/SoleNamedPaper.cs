using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Citations;

/// <summary>
/// Principle: an article that names exactly one paper in its running text (<c>论文《Flow Matching for Generative
/// Modeling》</c>, <c>論文《ReAct: …》</c>) and later gives its only metadata block, with a paper link and no title
/// (<c>论文地址：https://arxiv.org/abs/2210.02747</c> at its end) gives that paper's link: the block is the named paper,
/// one paper, not a second one without a title.
/// </summary>
internal static class SoleNamedPaper
{
    /// <summary>The one title named so far, when the block gives a paper link or an arXiv id; else null.</summary>
    /// <param name="blocksInArticle">The article's metadata blocks (<see cref="CountBlocks"/>): an article of several papers' blocks names each in its own.</param>
    public static string? TitleFor(IReadOnlyList<string> namedSoFar, IReadOnlyList<(PaperMetadataLine Metadata, int Line)> block, int blocksInArticle)
    {
        if (namedSoFar.Count == 0 || blocksInArticle != 1) return null;
        var first = Key(namedSoFar[0]);
        for (var i = 1; i < namedSoFar.Count; i++)
        {
            if (!string.Equals(Key(namedSoFar[i]), first, StringComparison.Ordinal)) return null;
        }
        foreach (var (metadata, _) in block)
        {
            if (metadata.Title is not null) return null;
        }
        foreach (var (metadata, _) in block)
        {
            if (metadata.ArxivId is not null || (metadata.Field == PaperField.Paper && metadata.Url is not null && (Urls.ArxivIdFromUrl(metadata.Url) is not null || Urls.IsPaperUrl(metadata.Url)))) return namedSoFar[0];
        }
        return null;
    }

    /// <summary>How many metadata blocks the article has.</summary>
    public static int CountBlocks(List<Block> blocks)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            if (block.Kind == ElementKind.PaperMetadata) count++;
        }
        return count;
    }

    /// <summary>Letters and digits, lower-cased: how titles compare (as <c>PaperMerger</c> compares them).</summary>
    private static string Key(string title)
    {
        var chars = new char[title.Length];
        var length = 0;
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c)) chars[length++] = TextShapes.ToLowerInvariant(c);
        }
        return new string(chars, 0, length);
    }
}
