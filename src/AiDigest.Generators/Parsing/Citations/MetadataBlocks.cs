using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Citations;

/// <summary>
/// Principle: a paper's metadata block is one block. It runs over its key lines (<c>论文标题：</c>, <c>论文地址：</c>,
/// <c>代码：</c>…, blank lines between allowed), and the field labels that are no link keys (<c>机构：</c>, <c>作者：</c>,
/// <c>收录会议：</c>, <c>审稿分数：</c>) between its title and its links, or right above its first key line, belong to it
/// and do not split it: the block is one paper, not a title without links (AIDG0011) and links without a title.
/// </summary>
/// <remarks>
/// Rule ids: <c>meta-key</c> (the block opens with a key line), <c>meta-link</c> (with a markdown link),
/// <c>meta-field</c> (with field labels right above its first key line), <c>meta-title-line</c> (with an unlabelled
/// English title right above). The lines of a block that are neither keys nor its title line are prose in it.
/// </remarks>
internal static class MetadataBlocks
{
    public const string KeyRule = "meta-key";
    public const string LinkRule = "meta-link";
    public const string FieldRule = "meta-field";
    public const string TitleLineRule = "meta-title-line";

    /// <summary>The widest field label, in CJK characters (<c>一句话总结</c>, <c>Affiliations</c>).</summary>
    private const double MaxLabelWidth = 8;

    /// <summary>Takes the block whose first key line is <paramref name="start"/>; returns its last line.</summary>
    public static int Take(LineSpan lines, List<Block> blocks, int start)
    {
        var last = start;
        for (var i = NextNonBlank(lines, start + 1); i >= 0; i = NextNonBlank(lines, i + 1))
        {
            if (PaperMetadataLine.TryParse(lines[i].Text, out _))
            {
                last = i;
                continue;
            }

            // 机构：…, 收录会议：… between the title and the links: fields of the same paper, when a key line follows them.
            var k = i;
            while (k >= 0 && IsFieldLine(lines[k].Text)) k = NextNonBlank(lines, k + 1);
            if (k == i || k < 0 || !PaperMetadataLine.TryParse(lines[k].Text, out _)) break;
            last = k;
            i = k;
        }

        var first = start;
        var rule = PaperMetadataLine.TryParse(lines[start].Text, out var opening) && TextShapes.Trim(lines[start].Text).StartsWith("[", System.StringComparison.Ordinal)
            && opening.Url is not null ? LinkRule : KeyRule;

        // 作者：…, 机构：… right above the first key line (no blank line between): the block's fields too.
        while (first > 0 && !lines[first - 1].IsBlank && blocks.Count > 0 && blocks[blocks.Count - 1].First == first - 1
            && blocks[blocks.Count - 1].Kind == ElementKind.Paragraph && IsFieldLine(lines[first - 1].Text))
        {
            blocks.RemoveAt(blocks.Count - 1);
            first--;
            rule = FieldRule;
        }
        if (TitleLineAbove(lines, blocks, first, last))
        {
            // The paper's title, set in English right above its links without a label: the block's first line.
            blocks.RemoveAt(blocks.Count - 1);
            first--;
            rule = TitleLineRule;
        }
        blocks.Add(new Block(ElementKind.PaperMetadata, first, last) { Rule = rule });
        return last;
    }

    /// <summary>
    /// A field of a paper that is no link key: a short label, a colon and a value (<c>机构：南京大学</c>,
    /// <c>收录会议：ACL 2025</c>, <c>作者：A. Rossi、J. Weber</c>, <c>Authors: …</c>). Numbered lines
    /// (<c>论文 1：…</c>, <c>01 DAPO：…</c>) are headings, not fields.
    /// </summary>
    public static bool IsFieldLine(string line)
    {
        var trimmed = TextShapes.Trim(line);
        var colon = TextShapes.IndexOfAny(trimmed, TextShapes.Colons);
        if (colon < 2 || colon + 1 >= trimmed.Length || TextShapes.Trim(trimmed.Substring(colon + 1)).Length == 0) return false;
        var label = trimmed.Substring(0, colon);
        if (TextShapes.IsWiderThan(label, MaxLabelWidth) || label.Split(' ').Length > 3) return false;
        foreach (var c in label)
        {
            if (!(char.IsLetter(c) || c == ' ')) return false;
        }
        if (!TextShapes.ContainsCjk(label) && !IsEnglishLabel(label, TextShapes.Trim(trimmed.Substring(colon + 1)))) return false;
        return !PaperMetadataLine.TryParse(trimmed, out _);
    }

    /// <summary>
    /// <c>Authors: A. Rossi, J. Weber</c>, <c>Venue: ICLR 2025</c>: words in plain capitalisation before the colon, and a
    /// value that is no title; <c>DAPO: An Open-Source LLM Reinforcement Learning System</c> is a title.
    /// </summary>
    private static bool IsEnglishLabel(string label, string value)
    {
        foreach (var word in label.Split(' '))
        {
            if (word.Length == 0) continue;
            for (var i = 1; i < word.Length; i++)
            {
                if (char.IsUpper(word[i])) return false;
            }
        }
        var words = value.Split(' ').Length;
        return words < 3 || TextShapes.IndexOfAny(value, ",\uFF0C\u3001;") >= 0;
    }

    /// <summary>
    /// Whether the line right above a metadata block (no blank line between) is the title of the paper the block
    /// links, written without a label: an English title (no CJK, at least six letters, no URL, not ending a clause)
    /// over a block that gives a paper link or an arXiv id and no title of its own.
    /// </summary>
    private static bool TitleLineAbove(LineSpan lines, List<Block> blocks, int start, int last)
    {
        if (start == 0 || lines[start - 1].IsBlank || blocks.Count == 0) return false;
        var above = blocks[blocks.Count - 1];
        if (above.First != start - 1 || above.Kind != ElementKind.Paragraph || !above.IsUnresolved) return false;
        if (!PaperMetadataLine.IsUnlabelledTitle(TextShapes.Trim(lines[start - 1].Text))) return false;
        var citesPaper = false;
        for (var i = start; i <= last; i++)
        {
            if (lines[i].IsBlank || !PaperMetadataLine.TryParse(lines[i].Text, out var metadata)) continue;
            if (metadata.Title is not null) return false;
            if (metadata.ArxivId is not null || (metadata.Field == PaperField.Paper && metadata.Url is not null)) citesPaper = true;
        }
        return citesPaper;
    }

    private static int NextNonBlank(LineSpan lines, int index)
    {
        for (var i = index; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank) return i;
        }
        return -1;
    }
}
