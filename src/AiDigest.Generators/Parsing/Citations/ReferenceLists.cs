using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Citations;

/// <summary>
/// Reference lists: a heading (<c>参考文献</c>, <c>參考資料：</c>, <c>References</c>, <c>Refs:</c>) and the entries after
/// it, or — the principle — a run of citation-shaped lines (<see cref="CitationShapes"/>) without any heading.
/// </summary>
/// <remarks>
/// Rule ids: <c>ref-heading</c> (the heading), <c>ref-entry</c> (an entry under a heading); the entries of a run
/// without a heading by the style that shows them to be citations: <c>ref-apa</c>, <c>ref-ieee</c>, <c>ref-gbt</c>,
/// <c>ref-link</c> (markdown links), <c>ref-url</c> (bare URLs), <c>ref-scholarly</c>.
/// </remarks>
internal static class ReferenceLists
{
    public const string HeadingRule = "ref-heading";
    public const string EntryRule = "ref-entry";

    /// <summary>A reference-list heading: <c>参考文献</c>, <c>参考链接:</c>, <c>References</c>…; <paramref name="inlineEntry"/> is the text after the colon, if any.</summary>
    public static bool IsHeading(string trimmed, out string inlineEntry)
    {
        inlineEntry = string.Empty;
        var colon = TextShapes.IndexOfAny(trimmed, TextShapes.Colons);
        if ((colon < 0 ? trimmed.Length : colon) > 16) return false;
        var head = colon < 0 ? trimmed : TextShapes.Trim(trimmed.Substring(0, colon));
        if (head.Length == 0 || TextShapes.IsWiderThan(head, 12) || !IsHeadingWord(CharacterFold.Key(head))) return false;

        // The text after the colon (often a long line) is copied only once the head names a reference list.
        var inline = colon < 0 ? string.Empty : TextShapes.Trim(trimmed.Substring(colon + 1));
        if (inline.Length > 0 && !LinkScanner.IsUrlOnly(inline)) return false;
        inlineEntry = inline;
        return true;
    }

    private static bool IsHeadingWord(string head)
    {
        // Ordinal comparisons ignoring case: lower-casing the head would be an ICU call for every CJK heading.
        foreach (var word in Vocabulary.References.Headings)
        {
            if (string.Equals(head, word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        if (head.StartsWith(Vocabulary.References.HeadingStart, StringComparison.Ordinal)) return true;
        foreach (var end in Vocabulary.References.HeadingEnds)
        {
            if (head.EndsWith(end, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// An entry of a list: a marked line (<c>①</c>, <c>[1]</c>, <c>1.</c>, <c>1)</c>, a bullet, a URL first), or an
    /// unmarked citation-shaped line (an APA entry, a markdown link <c>[标题](url)</c>); <paramref name="marker"/> is
    /// null for a bare URL, a bulleted or an unmarked entry.
    /// </summary>
    public static bool TryEntry(string trimmed, out string? marker, out int textStart)
    {
        if (LineShapes.TryReferenceMarker(trimmed, out marker, out textStart)) return true;
        marker = null;
        textStart = 0;
        return CitationShapes.Of(trimmed) != CitationStyle.None;
    }

    /// <summary>Takes a heading and its entries; returns the last line.</summary>
    public static int TakeUnderHeading(LineSpan lines, List<Block> blocks, int start)
    {
        blocks.Add(new Block(ElementKind.ReferenceHeading, start, start) { HeadingText = HeadingText(TextShapes.Trim(lines[start].Text)), Mark = HeadingMark.References, Rule = HeadingRule });
        var last = start;
        Block? entry = null;
        var numbered = false;
        for (var i = NextNonBlank(lines, start + 1); i >= 0; i = NextNonBlank(lines, i + 1))
        {
            var trimmed = TextShapes.Trim(lines[i].Text);

            // In a numbered list an unmarked line is an entry wrapped onto a second line (below), not an entry of its own.
            var marked = LineShapes.TryReferenceMarker(trimmed, out var marker, out _);
            if (marked || (!numbered && CitationShapes.Of(trimmed) != CitationStyle.None))
            {
                numbered |= marker is not null;
                entry = new Block(ElementKind.ReferenceEntry, i, i) { Rule = EntryRule };
                blocks.Add(entry);
                last = i;
                continue;
            }

            // A long entry wrapped onto a second line: it continues the entry when a marked entry follows it.
            var next = NextNonBlank(lines, i + 1);
            if (entry is null || next < 0 || !LineShapes.TryReferenceMarker(TextShapes.Trim(lines[next].Text), out var nextMarker, out _) || nextMarker is null
                || TextShapes.IsWiderThan(trimmed, 200) || LineShapes.IsImage(trimmed))
            {
                break;
            }
            entry.Last = i;
            last = i;
        }
        return last;
    }

    /// <summary>
    /// A run of two or more citation-shaped lines that starts at <paramref name="start"/>, marked alike (all <c>[n]</c>,
    /// all <c>n.</c> or <c>n)</c>, all circled, all bulleted, or all unmarked), blank lines between allowed: a reference
    /// list without a heading. Takes it and returns its last line, or -1 when there is none.
    /// </summary>
    public static int TryTakeRun(LineSpan lines, List<Block> blocks, int start)
    {
        var firstStyle = EntryStyle(TextShapes.Trim(lines[start].Text), out var kind);
        if (firstStyle == CitationStyle.None) return -1;
        var entries = new List<(int Line, CitationStyle Style)> { (start, firstStyle) };
        for (var i = NextNonBlank(lines, start + 1); i >= 0; i = NextNonBlank(lines, i + 1))
        {
            var style = EntryStyle(TextShapes.Trim(lines[i].Text), out var markerKind);
            if (style == CitationStyle.None || markerKind != kind) break;
            entries.Add((i, style));
        }
        if (entries.Count < 2) return -1;

        // Bare links alone are a list of links, not of works, unless something marks them as a list.
        if (kind == MarkerKind.None && AllBare(entries)) return -1;
        foreach (var (line, style) in entries) blocks.Add(new Block(ElementKind.ReferenceEntry, line, line) { Rule = RuleOf(style) });
        return entries[entries.Count - 1].Line;
    }

    private static bool AllBare(List<(int Line, CitationStyle Style)> entries)
    {
        foreach (var (_, style) in entries)
        {
            if (style != CitationStyle.BareUrl) return false;
        }
        return true;
    }

    private enum MarkerKind : byte
    {
        None,
        Bracketed,
        Arabic,
        Circled,
        Bullet,
    }

    /// <summary>The citation style of a line with its marker removed, and the kind of its marker.</summary>
    private static CitationStyle EntryStyle(string trimmed, out MarkerKind kind)
    {
        kind = MarkerKind.None;
        if (trimmed.Length < 4) return CitationStyle.None;
        var textStart = 0;
        if (LineShapes.TryReferenceMarker(trimmed, out var marker, out var start) && start > 0)
        {
            textStart = start;
            kind = marker is null ? MarkerKind.Bullet : LineShapes.IsCircledNumber(marker[0]) ? MarkerKind.Circled : marker[0] is '[' or '\u3010' ? MarkerKind.Bracketed : MarkerKind.Arabic;
        }
        var text = trimmed.Substring(textStart);
        var style = CitationShapes.Of(text);

        // A markdown link whose text names a field (📖 arXiv Paper, 📊 Code) is a metadata line, not a work.
        if (style == CitationStyle.MarkdownLink && textStart == 0 && PaperMetadataLine.TryParse(trimmed, out var metadata) && PaperMetadataLine.LabelNamesField(metadata.Key)) return CitationStyle.None;
        return style;
    }

    private static string RuleOf(CitationStyle style) => style switch
    {
        CitationStyle.Apa => "ref-apa",
        CitationStyle.Ieee => "ref-ieee",
        CitationStyle.Tagged => "ref-gbt",
        CitationStyle.MarkdownLink => "ref-link",
        CitationStyle.BareUrl => "ref-url",
        _ => "ref-scholarly",
    };

    private static string HeadingText(string trimmed)
    {
        var colon = TextShapes.IndexOfAny(trimmed, TextShapes.Colons);
        return colon >= 0 ? TextShapes.Trim(trimmed.Substring(0, colon)) : trimmed;
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
