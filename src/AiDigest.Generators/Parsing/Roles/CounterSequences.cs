using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Lines;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// Principle: <b>lines of one shape share a role</b>. Lines that open with counters of one numbering whose values go
/// up one by one (<c>①</c> <c>②</c> <c>③</c>, <c>Ⅰ.</c> <c>Ⅱ.</c>) are one sequence, decided together: headings when every
/// item is shaped like a heading and is followed by content of its own before the next item (a paper's fields,
/// commentary, a picture); list items otherwise (items back to back, or any item a long sentence).
/// </summary>
/// <remarks>
/// The same glyphs head sections in one article (<c>① POPE：用是非题来测幻觉</c> over its paper) and number a list in
/// another (<c>① Agent 的记忆到底该存什么？这篇论文对比了…</c>): only the sequence as a whole tells.
/// </remarks>
internal static class CounterSequences
{
    /// <summary>Numberings decided here: glyph counters that number lists as often as they head sections.</summary>
    private static bool IsDecidedHere(NumberingStyle style) => style is NumberingStyle.Circled or NumberingStyle.Roman;

    public static void Decide(List<Block> blocks, LineFacts[] facts, double maxHeadingWidth)
    {
        var sequence = new List<int>();
        var style = NumberingStyle.None;
        var value = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind is not (ElementKind.NumberedItem or ElementKind.Heading or ElementKind.Paragraph) || block.First != block.Last) continue;
            var line = facts[block.First];
            if (!IsDecidedHere(line.Counter)) continue;
            if (line.Counter != style || line.CounterValue != value + 1)
            {
                Settle(blocks, facts, sequence, maxHeadingWidth);
                sequence.Clear();
            }
            sequence.Add(b);
            style = line.Counter;
            value = line.CounterValue;
        }
        Settle(blocks, facts, sequence, maxHeadingWidth);
    }

    private static void Settle(List<Block> blocks, LineFacts[] facts, List<int> sequence, double maxHeadingWidth)
    {
        if (sequence.Count == 0) return;
        var headings = sequence.Count >= 2;
        for (var k = 0; k < sequence.Count && headings; k++)
        {
            var b = sequence[k];
            var next = k + 1 < sequence.Count ? sequence[k + 1] : -1;
            var followed = b + 1 < blocks.Count && b + 1 != next && blocks[b + 1].Kind is not (ElementKind.ReferenceHeading or ElementKind.Separator);
            headings = followed && ArticleBodyParser.IsHeadingText(facts[blocks[b].First].Rest, maxHeadingWidth);
        }
        foreach (var b in sequence)
        {
            var block = blocks[b];
            var line = facts[block.First];
            if (headings) ArticleBodyParser.MakeHeading(block, line.Trimmed, line.Counter, HeadingMark.Numbered, "heading-sequence");
            else
            {
                block.Kind = ElementKind.NumberedItem;
                block.HeadingText = null;
                block.Mark = HeadingMark.Plain;
                block.Numbering = NumberingStyle.None;
                block.Rule = "list-sequence";
            }
        }
    }
}
