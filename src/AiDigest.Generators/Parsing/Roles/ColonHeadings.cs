using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// Principle: <b>a heading heads something</b>, for a short line ending in a colon. <c>研究动机：</c> alone on its line,
/// followed by two or more paragraphs (sentences, set apart by blank lines) before the next heading, heads them: it is
/// a heading (its colon dropped). One that introduces a picture, a table, a list, its lines back to back (<c>本次圆桌嘉宾：</c> over the guests),
/// or a single paragraph, introduces it and stays prose.
/// </summary>
internal static class ColonHeadings
{
    /// <summary>Widest label-like heading, in CJK characters.</summary>
    private const double MaxWidth = 12;

    /// <summary>How many paragraphs a colon line must head.</summary>
    private const int MinimumParagraphs = 2;

    public static void Decide(List<Block> blocks, LineFacts[] facts)
    {
        for (var b = 0; b + MinimumParagraphs < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind != ElementKind.Paragraph || block.Rule != "paragraph" || block.First != block.Last) continue;
            var line = facts[block.First];
            if (line.End != LineEnd.Colon || line.Counter != NumberingStyle.None || TextShapes.IsWiderThan(line.Trimmed, MaxWidth + 1)) continue;
            var text = TextShapes.Trim(line.Trimmed.Substring(0, line.Trimmed.Length - 1));
            if (!ArticleBodyParser.IsUnnumberedHeadingText(text)) continue;
            if (HeadsParagraphs(blocks, facts, b)) ArticleBodyParser.MakeHeading(block, text, NumberingStyle.None, HeadingMark.Plain, "heading-colon");
        }
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
        return paragraphs >= MinimumParagraphs;
    }
}
