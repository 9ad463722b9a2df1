using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Citations;

/// <summary>
/// Principle: a heading right above a metadata block that gives no title names the paper the block links, when the
/// heading is a title: <c>论文 1：Learning to Route Tokens Without Auxiliary Losses</c>, <c>Paper 2: …</c> (the word
/// for paper and an ordinal before the colon), or a numbered English title (<c>① Reward Models Are Secretly Ranking
/// Models</c>, <c>3. On the Sample Complexity of …</c>). A heading in Chinese that describes the paper
/// (<c>01 DAPO：把 GRPO 的几个坑都填上</c>) names no title.
/// </summary>
internal static class HeadingNamedPapers
{
    /// <summary>The title the block before block <paramref name="b"/> gives, when it is such a heading; else null.</summary>
    public static string? TitleAbove(List<Block> blocks, int b, LineSpan body)
    {
        if (b == 0 || blocks[b - 1].Kind is not (ElementKind.Heading or ElementKind.NumberedItem)) return null;
        return TitleOf(TextShapes.Trim(body[blocks[b - 1].First].Text));
    }

    /// <summary>The paper's title a heading gives (see the class), or null.</summary>
    public static string? TitleOf(string heading)
    {
        if (heading.Length == 0) return null;
        var ordinal = AfterPaperOrdinal(heading);
        if (ordinal is not null) return TextShapes.LetterCount(ordinal) >= 6 ? ordinal : null;
        var start = 0;
        if (LineShapes.IsCircledNumber(heading[0])) start = 1;
        else if (LineShapes.Numbering(heading, out var textStart) != NumberingStyle.None) start = textStart;
        if (start == 0) return null;
        var rest = TextShapes.Trim(heading.Substring(start));
        return PaperMetadataLine.IsUnlabelledTitle(rest) ? rest : null;
    }

    /// <summary>The text after <c>论文 1：</c>, <c>論文二：</c>, <c>Paper 3:</c>; null when the heading does not open so.</summary>
    private static string? AfterPaperOrdinal(string heading)
    {
        var key = CharacterFold.Key(heading);
        foreach (var word in Vocabulary.Metadata.PaperOrdinalWords)
        {
            if (!key.StartsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
            var i = word.Length;
            while (i < key.Length && key[i] == ' ') i++;
            var digits = i;
            while (i < key.Length && (char.IsDigit(key[i]) || Vocabulary.Numerals.Chinese.IndexOf(key[i]) >= 0)) i++;
            if (i == digits) continue;
            while (i < key.Length && key[i] == ' ') i++;
            if (i >= key.Length || !(TextShapes.IsColon(key[i]) || key[i] is '|' or '.' or '\u3001')) continue;
            return TextShapes.Trim(heading.Substring(i + 1));
        }
        return null;
    }
}
