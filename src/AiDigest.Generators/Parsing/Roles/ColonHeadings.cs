using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// Principle: <b>a heading heads something</b>, for a short line ending in a colon, and <b>lines of one shape share a
/// role</b>. <c>研究动机：</c> alone on its line with prose right under it is a label that may head a section:
/// <list type="bullet">
/// <item>when an article has two or more such labels (<c>研究动机：</c>, <c>核心方法：</c>, <c>主要结论：</c>), they are decided
/// together: headings (their colons dropped) when most of them head two or more blocks of content (paragraphs, a list,
/// a picture) before the next label or heading;</item>
/// <item>a label alone in its article is a heading when it heads two or more paragraphs, sentences set apart by blank
/// lines.</item>
/// </list>
/// One that introduces a picture, a table or a list of lines back to back (<c>本次圆桌嘉宾：</c> over the guests), or a
/// single paragraph, introduces it and stays prose.
/// </summary>
internal static class ColonHeadings
{
    /// <summary>Widest label-like heading, in CJK characters.</summary>
    private const double MaxWidth = 12;

    /// <summary>How many blocks of content a colon line must head.</summary>
    private const int MinimumContent = 2;

    public static void Decide(List<Block> blocks, LineFacts[] facts)
    {
        List<int>? labels = null;
        for (var b = 0; b + 1 < blocks.Count; b++)
        {
            if (IsLabelLine(blocks, facts, b)) (labels ??= new List<int>()).Add(b);
        }
        if (labels is null) return;

        if (labels.Count == 1)
        {
            if (HeadsParagraphs(blocks, facts, labels[0])) MakeHeading(blocks[labels[0]], facts);
            return;
        }
        var heading = 0;
        for (var k = 0; k < labels.Count; k++)
        {
            var end = k + 1 < labels.Count ? labels[k + 1] : blocks.Count;
            if (ContentUnder(blocks, labels[k], end) >= MinimumContent) heading++;
        }
        if (heading * 2 <= labels.Count) return;
        foreach (var b in labels) MakeHeading(blocks[b], facts);
    }

    private static void MakeHeading(Block block, LineFacts[] facts)
    {
        var trimmed = facts[block.First].Trimmed;
        ArticleBodyParser.MakeHeading(block, TextShapes.Trim(trimmed.Substring(0, trimmed.Length - 1)), NumberingStyle.None, HeadingMark.Plain, "heading-colon");
    }

    /// <summary>A short heading-shaped line ending in a colon, with prose or a list right under it.</summary>
    private static bool IsLabelLine(List<Block> blocks, LineFacts[] facts, int b)
    {
        var block = blocks[b];
        if (block.Kind != ElementKind.Paragraph || block.Rule != "paragraph" || block.First != block.Last) return false;
        var line = facts[block.First];
        if (line.End != LineEnd.Colon || line.Counter != NumberingStyle.None || TextShapes.IsWiderThan(line.Trimmed, MaxWidth + 1)) return false;
        if (!ArticleBodyParser.IsUnnumberedHeadingText(TextShapes.Trim(line.Trimmed.Substring(0, line.Trimmed.Length - 1)))) return false;
        return blocks[b + 1].Kind is ElementKind.Paragraph or ElementKind.BulletItem or ElementKind.NumberedItem;
    }

    /// <summary>Blocks of content under the label at <paramref name="b"/> before <paramref name="end"/> or the next heading: a run of list items counts once.</summary>
    private static int ContentUnder(List<Block> blocks, int b, int end)
    {
        var content = 0;
        var previous = ElementKind.Paragraph;
        for (var k = b + 1; k < end; k++)
        {
            var kind = blocks[k].Kind;
            if (kind is ElementKind.Heading or ElementKind.ReferenceHeading or ElementKind.Separator) break;
            if (kind is ElementKind.Caption || (kind is ElementKind.BulletItem or ElementKind.NumberedItem && k > b + 1 && previous == kind)) continue;
            previous = kind;
            content++;
        }
        return content;
    }

    private static bool HeadsParagraphs(List<Block> blocks, LineFacts[] facts, int b)
    {
        // What it heads begins right under it: a picture, table or code there is what the colon introduces.
        if (blocks[b + 1].Kind != ElementKind.Paragraph) return false;
        var paragraphs = 0;
        for (var k = b + 1; k < blocks.Count; k++)
        {
            var block = blocks[k];
            if (block.Kind is ElementKind.Heading or ElementKind.ReferenceHeading or ElementKind.Separator) break;
            if (block.Kind is ElementKind.Image or ElementKind.Caption or ElementKind.Code or ElementKind.Table) continue;
            if (block.Kind != ElementKind.Paragraph) return false;
            var line = facts[block.First];
            if (block.First > 0 && !facts[block.First - 1].IsBlank) return false;
            if (line.End == LineEnd.Colon) break;
            if (line.End is not (LineEnd.Stop or LineEnd.Question or LineEnd.Exclamation)) return false;
            paragraphs++;
        }
        return paragraphs >= MinimumContent;
    }
}
