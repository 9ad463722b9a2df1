using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing.Headings;

/// <summary>
/// Gives an article's headings their levels, from what the text shows of its structure (never from what the
/// headings mean):
/// <list type="bullet">
/// <item>markdown <c>##</c> is level 1 and <c>###</c> level 2; a lone bullet is a sub-heading;</item>
/// <item>numbered headings: the first top-level numbering style the article uses (<c>01</c>, <c>一、</c>, <c>1.</c>,
/// <c>第一部分</c>, <c>Part 1</c>, <c>【一】</c>) is level 1 throughout, any other style level 2, and <c>3.1</c>,
/// <c>(1)</c>, <c>a)</c> always level 2; numbered headings after unnumbered ones are their sub-headings;</item>
/// <item>within numbered top-level parts, unnumbered headings are level 2 (the part's sub-headings), but for a
/// closing reference list, and for a heading that opens a part the numbering skips (<c>06 …</c>, then
/// <c>补充三个方面</c> over <c>7.1</c>, <c>7.2</c>: it is part 7);</item>
/// <item>in an article without numbered parts, unnumbered headings are level 1, except under a heading that
/// opens a group: one followed directly by another heading (or by a single introduction ending in a colon and its
/// list); the headings after it are level 2 until the next heading that opens a group, a closing section
/// (<c>结论</c>, <c>总结</c>, <c>展望</c>…) or a reference list.</item>
/// </list>
/// Headings found together as a set of one shape share the highest level any of them has. A level-2 heading's
/// parent is the level-1 heading before it.
/// </summary>
internal static class Outline
{
    public static void AssignLevels(List<Block> blocks, Func<int, string> trimmed)
    {
        var headings = new List<int>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind is ElementKind.Heading or ElementKind.ReferenceHeading) headings.Add(b);
        }
        if (headings.Count == 0) return;

        var topLevelStyle = NumberingStyle.None;
        var sawHeading = false;
        var inPart = false;
        var inGroup = false;
        for (var h = 0; h < headings.Count; h++)
        {
            var block = blocks[headings[h]];
            switch (block.Mark)
            {
                case HeadingMark.Markdown:
                    break;
                case HeadingMark.Bullet:
                    block.Level = 2;
                    break;
                case HeadingMark.Contents:
                    block.Level = 1;
                    if (block.Numbering != NumberingStyle.None && topLevelStyle == NumberingStyle.None) topLevelStyle = block.Numbering;
                    break;
                case HeadingMark.Numbered:
                    block.Level = LevelOf(block.Numbering, ref topLevelStyle, sawHeading);
                    if (block.Level == 1) inPart = true;
                    break;
                case HeadingMark.References:
                    block.Level = inPart && !IsClosingReferenceList(blocks, headings[h]) ? 2 : 1;
                    inGroup = false;
                    break;
                default:
                    var underHeading = h > 0 && headings[h - 1] == headings[h] - 1 && blocks[headings[h - 1]].Mark is HeadingMark.Plain or HeadingMark.Markdown;
                    if (inPart) block.Level = 2;
                    else if (!(inGroup && underHeading) && OpensGroup(blocks, headings[h], trimmed))
                    {
                        block.Level = 1;
                        inGroup = true;
                    }
                    else if (inGroup && !IsClosingSection(block.HeadingText ?? trimmed(block.First))) block.Level = 2;
                    else
                    {
                        block.Level = 1;
                        inGroup = false;
                    }
                    break;
            }
            sawHeading = true;
        }
        OpenSkippedParts(blocks, headings, trimmed);
        ShareLevelsOfOneShape(blocks, headings);
    }

    /// <summary>
    /// Headings found together because they share a shape (parallel labels ending in a colon, a run of questions over
    /// answers) are siblings: each takes the highest level any of them has.
    /// </summary>
    private static void ShareLevelsOfOneShape(List<Block> blocks, List<int> headings)
    {
        foreach (var rule in SharedShapeRules)
        {
            var level = int.MaxValue;
            foreach (var h in headings)
            {
                if (blocks[h].Rule == rule) level = Math.Min(level, blocks[h].Level);
            }
            if (level == int.MaxValue) continue;
            foreach (var h in headings)
            {
                if (blocks[h].Rule == rule) blocks[h].Level = level;
            }
        }
    }

    /// <summary>Rules that find headings as a set of one shape.</summary>
    private static readonly ImmutableArray<string> SharedShapeRules = ImmutableArray.Create("heading-colon", "heading-question-run");

    /// <summary>
    /// The first top-level numbering style an article uses is level 1; other top-level styles nest under it,
    /// and decimal (3.1), parenthesised and lettered numbering always do. When unnumbered headings come first,
    /// numbered ones nest under them.
    /// </summary>
    private static int LevelOf(NumberingStyle style, ref NumberingStyle topLevelStyle, bool sawHeading)
    {
        if (style is NumberingStyle.Decimal or NumberingStyle.Parenthesized or NumberingStyle.Lettered) return 2;
        if (topLevelStyle == NumberingStyle.None)
        {
            if (sawHeading) return 2;
            topLevelStyle = style;
            return 1;
        }
        return style == topLevelStyle ? 1 : 2;
    }

    /// <summary>
    /// A heading followed directly by an unnumbered heading, or by one introduction ending in a colon and then only
    /// lists, pictures and tables before the next heading, opens a group of sub-sections.
    /// </summary>
    private static bool OpensGroup(List<Block> blocks, int b, Func<int, string> trimmed)
    {
        var k = b + 1;
        if (k >= blocks.Count) return false;
        if (blocks[k].Kind is ElementKind.Paragraph)
        {
            var intro = trimmed(blocks[k].Last);
            if (!TextShapes.IsColon(intro[intro.Length - 1])) return false;
            k++;
            while (k < blocks.Count && blocks[k].Kind is ElementKind.BulletItem or ElementKind.NumberedItem or ElementKind.Image or ElementKind.Caption or ElementKind.Table) k++;
        }
        return k < blocks.Count && blocks[k].Kind == ElementKind.Heading && blocks[k].Mark is HeadingMark.Plain or HeadingMark.Markdown;
    }

    /// <summary>
    /// A reference list that no heading follows, only its entries (read as entries, paragraphs or list items): it closes
    /// the article, whatever part came before.
    /// </summary>
    private static bool IsClosingReferenceList(List<Block> blocks, int b)
    {
        for (var k = b + 1; k < blocks.Count; k++)
        {
            if (blocks[k].Kind is not (ElementKind.ReferenceEntry or ElementKind.ReferenceHeading or ElementKind.Paragraph or ElementKind.BulletItem or ElementKind.NumberedItem)) return false;
        }
        return true;
    }

    /// <summary>The sections that close an article or stand for one of its top-level parts.</summary>
    private static bool IsClosingSection(string heading)
    {
        var text = TextShapes.Trim(CharacterFold.Key(heading).TrimEnd(':'));
        foreach (var section in Vocabulary.Headings.ClosingSections)
        {
            if (string.Equals(text, section, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// <c>7.1</c> under part 06 says part 7 began: the first unnumbered heading between part 06 and it opens part 7
    /// (level 1), and the sub-headings after it are its own.
    /// </summary>
    private static void OpenSkippedParts(List<Block> blocks, List<int> headings, Func<int, string> trimmed)
    {
        var partNumber = -1;
        var partHeading = -1;
        for (var h = 0; h < headings.Count; h++)
        {
            var block = blocks[headings[h]];
            if (block.Level == 1 && block.Mark == HeadingMark.Numbered)
            {
                partNumber = LineShapes.LeadingNumber(trimmed(block.First));
                partHeading = h;
                continue;
            }
            if (block.Numbering != NumberingStyle.Decimal || partNumber < 0) continue;
            var major = LineShapes.LeadingNumber(trimmed(block.First));
            if (major != partNumber + 1) continue;
            for (var g = partHeading + 1; g < h; g++)
            {
                var candidate = blocks[headings[g]];
                if (candidate.Mark != HeadingMark.Plain) continue;
                candidate.Level = 1;
                partNumber = major;
                partHeading = g;
                break;
            }
        }
    }
}
