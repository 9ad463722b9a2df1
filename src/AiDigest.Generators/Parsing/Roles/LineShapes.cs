using System;
using System.Collections.Immutable;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>How a heading is numbered; the first of the top-level styles an article uses is its level 1.</summary>
internal enum NumberingStyle : byte
{
    None,
    ChineseNumeral,   // 一、 二、
    TwoDigit,         // 01  02.
    Arabic,           // 1.  2、  3)
    Decimal,          // 3.1  4.1.1 (always a sub-heading)
    Parenthesized,    // (1) (1)
    Lettered,         // a)  ii)
    Part,             // 第一部分  Part 1:  Chapter 2
    Bracketed,        // 【一】 【2】
    Circled,          // ① ②
    Roman,            // Ⅰ. Ⅱ、 II.
}

/// <summary>Recognisers for single lines, each a pure function of the trimmed text.</summary>
internal static class LineShapes
{
    private static readonly ImmutableArray<string> ImageExtensions = ImmutableArray.Create(".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg");

    /// <summary><c>图片</c>, <c>image.png</c>, or any single token ending in an image extension.</summary>
    public static bool IsImage(string trimmed)
    {
        if (trimmed.Length <= 6)
        {
            foreach (var picture in Vocabulary.Figures.Pictures)
            {
                if (trimmed.Length == picture.Length && CharacterFold.StartsWith(trimmed, picture)) return true;
            }
        }
        if (trimmed.Length > 200) return false;
        if (IsMarkdownImage(trimmed)) return true;

        // Every extension ends in g, f or p (any case): most lines are ruled out by their last character alone.
        if (trimmed.Length == 0 || trimmed[trimmed.Length - 1] is not ('g' or 'G' or 'f' or 'F' or 'p' or 'P')) return false;
        foreach (var c in trimmed)
        {
            if (TextShapes.IsSpace(c)) return false;
        }
        foreach (var extension in ImageExtensions)
        {
            if (trimmed.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && trimmed.Length > extension.Length) return true;
        }
        return false;
    }

    /// <summary><c>![示意图](https://example.com/fig1.png)</c>: a markdown image on a line of its own.</summary>
    private static bool IsMarkdownImage(string trimmed)
    {
        if (trimmed.Length < 6 || trimmed[0] != '!' || trimmed[1] != '[' || trimmed[trimmed.Length - 1] != ')') return false;
        var close = trimmed.IndexOf("](", 2, StringComparison.Ordinal);
        return close > 0 && trimmed.IndexOf(')', close) == trimmed.Length - 1;
    }

    /// <summary><c>00:02:15 开场</c>, <c>12:30 …</c>: a line that opens with a time stamp (show notes, chapters).</summary>
    public static bool IsTimestamped(string trimmed)
    {
        var i = 0;
        var groups = 0;
        while (true)
        {
            var start = i;
            while (i < trimmed.Length && trimmed[i] is >= '0' and <= '9') i++;
            if (i - start is < 1 or > 2) return false;
            groups++;
            if (i < trimmed.Length && trimmed[i] == ':' && groups < 3)
            {
                i++;
                continue;
            }
            break;
        }
        return groups >= 2 && i < trimmed.Length - 1 && TextShapes.IsSpace(trimmed[i]);
    }

    /// <summary>A video marker <c>,时长17:33</c>; returns the duration as written.</summary>
    public static bool TryVideo(string trimmed, out string duration)
    {
        duration = string.Empty;
        var start = 0;
        while (start < trimmed.Length && (TextShapes.IsComma(trimmed[start]) || TextShapes.IsSpace(trimmed[start]))) start++;
        if (!CharacterFold.MatchesAt(trimmed, start, Vocabulary.Figures.Duration)) return false;
        var value = TextShapes.Trim(trimmed.Substring(start + 2));
        if (value.Length == 0 || value.Length > 8) return false;
        var colons = 0;
        foreach (var c in value)
        {
            if (c == ':') colons++;
            else if (c < '0' || c > '9') return false;
        }
        if (colons is < 1 or > 2) return false;
        duration = value;
        return true;
    }

    /// <summary>
    /// The separator <c>....</c> that closes an article: four or more dots, alone on the line (spaces around them
    /// allowed). Reads the line in place, without a trimmed copy: the boundary pass asks this of every line.
    /// </summary>
    public static bool IsSeparatorLine(string line)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && TextShapes.IsSpace(line[start])) start++;
        if (start == end || line[start] != '.') return false;
        while (end > start && TextShapes.IsSpace(line[end - 1])) end--;
        if (end - start < 4) return false;
        for (var i = start; i < end; i++)
        {
            if (line[i] != '.') return false;
        }
        return true;
    }

    /// <summary>A bullet item: optional indentation, then <c>•</c> (or <c>●</c>, <c>▪</c>, <c>◦</c>).</summary>
    /// <remarks>Markdown's <c>- </c> and <c>* </c> count too when a space follows (<c>-30%</c> does not).</remarks>
    public static bool IsBullet(string trimmed) =>
        trimmed.Length > 1 && (Vocabulary.Bullets.Glyphs.IndexOf(trimmed[0]) >= 0 || IsCheck(trimmed[0])
            || (Vocabulary.Bullets.Markdown.IndexOf(trimmed[0]) >= 0 && trimmed[1] == ' ' && trimmed.Length > 2));

    /// <summary>A checklist's mark: <c>✅</c>, <c>❌</c>, <c>☑</c>…; the item it opens is a list item.</summary>
    public static bool IsCheck(char c) => Vocabulary.Bullets.Checks.IndexOf(c) >= 0;

    public static string BulletText(string trimmed)
    {
        if (!IsBullet(trimmed)) return trimmed;
        var skip = 1;
        while (skip < trimmed.Length && (trimmed[skip] == '\uFE0F' || trimmed[skip] == '\u200D')) skip++;
        return TextShapes.Trim(trimmed.Substring(skip));
    }

    /// <summary>
    /// <c>图 1 …</c>, <c>图一:…</c>, <c>表格 2 …</c>, <c>Figure 3.</c>: a figure or table caption,
    /// unless the number is followed by a verb ("图 5 展示了…" is prose about the figure).
    /// </summary>
    public static bool IsNumberedCaption(string trimmed)
    {
        if (trimmed.Length == 0 || CharacterFold.Fold(trimmed[0]) is not ('表' or '图' or 'F' or 'f' or 'T' or 't')) return false;
        trimmed = CharacterFold.Key(trimmed);
        var i = 0;
        foreach (var word in Vocabulary.Figures.CaptionWords)
        {
            if (trimmed.Length < word.Length || string.Compare(trimmed, 0, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            i = word.Length;
            break;
        }
        if (i == 0) return false;

        while (i < trimmed.Length && trimmed[i] == ' ') i++;
        var numberStart = i;
        while (i < trimmed.Length && (char.IsDigit(trimmed[i]) || Vocabulary.Numerals.Chinese.IndexOf(trimmed[i]) >= 0)) i++;
        if (i == numberStart) return false;

        // 图 3-2, 图 3.2: a figure numbered within its chapter.
        if (i + 1 < trimmed.Length && trimmed[i] is '-' or '.' && char.IsDigit(trimmed[i + 1]) && char.IsDigit(trimmed[i - 1]))
        {
            i++;
            while (i < trimmed.Length && char.IsDigit(trimmed[i])) i++;
        }
        if (i == trimmed.Length) return true;
        var next = trimmed[i];
        if (!(next is ' ' or '.' or '\uFF0E' or '\u3001' or '\u00A0' || TextShapes.IsColon(next) || TextShapes.IsOpeningParenthesis(next) || TextShapes.IsCjk(next) || char.IsLetter(next))) return false;
        // "图 1. 与或交互…", "表 1：…": a label's punctuation after the number makes it a caption, whatever word follows.
        if (next is '.' or '\uFF0E' or '\u3001' || TextShapes.IsColon(next)) return true;
        var rest = TextShapes.Trim(trimmed.Substring(i));
        foreach (var verb in Vocabulary.Figures.CaptionVerbs)
        {
            if (rest.StartsWith(verb, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private const string ClosingSquareBrackets = "]\u3011";

    private const string ClosingParentheses = ")\uFF09";

    /// <summary>A reference-list heading: <c>参考文献</c>, <c>参考链接:</c>, <c>References</c>… (<see cref="Citations.ReferenceLists.IsHeading"/>).</summary>
    public static bool IsReferenceHeading(string trimmed, out string inlineEntry) => Citations.ReferenceLists.IsHeading(trimmed, out inlineEntry);

    /// <summary>The marker of a reference-list entry: <c>①</c>, <c>[1]</c>, <c>1.</c>; null for a bare URL or a bulleted entry.</summary>
    public static bool TryReferenceMarker(string trimmed, out string? marker, out int textStart)
    {
        marker = null;
        textStart = 0;
        if (trimmed.Length == 0) return false;
        if (IsCircledNumber(trimmed[0]))
        {
            marker = trimmed.Substring(0, 1);
            textStart = 1;
        }
        else if (trimmed[0] is '[' or '【')
        {
            var close = TextShapes.IndexOfAny(trimmed, ClosingSquareBrackets);
            if (close < 2 || close > 5 || !AllDigits(trimmed, 1, close - 1)) return false;
            marker = trimmed.Substring(0, close + 1);
            textStart = close + 1;
        }
        else if (LinkScanner.FindUrls(trimmed) is { Count: > 0 } urls && urls[0].Column == 0)
        {
            return true;
        }
        else if (IsBullet(trimmed))
        {
            // A bullet lists the entry; it numbers nothing, so the entry has no marker.
            textStart = 1;
        }
        else if (TryArabicPrefix(trimmed, out var prefixLength) && prefixLength <= 4)
        {
            marker = TextShapes.Trim(trimmed.Substring(0, prefixLength));
            textStart = prefixLength;
        }
        else
        {
            return false;
        }
        while (textStart < trimmed.Length && TextShapes.IsSpace(trimmed[textStart])) textStart++;
        return true;
    }

    public static bool IsCircledNumber(char c) => (c >= '\u2460' && c <= '\u2473') || (c >= '\u3251' && c <= '\u325F') || (c >= '\u32B1' && c <= '\u32BF');

    /// <summary>The value of a reference marker (① → 1, [12] → 12), or -1.</summary>
    public static int MarkerNumber(string? marker)
    {
        if (marker is null || marker.Length == 0) return -1;
        var c = marker[0];
        if (c >= '\u2460' && c <= '\u2473') return c - '\u2460' + 1;
        if (c >= '\u3251' && c <= '\u325F') return c - '\u3251' + 21;
        if (c >= '\u32B1' && c <= '\u32BF') return c - '\u32B1' + 36;
        var digits = 0;
        var value = 0;
        foreach (var ch in marker)
        {
            if (ch >= '0' && ch <= '9')
            {
                value = (value * 10) + (ch - '0');
                digits++;
            }
        }
        return digits > 0 ? value : -1;
    }

    /// <summary><c>1.</c>, <c>1、</c>, <c>1)</c> or <c>1:</c> at the start; the length includes the following spaces.</summary>
    public static bool TryArabicPrefix(string trimmed, out int length)
    {
        length = 0;
        var i = 0;
        while (i < trimmed.Length && i < 3 && char.IsDigit(trimmed[i]) && trimmed[i] < 128) i++;
        if (i == 0 || i >= trimmed.Length) return false;
        var c = trimmed[i];
        if (c == '.' && i + 1 < trimmed.Length && char.IsDigit(trimmed[i + 1])) return false;
        if (!(c is '.' or '\u3001' or '\uFF0E' || TextShapes.IsClosingParenthesis(c) || TextShapes.IsColon(c))) return false;
        i++;
        while (i < trimmed.Length && TextShapes.IsSpace(trimmed[i])) i++;
        length = i;
        return i < trimmed.Length;
    }

    /// <summary>
    /// The numbering of a heading-like line and where its text starts; <see cref="NumberingStyle.None"/> when unnumbered.
    /// </summary>
    public static NumberingStyle Numbering(string trimmed, out int textStart)
    {
        textStart = 0;
        if (trimmed.Length < 2) return NumberingStyle.None;

        // Full-width digits and marks, the ideographic space, Traditional unit words: read on the line's key (same offsets).
        if (FoldsNearStart(trimmed)) trimmed = CharacterFold.Key(trimmed);
        if (IsCircledNumber(trimmed[0]))
        {
            textStart = SkipSpaces(trimmed, 1);
            return textStart < trimmed.Length ? NumberingStyle.Circled : NumberingStyle.None;
        }
        if (TryRoman(trimmed, out textStart)) return NumberingStyle.Roman;

        if (TryPart(trimmed, out textStart)) return NumberingStyle.Part;
        if (trimmed[0] == '\u3010')
        {
            var close = trimmed.IndexOf('\u3011');
            if (close is >= 2 and <= 4 && (AllDigits(trimmed, 1, close - 1) || IsChineseNumeral(trimmed, 1, close - 1)) && close + 1 < trimmed.Length)
            {
                textStart = SkipSpaces(trimmed, close + 1);
                return textStart < trimmed.Length ? NumberingStyle.Bracketed : NumberingStyle.None;
            }
            return NumberingStyle.None;
        }

        // 一、 十二、
        var i = 0;
        while (i < trimmed.Length && i < 3 && Vocabulary.Numerals.Chinese.IndexOf(trimmed[i]) >= 0) i++;
        if (i > 0 && i < trimmed.Length && trimmed[i] is '、' or '.')
        {
            textStart = SkipSpaces(trimmed, i + 1);
            return NumberingStyle.ChineseNumeral;
        }

        // 一 为什么路由是瓶颈: a numeral and a space, no mark, as some media set their parts.
        if (i > 0 && i < trimmed.Length && TextShapes.IsSpace(trimmed[i]))
        {
            textStart = SkipSpaces(trimmed, i);
            for (var k = textStart; k < trimmed.Length; k++)
            {
                // 一 二 三 counts; 二 三篇论文 is part two.
                if (Vocabulary.Numerals.Chinese.IndexOf(trimmed[k]) < 0 && !TextShapes.IsSpace(trimmed[k])) return NumberingStyle.ChineseNumeral;
            }
            textStart = 0;
        }

        // (1) (1) (一)
        if (TextShapes.IsOpeningParenthesis(trimmed[0]))
        {
            var close = TextShapes.IndexOfAny(trimmed, ClosingParentheses);
            if (close is >= 2 and <= 4 && (AllDigits(trimmed, 1, close - 1) || IsChineseNumeral(trimmed, 1, close - 1)))
            {
                textStart = SkipSpaces(trimmed, close + 1);
                return NumberingStyle.Parenthesized;
            }
            return NumberingStyle.None;
        }

        // a)  b.  iii)
        var letters = 0;
        while (letters < trimmed.Length && letters < 4 && trimmed[letters] is >= 'a' and <= 'z') letters++;
        if (letters > 0 && letters < trimmed.Length && TextShapes.IsClosingParenthesis(trimmed[letters])
            && (letters == 1 || IsRoman(trimmed.Substring(0, letters))))
        {
            textStart = SkipSpaces(trimmed, letters + 1);
            return NumberingStyle.Lettered;
        }

        // 01  3.1  4.1.1  1.  1、
        var digits = 0;
        while (digits < trimmed.Length && trimmed[digits] is >= '0' and <= '9') digits++;
        if (digits == 0 || digits > 2 || digits >= trimmed.Length) return NumberingStyle.None;
        var j = digits;
        var dotted = 0;
        while (j + 1 < trimmed.Length && trimmed[j] == '.' && trimmed[j + 1] is >= '0' and <= '9')
        {
            j++;
            while (j < trimmed.Length && trimmed[j] is >= '0' and <= '9') j++;
            dotted++;
        }
        if (dotted > 0)
        {
            if (j < trimmed.Length && trimmed[j] == '.') j++;
            if (j < trimmed.Length && !TextShapes.IsSpace(trimmed[j]) && !TextShapes.IsCjk(trimmed[j])) return NumberingStyle.None;
            textStart = SkipSpaces(trimmed, j);
            return textStart < trimmed.Length ? NumberingStyle.Decimal : NumberingStyle.None;
        }
        var mark = trimmed[digits];
        if (digits == 2 && trimmed[0] == '0')
        {
            // 01. 背景, 01/ 背景 (a slash, as 量子位 sets its parts), 01 背景, 01｜背景.
            if (mark is '.' or '\uFF0E') j++;
            else if (mark is '/' or '\uFF0F' && j + 1 < trimmed.Length && !(trimmed[j + 1] is >= '0' and <= '9')) j++;
            else if (!TextShapes.IsSpace(mark) && !IsNumberBar(mark)) return NumberingStyle.None;
            textStart = SkipBar(trimmed, SkipSpaces(trimmed, j));
            return textStart < trimmed.Length ? NumberingStyle.TwoDigit : NumberingStyle.None;
        }
        if (mark is '.' or '\uFF0E' or '\u3001' or ')')
        {
            textStart = SkipSpaces(trimmed, digits + 1);
            return textStart < trimmed.Length ? NumberingStyle.Arabic : NumberingStyle.None;
        }
        return NumberingStyle.None;
    }

    /// <summary>Whether a character among the first few is full-width or the ideographic space: only then is a key made.</summary>
    /// <remarks>
    /// Only full-width forms and the ideographic space matter to a counter's marks and digits (cheap to test: no
    /// table look-up); Traditional unit words (<c>第一節</c>) are matched on the key where they are read.
    /// </remarks>
    private static bool FoldsNearStart(string trimmed)
    {
        var end = Math.Min(trimmed.Length, 8);
        for (var i = 0; i < end; i++)
        {
            if (trimmed[i] is '\u3000' or >= '\uFF01' and <= '\uFF5E') return true;
        }
        return false;
    }

    /// <summary><c>Ⅰ. 研究动机</c>, <c>Ⅱ、方法</c>, <c>II. Method</c>: a Roman numeral (a numeral glyph, or capitals I, V, X), a dot or <c>、</c>, then text.</summary>
    private static bool TryRoman(string trimmed, out int textStart)
    {
        textStart = 0;
        var i = 0;
        if (trimmed[0] is >= '\u2160' and <= '\u216B') i = 1;
        else
        {
            while (i < trimmed.Length && i < 4 && trimmed[i] is 'I' or 'V' or 'X') i++;
        }
        if (i == 0 || i + 1 >= trimmed.Length) return false;
        var mark = trimmed[i];
        if (mark is '.' or '\u3001') i++;
        else if (!(trimmed[0] is >= '\u2160' and <= '\u216B' && TextShapes.IsSpace(mark))) return false;
        if (!TextShapes.IsSpace(trimmed[i]) && !TextShapes.IsCjk(trimmed[i]) && trimmed[0] < '\u2160') return false;
        textStart = SkipSpaces(trimmed, i);
        return textStart < trimmed.Length;
    }

    /// <summary>
    /// The value of the counter a line opens with, whatever its numerals: <c>三、</c> → 3, <c>(2)</c> → 2, <c>②</c> → 2,
    /// <c>Ⅳ.</c> → 4, <c>b)</c> → 2, <c>iii)</c> → 3, <c>3.1</c> → 3, <c>第五部分</c> → 5, <c>Part 2</c> → 2; -1 when none is read.
    /// </summary>
    public static int CounterValue(string trimmed, NumberingStyle style)
    {
        if (style == NumberingStyle.None || trimmed.Length == 0) return -1;
        if (FoldsNearStart(trimmed)) trimmed = CharacterFold.Key(trimmed);
        var i = 0;
        if (trimmed[0] is '\u7B2C' or '(' or '\u3010') i = 1;
        else if (trimmed[0] is 'P' or 'C')
        {
            while (i < trimmed.Length && !TextShapes.IsSpace(trimmed[i])) i++;
            i = SkipSpaces(trimmed, i);
        }
        if (i >= trimmed.Length) return -1;
        var c = trimmed[i];
        if (IsCircledNumber(c)) return MarkerNumber(trimmed.Substring(i, 1));
        if (c is >= '\u2160' and <= '\u216B') return c - '\u2160' + 1;
        if (style == NumberingStyle.Roman || (style == NumberingStyle.Lettered && i + 1 < trimmed.Length && trimmed[i + 1] is 'i' or 'v' or 'x') || (style == NumberingStyle.Lettered && c == 'i')) return RomanValue(trimmed, i);
        if (style == NumberingStyle.Lettered) return c is >= 'a' and <= 'z' ? c - 'a' + 1 : -1;
        return LeadingNumber(i == 0 ? trimmed : trimmed.Substring(i));
    }

    private static int RomanValue(string text, int start)
    {
        var total = 0;
        var previous = int.MaxValue;
        for (var i = start; i < text.Length; i++)
        {
            var value = char.ToLowerInvariant(text[i]) switch { 'i' => 1, 'v' => 5, 'x' => 10, _ => -1 };
            if (value < 0) break;
            total += value > previous ? value - (2 * previous) : value;
            previous = value;
        }
        return total > 0 ? total : -1;
    }

    /// <summary>Words that count parts: 第一部分, 第2章; Part 1, Chapter II.</summary>
    private static ImmutableArray<string> PartUnits => Vocabulary.Headings.PartUnits;

    private static ImmutableArray<string> PartWords => Vocabulary.Headings.PartWords;

    /// <summary><c>第一部分 …</c>, <c>Part 1: …</c>: a numbered part of an article; the text starts after the number and its colon.</summary>
    private static bool TryPart(string trimmed, out int textStart)
    {
        textStart = 0;
        var i = 0;
        if (trimmed[0] == '第')
        {
            i = 1;
            while (i < trimmed.Length && i < 4 && (Vocabulary.Numerals.Chinese.IndexOf(trimmed[i]) >= 0 || trimmed[i] is >= '0' and <= '9')) i++;
            if (i == 1) return false;
            var unit = false;
            foreach (var word in PartUnits)
            {
                if (!CharacterFold.MatchesAt(trimmed, i, word)) continue;
                i += word.Length;
                unit = true;
                break;
            }
            if (!unit) return false;
        }
        else
        {
            string? partWord = null;
            foreach (var word in PartWords)
            {
                if (trimmed.StartsWith(word, StringComparison.Ordinal)) partWord = word;
            }
            if (partWord is null) return false;
            i = partWord.Length;
            var start = i;
            while (i < trimmed.Length && (trimmed[i] is >= '0' and <= '9' or 'I' or 'V' or 'X')) i++;
            if (i == start) return false;
        }
        if (i < trimmed.Length && (TextShapes.IsColon(trimmed[i]) || trimmed[i] is '.' or '\u3001')) i++;
        else if (i < trimmed.Length && !TextShapes.IsSpace(trimmed[i]) && !IsNumberBar(trimmed[i])) return false;
        textStart = SkipBar(trimmed, SkipSpaces(trimmed, i));
        return textStart < trimmed.Length;
    }

    /// <summary>
    /// A bar or a dash between a part's number and its text, as Chinese media set them (<c>Part 1｜预训练</c>,
    /// <c>01丨背景</c>, <c>Part 2 · Post-training</c>).
    /// </summary>
    private static bool IsNumberBar(char c) => c is '|' or '\uFF5C' or '\u4E28' or '\u00B7' or '\u2014' or '\u2013';

    /// <summary>The text after a bar (and the spaces around it) at <paramref name="i"/>; <paramref name="i"/> when there is none.</summary>
    private static int SkipBar(string text, int i)
    {
        if (i >= text.Length || !IsNumberBar(text[i])) return i;
        while (i < text.Length && IsNumberBar(text[i])) i++;
        return SkipSpaces(text, i);
    }

    /// <summary>The number a top-level heading carries (<c>03</c> → 3, <c>三、</c> → 3, <c>7.2</c> → 7); -1 when it carries none.</summary>
    public static int LeadingNumber(string trimmed)
    {
        var value = 0;
        var i = 0;
        while (i < trimmed.Length && trimmed[i] is >= '0' and <= '9' && i < 3) value = (value * 10) + (trimmed[i++] - '0');
        if (i > 0) return value;
        const string numerals = Vocabulary.Numerals.Chinese;
        while (i < trimmed.Length && numerals.IndexOf(trimmed[i]) >= 0 && i < 3)
        {
            var digit = numerals.IndexOf(trimmed[i]) + 1;
            value = digit == 10 ? (value == 0 ? 10 : value * 10) : value + digit;
            i++;
        }
        return i > 0 ? value : -1;
    }

    /// <summary><c>一,打开…</c>: steps counted with a comma rather than <c>、</c> are list items, not headings.</summary>
    public static bool IsChineseNumeralListItem(string trimmed)
    {
        var i = 0;
        while (i < trimmed.Length && i < 3 && Vocabulary.Numerals.Chinese.IndexOf(trimmed[i]) >= 0) i++;
        return i > 0 && i + 1 < trimmed.Length && TextShapes.IsComma(trimmed[i]);
    }

    private static bool IsRoman(string letters)
    {
        foreach (var c in letters)
        {
            if (c is not ('i' or 'v' or 'x')) return false;
        }
        return true;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && TextShapes.IsSpace(text[i])) i++;
        return i;
    }

    private static bool IsChineseNumeral(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (Vocabulary.Numerals.Chinese.IndexOf(text[i]) < 0) return false;
        }
        return length > 0;
    }

    private static bool AllDigits(string text, int start, int length)
    {
        if (length <= 0) return false;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9') return false;
        }
        return true;
    }

    public static bool IsTableOfContentsHeading(string trimmed)
    {
        if (trimmed.Length > 8) return false;
        foreach (var word in Vocabulary.Headings.Contents)
        {
            if (trimmed.Length == word.Length && (CharacterFold.StartsWith(trimmed, word) || string.Equals(trimmed, word, StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }
}
