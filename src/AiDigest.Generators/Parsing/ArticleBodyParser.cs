using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing;

/// <summary>A run of body lines with one role, before it becomes an <see cref="ElementModel"/>.</summary>
internal sealed class Block
{
    public Block(ElementKind kind, int first, int last)
    {
        Kind = kind;
        First = first;
        Last = last;
    }

    public ElementKind Kind { get; set; }

    /// <summary>Index of the first line in the body's line list.</summary>
    public int First { get; }

    /// <summary>Index of the last line in the body's line list.</summary>
    public int Last { get; set; }

    /// <summary>Heading level (1 or 2) when <see cref="Kind"/> is a heading.</summary>
    public int Level { get; set; }

    public NumberingStyle Numbering { get; set; }

    /// <summary>The heading's text as it should be shown (bullet and trailing colon removed).</summary>
    public string? HeadingText { get; set; }

    /// <summary>For a code block, the language a reader would name; null when nothing tells.</summary>
    public string? Language { get; set; }

    /// <summary>A text line not yet given a role; resolved by the second pass.</summary>
    public bool IsUnresolved { get; set; }
}

/// <summary>
/// Recognises the structure of one article body: each non-blank line is given to exactly one block.
/// The first pass takes what a single line (or a run that starts on it) shows for certain: code, tables of
/// contents, reference lists, metadata blocks, images, videos, bullets, captions. The second pass decides,
/// with context, which of the remaining text lines are the lede, headings, captions, table cells or prose.
/// </summary>
internal sealed class ArticleBodyParser
{
    /// <summary>Widest heading, in CJK characters (a Latin character counts a half).</summary>
    private const double MaxHeadingWidth = 36;

    /// <summary>Widest cell of a flattened table.</summary>
    private const double MaxCellWidth = 40;

    private readonly LineSpan _lines;
    private readonly List<Block> _blocks;
    private readonly HashSet<string> _tableOfContentsTitles = new(StringComparer.Ordinal);

    /// <summary>Each line trimmed, made once: every rule looks at the trimmed text, often several times.</summary>
    private readonly string?[] _trimmed;

    private ArticleBodyParser(LineSpan lines)
    {
        _lines = lines;
        _trimmed = new string?[lines.Count];

        // At most one block per line; about half the lines of an article are blank.
        _blocks = new List<Block>((lines.Count / 2) + 1);
    }

    public static List<Block> Parse(LineSpan bodyLines)
    {
        var parser = new ArticleBodyParser(bodyLines);
        parser.TakeCertainBlocks();
        parser.ResolveTextLines();
        return parser._blocks;
    }

    private string Trimmed(int index) => _trimmed[index] ??= TextShapes.Trim(_lines[index].Text);

    private int NextNonBlank(int index)
    {
        for (var i = index; i < _lines.Count; i++)
        {
            if (!_lines[i].IsBlank) return i;
        }
        return -1;
    }

    private void TakeCertainBlocks()
    {
        var i = NextNonBlank(0);
        while (i >= 0)
        {
            var trimmed = Trimmed(i);
            int last;
            if (LineShapes.StartsCode(_lines[i].Text)) last = TakeCode(i);
            else if (LineShapes.IsTableOfContentsHeading(trimmed)) last = TakeTableOfContents(i);
            else if (LineShapes.IsReferenceHeading(trimmed, out _)) last = TakeReferences(i);
            else if (PaperMetadataLine.TryParse(_lines[i].Text, out _)) last = TakeMetadata(i);
            else if (MarkdownHeading(trimmed) is { } markdown)
            {
                last = i;
                _blocks.Add(markdown.WithLine(i));
            }
            else
            {
                last = i;
                _blocks.Add(SingleLineBlock(i, trimmed));
            }
            i = NextNonBlank(last + 1);
        }
    }

    /// <summary><c>## 方法</c> (level 1) and <c>### 细节</c> (level 2): markdown headings, the marks removed. A single <c># </c> is body text.</summary>
    private static MarkdownHeadingShape? MarkdownHeading(string trimmed)
    {
        var hashes = 0;
        while (hashes < trimmed.Length && trimmed[hashes] == '#') hashes++;
        if (hashes < 2 || hashes > 6 || hashes >= trimmed.Length || trimmed[hashes] != ' ') return null;
        var text = TextShapes.Trim(trimmed.Substring(hashes));
        return text.Length == 0 ? null : new MarkdownHeadingShape(text, hashes == 2 ? 1 : 2);
    }

    private sealed record MarkdownHeadingShape(string Text, int Level)
    {
        public Block WithLine(int line) => new(ElementKind.Heading, line, line) { Level = Level, HeadingText = Text };
    }

    private Block SingleLineBlock(int i, string trimmed)
    {
        if (LineShapes.IsImage(trimmed)) return new Block(ElementKind.Image, i, i);
        if (LineShapes.TryVideo(trimmed, out _)) return new Block(ElementKind.Video, i, i);
        if (LineShapes.IsBullet(trimmed)) return new Block(ElementKind.BulletItem, i, i);
        if (LineShapes.IsNumberedCaption(trimmed)) return new Block(ElementKind.Caption, i, i);
        if (LineShapes.IsCircledNumber(trimmed[0]) || LineShapes.IsChineseNumeralListItem(trimmed)) return new Block(ElementKind.NumberedItem, i, i);
        return new Block(ElementKind.Paragraph, i, i) { IsUnresolved = true };
    }

    private int TakeCode(int start)
    {
        var last = start;
        var fenced = _lines[start].Text.TrimStart().StartsWith("```", StringComparison.Ordinal);
        for (var i = start + 1; i < _lines.Count; i++)
        {
            var text = _lines[i].Text;
            if (fenced)
            {
                last = i;
                if (text.TrimStart().StartsWith("```", StringComparison.Ordinal)) break;
                continue;
            }
            if (!LineShapes.ContinuesCode(text)) break;
            if (!_lines[i].IsBlank) last = i;
        }
        _blocks.Add(new Block(ElementKind.Code, start, last));
        return last;
    }

    /// <summary>
    /// A <c>目录</c> block lists the article's top-level headings; it ends where the article repeats its
    /// first entry as a real heading, or, failing that, at the first line too long to be an entry.
    /// </summary>
    private int TakeTableOfContents(int start)
    {
        var last = start;
        string? firstEntry = null;
        for (var i = NextNonBlank(start + 1); i >= 0; i = NextNonBlank(i + 1))
        {
            var trimmed = Trimmed(i);
            var style = LineShapes.Numbering(trimmed, out var textStart);
            var key = TitleKey(style == NumberingStyle.None ? trimmed : trimmed.Substring(textStart));
            if (firstEntry is not null && key == firstEntry) break;
            if (style == NumberingStyle.None && (TextShapes.Width(trimmed) > 160 || LineShapes.IsImage(trimmed))) break;
            if (style != NumberingStyle.None)
            {
                firstEntry ??= key;
                _tableOfContentsTitles.Add(key);
            }
            else if (firstEntry is null)
            {
                break;
            }
            last = i;
        }
        _blocks.Add(new Block(ElementKind.TableOfContents, start, last));
        return last;
    }

    private int TakeReferences(int start)
    {
        _blocks.Add(new Block(ElementKind.ReferenceHeading, start, start) { Level = 1, HeadingText = ReferenceHeadingText(Trimmed(start)) });
        var last = start;
        Block? entry = null;
        for (var i = NextNonBlank(start + 1); i >= 0; i = NextNonBlank(i + 1))
        {
            if (LineShapes.TryReferenceMarker(Trimmed(i), out var marker, out _))
            {
                entry = new Block(ElementKind.ReferenceEntry, i, i);
                _blocks.Add(entry);
                last = i;
                continue;
            }

            // A long entry wrapped onto a second line: it continues the entry when a marked entry follows it.
            var next = NextNonBlank(i + 1);
            if (entry is null || next < 0 || !LineShapes.TryReferenceMarker(Trimmed(next), out var nextMarker, out _) || nextMarker is null
                || TextShapes.Width(Trimmed(i)) > 200 || LineShapes.IsImage(Trimmed(i)))
            {
                break;
            }
            entry.Last = i;
            last = i;
        }
        return last;
    }

    private const string Colons = "::";

    private static string ReferenceHeadingText(string trimmed)
    {
        var colon = TextShapes.IndexOfAny(trimmed, Colons);
        return colon >= 0 ? TextShapes.Trim(trimmed.Substring(0, colon)) : trimmed;
    }

    private int TakeMetadata(int start)
    {
        var last = start;
        for (var i = NextNonBlank(start + 1); i >= 0 && PaperMetadataLine.TryParse(_lines[i].Text, out _); i = NextNonBlank(i + 1))
        {
            last = i;
        }
        _blocks.Add(new Block(ElementKind.PaperMetadata, start, last));
        return last;
    }

    private void ResolveTextLines()
    {
        ResolveLede();
        ResolveTables();
        var captionEvidence = CountCaptionEvidence();
        var topLevelStyle = NumberingStyle.None;
        var sawHeading = false;

        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            if (block.Kind == ElementKind.BulletItem)
            {
                ResolveLoneBullet(b);
                continue;
            }
            if (!block.IsUnresolved) continue;
            block.IsUnresolved = false;
            var trimmed = Trimmed(block.First);
            var style = LineShapes.Numbering(trimmed, out var textStart);
            var rest = style == NumberingStyle.None ? trimmed : trimmed.Substring(textStart);

            if (_tableOfContentsTitles.Count > 0 && _tableOfContentsTitles.Contains(TitleKey(rest)))
            {
                MakeHeading(block, trimmed, style, level: 1);
                sawHeading = true;
                continue;
            }

            if (b == _blocks.Count - 1)
            {
                // A heading heads something: a closing line ("你看好这些新方向的探索吗?") is prose.
                if (style is NumberingStyle.Arabic or NumberingStyle.Parenthesized or NumberingStyle.Lettered) block.Kind = ElementKind.NumberedItem;
                continue;
            }

            if (style != NumberingStyle.None)
            {
                if (IsNumberedHeadingText(style, rest))
                {
                    var level = LevelOf(style, ref topLevelStyle, sawHeading);
                    MakeHeading(block, trimmed, style, level);
                    sawHeading = true;
                }
                else
                {
                    block.Kind = style is NumberingStyle.Decimal or NumberingStyle.TwoDigit ? ElementKind.Paragraph : ElementKind.NumberedItem;
                }
                continue;
            }

            if (!IsUnnumberedHeadingText(trimmed)) continue;
            if (b > 0 && _blocks[b - 1].Kind == ElementKind.Image && ProseRunsThroughImage(b - 1)) continue;

            if (b > 0 && _blocks[b - 1].Kind == ElementKind.Image && !trimmed.Contains("——")
                && (captionEvidence >= 2 || NamesFigure(trimmed) || (b + 1 < _blocks.Count && _blocks[b + 1].Kind == ElementKind.Image)))
            {
                block.Kind = ElementKind.Caption;
                continue;
            }

            var unnumberedLevel = topLevelStyle == NumberingStyle.None ? 1 : 2;
            if (b > 0 && _blocks[b - 1].Kind == ElementKind.Heading && _blocks[b - 1].Last == PreviousNonBlank(block.First))
            {
                unnumberedLevel = 2;
            }
            MakeHeading(block, trimmed, NumberingStyle.None, unnumberedLevel);
            sawHeading = true;
        }
    }

    private int PreviousNonBlank(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!_lines[i].IsBlank) return i;
        }
        return -1;
    }

    private static void MakeHeading(Block block, string trimmed, NumberingStyle style, int level)
    {
        block.Kind = ElementKind.Heading;
        block.Numbering = style;
        block.Level = level;
        block.HeadingText = trimmed;
    }

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

    /// <summary>The line right after the title is the lede when it is text, whatever its length, unless it introduces what follows.</summary>
    private void ResolveLede()
    {
        if (_blocks.Count == 0 || !_blocks[0].IsUnresolved) return;
        var trimmed = Trimmed(_blocks[0].First);
        if (TextShapes.IsColon(trimmed[trimmed.Length - 1])) return;
        if (LineShapes.Numbering(trimmed, out _) != NumberingStyle.None) return;
        if (LinkScanner.IsUrlOnly(trimmed)) return;
        _blocks[0].Kind = ElementKind.Lede;
        _blocks[0].IsUnresolved = false;
    }

    /// <summary>
    /// Scraped tables arrive one cell a line. Three or more short lines in a row start one; it goes on while
    /// most of the following lines are still short, and becomes a single <see cref="ElementKind.Table"/> block.
    /// </summary>
    private void ResolveTables()
    {
        for (var b = 0; b < _blocks.Count; b++)
        {
            var run = 0;
            var dataCells = 0;
            while (b + run < _blocks.Count && IsCell(_blocks[b + run]))
            {
                if (HoldsData(Trimmed(_blocks[b + run].First))) dataCells++;
                run++;
            }

            // Three short lines may also be a heading, its sub-heading and a short line of prose;
            // a table shows itself by its length or by cells holding figures.
            if (run < 3 || (run < 5 && dataCells < 2))
            {
                continue;
            }
            var end = b + run - 1;
            while (true)
            {
                var cells = 0;
                var lastCell = end;
                for (var k = end + 1; k < _blocks.Count && k <= end + 4 && _blocks[k].IsUnresolved
                    && LineShapes.Numbering(Trimmed(_blocks[k].First), out _) == NumberingStyle.None; k++)
                {
                    if (!IsCell(_blocks[k])) continue;
                    cells++;
                    lastCell = k;
                }
                if (cells < 2) break;
                end = lastCell;
            }
            var table = new Block(ElementKind.Table, _blocks[b].First, _blocks[end].Last);
            _blocks.RemoveRange(b, end - b + 1);
            _blocks.Insert(b, table);
        }
    }

    private static bool HoldsData(string cell)
    {
        foreach (var c in cell)
        {
            if (char.IsDigit(c) || c is '%' or '/' or '×' or '≈') return true;
        }
        return false;
    }

    private bool IsCell(Block block)
    {
        if (!block.IsUnresolved) return false;
        var trimmed = Trimmed(block.First);
        if (LineShapes.Numbering(trimmed, out _) != NumberingStyle.None) return false;
        if (TextShapes.Width(trimmed) > MaxCellWidth) return false;
        var lastChar = trimmed[trimmed.Length - 1];
        if (lastChar is '。' or ':' or ':' or ';' or ';' or ',' or ',') return false;
        return LinkScanner.FindUrls(trimmed).Count == 0;
    }

    /// <summary>How many heading-like lines right after an image are themselves followed by a heading or image: captions, not headings.</summary>
    private int CountCaptionEvidence()
    {
        var evidence = 0;
        for (var b = 1; b < _blocks.Count; b++)
        {
            if (_blocks[b - 1].Kind == ElementKind.Image && _blocks[b].IsUnresolved
                && LineShapes.Numbering(Trimmed(_blocks[b].First), out _) == NumberingStyle.None
                && IsUnnumberedHeadingText(Trimmed(_blocks[b].First)) && EndsRun(b))
            {
                evidence++;
            }
        }
        return evidence;
    }

    /// <summary>Whether what follows block <paramref name="b"/> is another heading-like line, an image, a reference list or the end.</summary>
    private bool EndsRun(int b)
    {
        if (b + 1 >= _blocks.Count) return true;
        var next = _blocks[b + 1];
        if (next.Kind is ElementKind.Image or ElementKind.ReferenceHeading or ElementKind.Heading) return true;
        if (!next.IsUnresolved) return false;
        var trimmed = Trimmed(next.First);
        var style = LineShapes.Numbering(trimmed, out var textStart);
        return IsHeadingText(style == NumberingStyle.None ? trimmed : trimmed.Substring(textStart), MaxHeadingWidth);
    }

    /// <summary>A bullet standing alone between prose, short and unpunctuated, heads a sub-section (WorldMem's "• 可视化结果").</summary>
    private void ResolveLoneBullet(int b)
    {
        var block = _blocks[b];
        var text = LineShapes.BulletText(Trimmed(block.First));
        if (!IsHeadingText(text, MaxHeadingWidth * 0.75)) return;
        var previous = PreviousNonBlank(block.First);
        var next = NextNonBlank(block.Last + 1);
        if (previous >= 0 && LineShapes.IsBullet(Trimmed(previous))) return;
        if (next >= 0 && (LineShapes.IsBullet(Trimmed(next)) || LineShapes.TryArabicPrefix(Trimmed(next), out _) && _lines[next].Text.StartsWith(" ", StringComparison.Ordinal))) return;
        block.Kind = ElementKind.Heading;
        block.Level = 2;
        block.HeadingText = text;
    }

    /// <summary>
    /// Numbers like <c>01</c>, <c>一、</c> and <c>3.1</c> mark headings outright when the text is short; <c>1.</c>,
    /// <c>(1)</c> and <c>a)</c> also number list items, so a comma outside brackets there means a sentence.
    /// </summary>
    private static bool IsNumberedHeadingText(NumberingStyle style, string rest)
    {
        if (!IsHeadingText(rest, MaxHeadingWidth + 6)) return false;
        if (style is NumberingStyle.TwoDigit or NumberingStyle.ChineseNumeral or NumberingStyle.Decimal) return true;
        return !HasCommaOutsideBrackets(rest) || TextShapes.Width(rest) <= 16;
    }

    /// <summary>
    /// Unnumbered headings are the hardest call: besides looking like a heading, a line must not open with a
    /// connective (那么…, 所以…: spoken prose), must not be a long clause with commas, and a question must be
    /// more than a word or two ("结果呢?" is prose).
    /// </summary>
    private static bool IsUnnumberedHeadingText(string text)
    {
        if (!IsHeadingText(text, MaxHeadingWidth)) return false;
        if (HasCommaOutsideBrackets(text) && TextShapes.Width(text) > 16 && !text.Contains("——")) return false;
        if (text[text.Length - 1] is '?' or '?' && TextShapes.Width(text) is < 5 or > 20) return false;
        if (IsSentenceFragment(text)) return false;

        // "收到了8088篇投稿": the aspect particle marks a finished event, a sentence; headings name things or ask.
        if (text.IndexOf('了') >= 0 && text[text.Length - 1] is not ('?' or '?')) return false;
        foreach (var connective in Connectives)
        {
            if (text.StartsWith(connective, StringComparison.Ordinal)) return false;
        }
        return text.IndexOf(". ", StringComparison.Ordinal) < 0;
    }

    private static readonly ImmutableArray<string> Connectives = ImmutableArray.Create("那么", "那", "所以", "但是", "但", "然后", "而且", "因此", "不过", "如果", "其实", "比如", "例如");

    /// <summary>Words that continue a sentence broken by an inline formula image (其中…, 与…, 和…).</summary>
    private static readonly ImmutableArray<string> ContinuationWords = ImmutableArray.Create("其中", "与", "和", "及", "或", "的", "即", "并", "来", "是", "表示", "分别", "下的", "中的");

    /// <summary>
    /// Scraped formulas become image placeholders in the middle of a sentence; the pieces around them
    /// (",进而实现了…", "其中伽马函数", "(减去均值") are prose, neither captions nor headings.
    /// </summary>
    public static bool IsSentenceFragment(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] is ',' or ',' or '。' or '.' or ')' or ')' or '(' or '(' or '、' or ':' or ':' or ';' or ';') return true;
        foreach (var word in ContinuationWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        foreach (var word in DanglingWords)
        {
            if (text.EndsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Words a sentence does not end on; a line ending on one runs on into the formula image after it.</summary>
    private static readonly ImmutableArray<string> DanglingWords = ImmutableArray.Create("即", "其中", "公式", "如下", "为", "的", "是", "和", "与", "及", "在");

    /// <summary>Whether the prose before the image at <paramref name="imageBlock"/> stops mid-sentence, so the line after the image goes on with it.</summary>
    private bool ProseRunsThroughImage(int imageBlock)
    {
        var before = imageBlock - 1;
        while (before >= 0 && _blocks[before].Kind == ElementKind.Image) before--;
        if (before < 0 || _blocks[before].Kind is not (ElementKind.Paragraph or ElementKind.Lede)) return false;
        var text = Trimmed(_blocks[before].Last);
        return IsSentenceFragment(text) || !TextShapes.EndsClause(text[text.Length - 1]) && !(text[text.Length - 1] is '?' or '?' or '」' or '”' or ')' or ')');
    }

    private static bool HasCommaOutsideBrackets(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '(' or '[' or '「' or '“' or '《') depth++;
            else if (c is ')' or ')' or ']' or '」' or '”' or '》') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is ',' or ',' or '、') return true;
        }
        return false;
    }

    /// <summary>A line after an image that names a diagram (…结构图, …示意图, …框架图) is its caption.</summary>
    private static bool NamesFigure(string text) => text.EndsWith("图", StringComparison.Ordinal);

    /// <summary>Short, unpunctuated at the end, no sentence stop inside, no URL, not a quotation: how headings look.</summary>
    public static bool IsHeadingText(string text, double maxWidth)
    {
        if (text.Length == 0 || TextShapes.Width(text) > maxWidth) return false;
        if (TextShapes.LetterCount(text) < 2) return false;
        var last = text[text.Length - 1];
        if (TextShapes.EndsClause(last)) return false;
        if (text.IndexOf('。') >= 0 || text.IndexOf(';') >= 0 || text.IndexOf(';') >= 0) return false;
        if (TextShapes.IsOpeningQuote(text[0]) && TextShapes.IsClosingQuote(last)) return false;
        if (LineShapes.IsImage(text) || LinkScanner.FindUrls(text).Count > 0) return false;
        return true;
    }

    /// <summary>A heading's identity for matching a table of contents: no spaces, no trailing question mark.</summary>
    private static string TitleKey(string text)
    {
        var key = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!TextShapes.IsSpace(c)) key.Append(c);
        }
        while (key.Length > 0 && key[key.Length - 1] is '?' or '?' or ':' or ':') key.Length--;
        return key.ToString();
    }
}
