using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// Recognises the structure of one article body: each non-blank line is given to exactly one block.
/// The first pass takes what a single line (or a run that starts on it) shows for certain: code, tables of
/// contents, reference lists, metadata blocks, tables, polls, images, videos, bullets, captions, bylines and
/// dialogue. The second pass decides, with context, which of the remaining text lines are the lede, headings,
/// captions, table cells or prose; the outline then gives the headings their levels.
/// </summary>
internal sealed partial class ArticleBodyParser
{
    /// <summary>Widest heading, in CJK characters (a Latin character counts a half).</summary>
    private const double MaxHeadingWidth = 36;

    /// <summary>Widest standfirst after a byline: one or two sentences.</summary>
    private const double MaxStandfirstWidth = 120;

    /// <summary>Widest cell of a flattened table.</summary>
    private const double MaxCellWidth = 40;

    /// <summary>Widest sentence that can describe the picture above it in an article that captions its pictures.</summary>
    private const double MaxCaptionWidth = 40;

    private readonly LineSpan _lines;
    private readonly List<Block> _blocks;
    private readonly HashSet<string> _tableOfContentsTitles = new(StringComparer.Ordinal);

    /// <summary>What every line shows (trimmed text, counter, label, URLs…), computed once: the rules read it.</summary>
    private readonly LineFacts[] _facts;

    /// <summary>Lines that open with a label the article repeats: fields and speakers (<see cref="RepeatedLabels"/>).</summary>
    private readonly bool[] _labelled;

    private ArticleBodyParser(LineSpan lines)
    {
        _lines = lines;
        _facts = LineFacts.Of(lines);
        _labelled = RepeatedLabels.Find(_facts, lines);

        // At most one block per line; about half the lines of an article are blank.
        _blocks = new List<Block>((lines.Count / 2) + 1);
    }

    public static List<Block> Parse(LineSpan bodyLines)
    {
        var parser = new ArticleBodyParser(bodyLines);
        parser.TakeCertainBlocks();
        parser.ResolveTextLines();
        Outline.AssignLevels(parser._blocks, parser.Trimmed);
        return parser._blocks;
    }

    private string Trimmed(int index) => _facts[index].Trimmed;

    private string TrimmedOf(Block block) => Trimmed(block.First);

    private int NextNonBlank(int index)
    {
        for (var i = index; i < _lines.Count; i++)
        {
            if (!_facts[i].IsBlank) return i;
        }
        return -1;
    }

    private int PreviousNonBlank(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!_facts[i].IsBlank) return i;
        }
        return -1;
    }

    private void TakeCertainBlocks()
    {
        var i = NextNonBlank(0);
        while (i >= 0)
        {
            var trimmed = Trimmed(i);
            var text = _lines[i].Text;
            var next = NextNonBlank(i + 1);
            int last;
            var isMetadata = false;
            if (CodeShapes.IsFence(text, out var info)) last = TakeFenced(i, CodeShapes.LanguageOfFence(info));
            else if (LineShapes.IsTableOfContentsHeading(trimmed)) last = TakeTableOfContents(i);
            else if (ReferenceLists.IsHeading(trimmed, out _)) last = ReferenceLists.TakeUnderHeading(_lines, _blocks, i);
            else if (ReferenceLists.TryTakeRun(_lines, _blocks, i) is var run && run >= 0) last = run;
            else if ((isMetadata = PaperMetadataLine.TryParse(text, out var metadata)) && metadata.GivesValue) last = MetadataBlocks.Take(_lines, _blocks, i);
            else if (TryTakeCodeOrFormula(i, next, out var taken)) last = taken;
            else if (isMetadata) last = MetadataBlocks.Take(_lines, _blocks, i);
            else if (MarkdownHeading(trimmed) is { } markdown)
            {
                last = i;
                _blocks.Add(markdown.WithLine(i));
            }
            else if (IsPipeTableRow(trimmed)) last = TakePipeTable(i);
            else if (ProseShapes.IsPollQuestion(trimmed)) last = TakePoll(i);
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
        public Block WithLine(int line) => new(ElementKind.Heading, line, line) { Level = Level, HeadingText = Text, Mark = HeadingMark.Markdown, Rule = "heading-markdown" };
    }

    private Block SingleLineBlock(int i, string trimmed)
    {
        if (LineShapes.IsImage(trimmed)) return new Block(ElementKind.Image, i, i) { Rule = "image-line" };
        if (LineShapes.TryVideo(trimmed, out _)) return new Block(ElementKind.Video, i, i) { Rule = "video-marker" };
        if (LineShapes.IsBullet(trimmed)) return new Block(ElementKind.BulletItem, i, i) { Rule = LineShapes.IsCheck(trimmed[0]) ? "list-check" : "list-bullet" };
        if (LineShapes.IsNumberedCaption(trimmed)) return new Block(ElementKind.Caption, i, i) { Rule = "caption-numbered" };
        if (_facts[i].Counter == NumberingStyle.Circled) return new Block(ElementKind.NumberedItem, i, i) { Rule = "list-circled" };
        if (LineShapes.IsChineseNumeralListItem(trimmed)) return new Block(ElementKind.NumberedItem, i, i) { Rule = "list-numeral-comma" };
        if (LineShapes.IsTimestamped(trimmed) && (IsTimestampedAt(i - 1) || IsTimestampedAt(i + 1))) return new Block(ElementKind.NumberedItem, i, i) { Rule = "list-timestamps" };
        var followsMarker = _blocks.Count > 0 && IsMarker(_blocks[_blocks.Count - 1]) && PreviousNonBlank(i) == _blocks[_blocks.Count - 1].Last;
        if (followsMarker && FigureShapes.IsMarkedCaption(trimmed)) return new Block(ElementKind.Caption, i, i) { Rule = "caption-label" };
        if (ProseShapes.IsProseOnly(trimmed))
        {
            // A credit under a picture (来源: …, Source: …) captions it, though the same words open a byline elsewhere.
            if (followsMarker && FigureShapes.HasCaptionLabel(trimmed)) return new Block(ElementKind.Caption, i, i) { Rule = "caption-credit" };
            return new Block(ElementKind.Paragraph, i, i) { Rule = ProseShapes.IsByline(trimmed) ? "prose-byline" : ProseShapes.IsDialogue(trimmed) ? "prose-dialogue" : "prose-speech" };
        }
        if (BoldHeading(trimmed) is { } bold) return new Block(ElementKind.Heading, i, i) { HeadingText = bold, Mark = HeadingMark.Plain, Rule = "heading-bold" };
        return new Block(ElementKind.Paragraph, i, i) { IsUnresolved = true, Rule = "paragraph" };
    }

    private bool IsTimestampedAt(int i) => i >= 0 && i < _facts.Length && !_facts[i].IsBlank && LineShapes.IsTimestamped(_facts[i].Trimmed);

    /// <summary>
    /// <c>**方法**</c>: a whole line set in bold is a heading when its text is shaped like one (the marks removed);
    /// bold inside a line is emphasis.
    /// </summary>
    private static string? BoldHeading(string trimmed)
    {
        if (trimmed.Length < 6 || !trimmed.StartsWith("**", StringComparison.Ordinal) || !trimmed.EndsWith("**", StringComparison.Ordinal)) return null;
        var inner = TextShapes.Trim(trimmed.Substring(2, trimmed.Length - 4));
        if (inner.IndexOf("**", StringComparison.Ordinal) >= 0) return null;
        if (inner.Length > 0 && TextShapes.IsColon(inner[inner.Length - 1])) inner = TextShapes.Trim(inner.Substring(0, inner.Length - 1));
        return IsHeadingText(inner, MaxHeadingWidth + 6) ? inner : null;
    }

    /// <summary>A markdown table row: <c>| 模型 | 得分 |</c>.</summary>
    private static bool IsPipeTableRow(string trimmed) =>
        trimmed.Length >= 3 && trimmed[0] == '|' && trimmed[trimmed.Length - 1] == '|' && trimmed.IndexOf('|', 1) < trimmed.Length - 1;

    private int TakePipeTable(int start)
    {
        var last = start;
        for (var i = NextNonBlank(start + 1); i >= 0 && IsPipeTableRow(Trimmed(i)); i = NextNonBlank(i + 1)) last = i;
        _blocks.Add(new Block(ElementKind.Table, start, last) { Rule = "table-pipe" });
        return last;
    }

    /// <summary>
    /// A poll (<c>投票：你认为…？ 单选</c>): the question is prose and the short lines after it are its options;
    /// the line before it that asks to vote is prose too.
    /// </summary>
    private int TakePoll(int start)
    {
        if (_blocks.Count > 0 && _blocks[_blocks.Count - 1].IsUnresolved && CharacterFold.IndexOf(TrimmedOf(_blocks[_blocks.Count - 1]), Vocabulary.Prose.Poll) >= 0)
        {
            _blocks[_blocks.Count - 1].IsUnresolved = false;
            _blocks[_blocks.Count - 1].Rule = "poll-call";
        }
        _blocks.Add(new Block(ElementKind.Paragraph, start, start) { Rule = "poll-question" });
        var last = start;
        for (var i = NextNonBlank(start + 1); i >= 0; i = NextNonBlank(i + 1))
        {
            var option = Trimmed(i);
            if (TextShapes.IsWiderThan(option, 24) || LineShapes.IsImage(option) || LineShapes.IsReferenceHeading(option, out _)) break;
            _blocks.Add(new Block(ElementKind.NumberedItem, i, i) { Rule = "poll-option" });
            last = i;
        }
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
            var style = _facts[i].Counter;
            var textStart = _facts[i].TextStart;
            var key = TitleKey(style == NumberingStyle.None ? trimmed : trimmed.Substring(textStart));
            if (firstEntry is not null && key == firstEntry) break;
            if (style == NumberingStyle.None && (TextShapes.IsWiderThan(trimmed, 160) || LineShapes.IsImage(trimmed))) break;
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
        _blocks.Add(new Block(ElementKind.TableOfContents, start, last) { Rule = "contents" });
        return last;
    }

    private void ResolveTextLines()
    {
        ResolveLede();
        ResolveTables();
        var captions = CaptionStyle.Of(this);

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
            var trimmed = TrimmedOf(block);
            var style = _facts[block.First].Counter;
            var textStart = _facts[block.First].TextStart;
            var rest = style == NumberingStyle.None ? trimmed : trimmed.Substring(textStart);

            if (_tableOfContentsTitles.Count > 0 && _tableOfContentsTitles.Contains(TitleKey(rest)))
            {
                MakeHeading(block, trimmed, style, HeadingMark.Contents, "heading-contents");
                continue;
            }

            if (_labelled[block.First])
            {
                // A label the article repeats marks a field or a speaker: what a record holds or someone said.
                block.Rule = "label-repeated";
                continue;
            }

            if (b == _blocks.Count - 1)
            {
                // A heading heads something: a closing line ("你看好这些新方向的探索吗?") is prose.
                if (style is NumberingStyle.Arabic or NumberingStyle.Parenthesized or NumberingStyle.Lettered)
                {
                    block.Kind = ElementKind.NumberedItem;
                    block.Rule = "list-closing-item";
                }
                else block.Rule = "prose-closing-line";
                continue;
            }

            if (b > 0 && IsMarker(_blocks[b - 1]) && style == NumberingStyle.None && ResolveAfterMarker(b, trimmed, captions)) continue;

            if (style != NumberingStyle.None)
            {
                if (style is NumberingStyle.Arabic or NumberingStyle.Parenthesized or NumberingStyle.Lettered && IsInRunOfLines(block))
                {
                    // 1）… 2）… 3）… back to back: a list, however short its items.
                    block.Kind = ElementKind.NumberedItem;
                    block.Rule = "list-run-of-lines";
                }
                else if (IsNumberedHeadingText(style, rest)) MakeHeading(block, trimmed, style, HeadingMark.Numbered, "heading-numbered");
                else if (style is NumberingStyle.Decimal or NumberingStyle.TwoDigit) block.Rule = "prose-numbered";
                else
                {
                    block.Kind = ElementKind.NumberedItem;
                    block.Rule = "list-numbered";
                }
                continue;
            }

            if (IsUnnumberedHeadingText(trimmed) && !IsAnsweredQuestion(b, trimmed) && !IsFragmentAt(b, trimmed))
            {
                if (IsInRunOfLines(block)) block.Rule = "prose-run-of-lines";
                else MakeHeading(block, trimmed, NumberingStyle.None, HeadingMark.Plain, "heading-plain");
            }
        }
        PromoteNumberedSiblings();
        CounterSequences.Decide(_blocks, _facts, MaxHeadingWidth + 6);
        QuestionRuns.Decide(_blocks, _facts, _labelled);
        ColonHeadings.Decide(_blocks, _facts);
    }

    /// <summary>
    /// Principle: a heading heads something and stands apart. A short line set right against another text line (no
    /// blank line between), as in a list of guests, steps or a log, is one line of that run, not a heading.
    /// </summary>
    private bool IsInRunOfLines(Block block)
    {
        if (block.First != block.Last) return false;
        return IsTextLineAt(block.First - 1) || IsTextLineAt(block.First + 1);
    }

    private bool IsTextLineAt(int line)
    {
        if (line < 0 || line >= _facts.Length || _facts[line].IsBlank) return false;
        var low = 0;
        var high = _blocks.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var other = _blocks[middle];
            if (line < other.First) high = middle - 1;
            else if (line > other.Last) low = middle + 1;
            else return other.First == other.Last && (other.Kind is ElementKind.Paragraph or ElementKind.NumberedItem
                || (other.Kind == ElementKind.Heading && other.Mark is HeadingMark.Plain or HeadingMark.Numbered && other.Rule != "heading-bold"));
        }
        return false;
    }

    private static bool IsMarker(Block block) => block.Kind is ElementKind.Image or ElementKind.Video;

    /// <summary>
    /// The line right after an image or a video: its caption when it describes the picture, prose when a sentence
    /// runs on through a formula image, otherwise (false) a heading or prose by the usual rules.
    /// </summary>
    private bool ResolveAfterMarker(int b, string trimmed, CaptionStyle captions)
    {
        var block = _blocks[b];
        if (NamesPictureUnder(b, trimmed) || CaptionsAmongLabels(b, trimmed))
        {
            block.Kind = ElementKind.Caption;
            block.Rule = "caption-after-picture";
            return true;
        }
        if (ProseRunsThroughImage(b - 1))
        {
            block.Rule = "prose-through-image";
            return true;
        }
        if (IsCaptionAfterMarker(b, trimmed, captions))
        {
            block.Kind = ElementKind.Caption;
            block.Rule = "caption-after-picture";
            return true;
        }
        return false;
    }

    /// <summary>
    /// <c>Actor-Critic 的训练循环示意图</c>: a line shaped like a heading that names a picture (…示意图, …现场) right under
    /// one describes it, even when the line above the picture did not end its sentence.
    /// </summary>
    private bool NamesPictureUnder(int b, string trimmed) =>
        IsUnnumberedHeadingText(trimmed) && FigureShapes.NamesPicture(trimmed) && !ProseShapes.Asks(trimmed) && !IsFragmentAt(b, trimmed);

    /// <summary>
    /// Where the prose is a labelled dialogue (<c>Ｑ：…</c>/<c>Ａ：…</c>), an unlabelled short line right under a picture,
    /// with labelled lines before the picture and a turn (a labelled line standing alone) after it, is no one's turn:
    /// it describes the picture.
    /// </summary>
    private bool CaptionsAmongLabels(int b, string trimmed)
    {
        if (b < 2 || b + 1 >= _blocks.Count || _labelled[_blocks[b].First] || TextShapes.IsWiderThan(trimmed, MaxCaptionWidth)) return false;
        var before = b - 1;
        while (before >= 0 && IsMarker(_blocks[before])) before--;
        if (before < 0 || !_labelled[_blocks[before].Last] || !_labelled[_blocks[b + 1].First]) return false;

        // A turn stands alone between blank lines; a field sits in a run of fields (a record, not a dialogue).
        var after = _blocks[b + 1].First;
        if (after + 1 < _facts.Length && !_facts[after + 1].IsBlank) return false;
        for (var i = 0; i < trimmed.Length - 1; i++)
        {
            if (TextShapes.IsSentenceStop(trimmed, i)) return false;
        }
        return !ProseShapes.Asks(trimmed);
    }

    private bool IsCaptionAfterMarker(int b, string trimmed, CaptionStyle captions)
    {
        if (FigureShapes.HasCaptionLabel(trimmed)) return true;
        if (_facts[_blocks[b].First].UrlCount > 0 || IsFragmentAt(b, trimmed)) return false;
        if (IsUnnumberedHeadingText(trimmed))
        {
            // A line that asks heads what answers it; one that names a diagram or a chart describes the picture.
            if (ProseShapes.Asks(trimmed)) return false;
            if (FigureShapes.NamesPicture(trimmed)) return true;
            if (captions.IsCaptioning) return !(CaptionStyle.ShapeOf(trimmed) == captions.HeadingShape && NextIsProse(b));
            return !captions.UsesHeadings;
        }
        if (ProseShapes.OpensWithPronoun(trimmed) || ProseShapes.PointsAtPicture(trimmed) || StartsWithConnective(trimmed)) return false;
        var last = trimmed[trimmed.Length - 1];
        if (TextShapes.IsColon(last) || TextShapes.IsQuestionMark(last) || TextShapes.IsExclamationMark(last)) return false;
        if (FigureShapes.DescribesPicture(trimmed)) return true;

        // 圆桌现场，从左至右依次为…: a short sentence that names what the picture is (a scene, a diagram) describes it.
        if (IsShortDescription(trimmed) && FigureShapes.NamesPicture(trimmed)) return true;
        if (IsNamingPhrase(trimmed)) return true;
        if (_blocks[b - 1].Kind == ElementKind.Image && FigureShapes.IsEnglishCaption(trimmed)) return true;
        return captions.IsCaptioning && _blocks[b - 1].Kind == ElementKind.Image && IsShortDescription(trimmed);
    }

    /// <summary>
    /// In an article that captions its pictures, one short sentence under a picture that speaks of no one and
    /// points nowhere else (<c>不同 Gengram 窗口大小下的验证损失，由此选择了 21 宽度的窗口</c>) describes it.
    /// </summary>
    private static bool IsShortDescription(string trimmed)
    {
        if (TextShapes.IsWiderThan(trimmed, MaxCaptionWidth)) return false;
        for (var i = 0; i < trimmed.Length - 1; i++)
        {
            if (TextShapes.IsSentenceStop(trimmed, i)) return false;
        }
        if (StartsWithAny(trimmed, Vocabulary.Headings.TextReferences)) return false;
        return TextShapes.IndexOfAny(trimmed, Vocabulary.Prose.PersonalPronouns) < 0;
    }

    /// <summary>
    /// <c>David Silver、哈萨比斯和李世石。</c>: a short phrase that names what a picture shows, full stop or not, with no
    /// word that would make it a sentence.
    /// </summary>
    private static bool IsNamingPhrase(string trimmed)
    {
        if (TextShapes.IsWiderThan(trimmed, 24) || trimmed[trimmed.Length - 1] != '\u3002') return false;
        foreach (var c in trimmed)
        {
            if (TextShapes.IsComma(c) || TextShapes.IsColon(c) || TextShapes.IsSemicolon(c)) return false;
        }
        return !ProseShapes.HasSentenceWords(trimmed.Substring(0, trimmed.Length - 1));
    }

    private bool NextIsProse(int b)
    {
        if (b + 1 >= _blocks.Count) return false;
        var next = _blocks[b + 1];
        if (next.Kind is not (ElementKind.Paragraph or ElementKind.NumberedItem or ElementKind.BulletItem)) return false;
        if (!next.IsUnresolved) return true;
        var trimmed = TrimmedOf(next);
        return _facts[next.First].Counter == NumberingStyle.None && !IsUnnumberedHeadingText(trimmed);
    }

    /// <summary>A question the next paragraph answers at once (为什么偏偏是 21？ 因为…) is asked in passing, not a heading.</summary>
    private bool IsAnsweredQuestion(int b, string trimmed)
    {
        if (!TextShapes.IsQuestionMark(trimmed[trimmed.Length - 1]) || b + 1 >= _blocks.Count) return false;
        var next = _blocks[b + 1];
        return next.Kind == ElementKind.Paragraph && ProseShapes.IsAnswer(TrimmedOf(next));
    }

    /// <summary>
    /// Numbered lines of one run share their role: when <c>(3) 协同生成理解</c> heads a section, so do
    /// <c>(1)…</c> and <c>(2)…</c> of the same run, though longer, as long as they are shaped like headings and
    /// each is followed by its own content rather than by the next item.
    /// </summary>
    private void PromoteNumberedSiblings()
    {
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            if (block.Kind != ElementKind.NumberedItem) continue;
            var trimmed = TrimmedOf(block);
            var style = _facts[block.First].Counter;
            var textStart = _facts[block.First].TextStart;
            if (style is not (NumberingStyle.Parenthesized or NumberingStyle.Arabic or NumberingStyle.Lettered)) continue;
            if (b + 1 >= _blocks.Count || _blocks[b + 1].Kind == ElementKind.NumberedItem) continue;
            var rest = trimmed.Substring(textStart);
            if (!IsHeadingText(rest, MaxHeadingWidth + 6)) continue;
            if (HasHeadingSibling(b, style)) MakeHeading(block, trimmed, style, HeadingMark.Numbered, "heading-numbered-sibling");
        }
    }

    /// <summary>Whether a heading of the same numbering style follows block <paramref name="b"/> before the article's next heading of another kind.</summary>
    private bool HasHeadingSibling(int b, NumberingStyle style)
    {
        for (var k = b + 1; k < _blocks.Count; k++)
        {
            var other = _blocks[k];
            if (other.Kind is ElementKind.Heading or ElementKind.ReferenceHeading) return other.Numbering == style;
        }
        return false;
    }

    internal static void MakeHeading(Block block, string trimmed, NumberingStyle style, HeadingMark mark, string rule)
    {
        block.Rule = rule;
        block.Kind = ElementKind.Heading;
        block.Numbering = style;
        block.Mark = mark;
        block.HeadingText = trimmed;
    }

    /// <summary>
    /// The line right after the title is the lede when it is text, whatever its length, unless it introduces what
    /// follows. A byline or an editor's note in that place is no lede; the standfirst after it is, when it is one (a
    /// paragraph no wider than <see cref="MaxStandfirstWidth"/>): a long paragraph there is the body beginning.
    /// </summary>
    private void ResolveLede()
    {
        var first = 0;
        while (first < _blocks.Count && _blocks[first].Kind == ElementKind.Paragraph && !_blocks[first].IsUnresolved
            && ProseShapes.IsByline(TrimmedOf(_blocks[first])))
        {
            first++;
        }
        if (first >= _blocks.Count || !_blocks[first].IsUnresolved) return;
        var trimmed = TrimmedOf(_blocks[first]);
        if (TextShapes.IsColon(trimmed[trimmed.Length - 1])) return;
        if (_facts[_blocks[first].First].Counter != NumberingStyle.None) return;
        if (_facts[_blocks[first].First].IsUrlOnly) return;
        if (first > 0 && TextShapes.IsWiderThan(trimmed, MaxStandfirstWidth)) return;
        _blocks[first].Kind = ElementKind.Lede;
        _blocks[first].Rule = first > 0 ? "lede-after-byline" : "lede";
        _blocks[first].IsUnresolved = false;
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
                if (HoldsData(TrimmedOf(_blocks[b + run]))) dataCells++;
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
                    && _facts[_blocks[k].First].Counter == NumberingStyle.None; k++)
                {
                    if (!IsCell(_blocks[k])) continue;
                    cells++;
                    lastCell = k;
                }
                if (cells < 2) break;
                end = lastCell;
            }
            var table = new Block(ElementKind.Table, _blocks[b].First, _blocks[end].Last) { Rule = "table-cells" };
            _blocks.RemoveRange(b, end - b + 1);
            _blocks.Insert(b, table);
        }
    }

    private static bool HoldsData(string cell)
    {
        foreach (var c in cell)
        {
            if (char.IsDigit(c) || c is '%' or '/' or '\u00D7' or '\u2248') return true;
        }
        return false;
    }

    private bool IsCell(Block block)
    {
        if (!block.IsUnresolved || _labelled[block.First]) return false;
        var trimmed = TrimmedOf(block);
        var facts = _facts[block.First];
        if (facts.Counter != NumberingStyle.None) return false;
        if (TextShapes.IsWiderThan(trimmed, MaxCellWidth)) return false;
        var lastChar = trimmed[trimmed.Length - 1];
        if (lastChar == '\u3002' || TextShapes.IsColon(lastChar) || TextShapes.IsSemicolon(lastChar) || TextShapes.IsComma(lastChar)) return false;
        return facts.UrlCount == 0;
    }

    /// <summary>
    /// What an article's pictures and headings look like, read once before the text lines are resolved: whether it
    /// captions its pictures, whether it has unnumbered headings away from pictures, and their usual shape.
    /// </summary>
    private sealed class CaptionStyle
    {
        /// <summary>Two or more pictures are followed by what can only be a caption: the article captions its pictures.</summary>
        public bool IsCaptioning { get; private set; }

        /// <summary>The article has unnumbered headings that do not follow a picture.</summary>
        public bool UsesHeadings { get; private set; }

        /// <summary>The most common shape of those headings (see <see cref="ShapeOf"/>).</summary>
        public int HeadingShape { get; private set; }

        /// <summary>0 plain, 1 <c>topic：subtitle</c>, 2 <c>topic——subtitle</c>.</summary>
        public static int ShapeOf(string text)
        {
            if (text.IndexOf("\u2014\u2014", StringComparison.Ordinal) >= 0) return 2;
            var colon = TextShapes.IndexOfAny(text, TextShapes.Colons);
            return colon > 0 && colon < 14 && colon < text.Length - 1 ? 1 : 0;
        }

        public static CaptionStyle Of(ArticleBodyParser parser)
        {
            var style = new CaptionStyle();
            var blocks = parser._blocks;
            var evidence = 0;
            var shapes = new int[3];
            for (var b = 0; b < blocks.Count; b++)
            {
                var block = blocks[b];
                var afterMarker = b > 0 && IsMarker(blocks[b - 1]);
                if (afterMarker && block.Kind == ElementKind.Caption)
                {
                    evidence++;
                    continue;
                }
                if (!block.IsUnresolved || parser._labelled[block.First]) continue;
                var trimmed = parser.TrimmedOf(block);
                if (parser._facts[block.First].Counter != NumberingStyle.None || parser.IsFragmentAt(b, trimmed)) continue;
                if (afterMarker)
                {
                    var headingLike = IsUnnumberedHeadingText(trimmed);
                    if (headingLike ? FigureShapes.NamesPicture(trimmed) : FigureShapes.DescribesPicture(trimmed)) evidence++;
                    else if (headingLike && !ProseShapes.Asks(trimmed) && parser.EndsRun(b)) evidence++;
                    continue;
                }
                if (b < blocks.Count - 1 && IsUnnumberedHeadingText(trimmed) && !parser.IsAnsweredQuestion(b, trimmed))
                {
                    style.UsesHeadings = true;
                    shapes[ShapeOf(trimmed)]++;
                }
            }
            style.IsCaptioning = evidence >= 2;
            style.HeadingShape = shapes[1] > shapes[0] && shapes[1] >= shapes[2] ? 1 : shapes[2] > shapes[0] ? 2 : 0;
            return style;
        }
    }

    /// <summary>Whether what follows block <paramref name="b"/> is another unnumbered heading-like line, an image, a reference list or the end.</summary>
    private bool EndsRun(int b)
    {
        if (b + 1 >= _blocks.Count) return true;
        var next = _blocks[b + 1];
        if (next.Kind is ElementKind.Image or ElementKind.ReferenceHeading) return true;
        if (!next.IsUnresolved) return false;
        var trimmed = TrimmedOf(next);
        return _facts[next.First].Counter == NumberingStyle.None && IsUnnumberedHeadingText(trimmed);
    }

    /// <summary>A bullet standing alone between prose, short and unpunctuated, heads a sub-section (WorldMem's "• 可视化结果").</summary>
    private void ResolveLoneBullet(int b)
    {
        var block = _blocks[b];
        var text = LineShapes.BulletText(TrimmedOf(block));
        if (!IsHeadingText(text, MaxHeadingWidth * 0.75)) return;
        var previous = PreviousNonBlank(block.First);
        var next = NextNonBlank(block.Last + 1);
        if (previous >= 0 && LineShapes.IsBullet(Trimmed(previous))) return;
        if (next < 0) return;
        if (LineShapes.IsBullet(Trimmed(next)) || LineShapes.TryArabicPrefix(Trimmed(next), out _) && _lines[next].Text.StartsWith(" ", StringComparison.Ordinal)) return;
        block.Kind = ElementKind.Heading;
        block.Rule = "heading-lone-bullet";
        block.Mark = HeadingMark.Bullet;
        block.HeadingText = text;
    }

    /// <summary>
    /// Numbers like <c>01</c>, <c>一、</c> and <c>3.1</c> mark headings outright when the text is short; <c>1.</c>,
    /// <c>(1)</c> and <c>a)</c> also number list items, so a comma outside brackets there means a sentence.
    /// </summary>
    private static bool IsNumberedHeadingText(NumberingStyle style, string rest)
    {
        if (!IsHeadingText(rest, MaxHeadingWidth + 6)) return false;
        if (style is NumberingStyle.TwoDigit or NumberingStyle.ChineseNumeral or NumberingStyle.Decimal or NumberingStyle.Part or NumberingStyle.Bracketed) return true;
        return !HasCommaOutsideBrackets(rest) || !TextShapes.IsWiderThan(rest, 16);
    }

    /// <summary>
    /// Unnumbered headings are the hardest call: besides looking like a heading, a line must not open with a
    /// connective (那么…, 所以…: spoken prose), must not be a long clause with commas, must not be a question
    /// asked aloud (…呢？), must not name a table (…一览表), and a question must be more than a word or two.
    /// </summary>
    internal static bool IsUnnumberedHeadingText(string text)
    {
        if (!IsHeadingText(text, MaxHeadingWidth)) return false;
        if (HasCommaOutsideBrackets(text) && TextShapes.IsWiderThan(text, 16) && !text.Contains("\u2014\u2014") && !IsTopicWithSubtitle(text)) return false;
        if (TextShapes.IsQuestionMark(text[text.Length - 1]) && (TextShapes.Width(text) is < 5 or > 20 || ProseShapes.IsSpokenQuestion(text))) return false;
        if (ProseShapes.IsProseOnly(text) || FigureShapes.NamesTable(text)) return false;

        // "收到了8088篇投稿": the aspect particle marks a finished event, a sentence; headings name things or ask,
        // with a question mark or without one (SimPO 做了什么, 模型学到了哪些).
        if (text.IndexOf('了') >= 0 && !TextShapes.IsQuestionMark(text[text.Length - 1]) && !EndsWithQuestionWord(text)) return false;
        if (StartsWithConnective(text)) return false;
        return text.IndexOf(". ", StringComparison.Ordinal) < 0;
    }

    /// <summary>A question without its mark: the line ends on a question word (什么, 哪些, 多少, 吗).</summary>
    private static bool EndsWithQuestionWord(string text) => EndsWithAny(text, Vocabulary.Headings.EndingQuestionWords);

    /// <summary><c>一周线上运行评估：流程简化后，稳定性反而超预期</c>: a short topic, a colon, and a subtitle that may hold one comma.</summary>
    private static bool IsTopicWithSubtitle(string text)
    {
        var colon = TextShapes.IndexOfAny(text, TextShapes.Colons);
        if (colon < 2 || colon > 10 || TextShapes.IsWiderThan(text, 28)) return false;
        var commas = 0;
        for (var i = colon + 1; i < text.Length; i++)
        {
            if (TextShapes.IsComma(text[i])) commas++;
        }
        return commas <= 1;
    }

    private static bool StartsWithConnective(string text) => StartsWithAny(text, Vocabulary.Headings.Connectives);

    /// <summary>Whether the text's key begins with one of the keys; its first character is folded once, not once a key.</summary>
    private static bool StartsWithAny(string text, ImmutableArray<string> keys)
    {
        if (text.Length == 0) return false;
        var first = CharacterFold.Fold(text[0]);
        foreach (var key in keys)
        {
            if (key[0] == first && CharacterFold.StartsWith(text, key)) return true;
        }
        return false;
    }

    private static bool EndsWithAny(string text, ImmutableArray<string> keys)
    {
        if (text.Length == 0) return false;
        var last = CharacterFold.Fold(text[text.Length - 1]);
        foreach (var key in keys)
        {
            if (key[key.Length - 1] == last && text.Length >= key.Length && CharacterFold.MatchesAt(text, text.Length - key.Length, key)) return true;
        }
        return false;
    }

    /// <summary>
    /// A piece of a sentence broken by formula images: it opens with punctuation or a word that continues a
    /// sentence, or, next to an image, ends on a word a sentence does not end on.
    /// </summary>
    private bool IsFragmentAt(int b, string trimmed)
    {
        if (StartsFragment(trimmed)) return true;
        var nearImage = (b > 0 && _blocks[b - 1].Kind == ElementKind.Image) || (b + 1 < _blocks.Count && _blocks[b + 1].Kind == ElementKind.Image);
        return nearImage && IsSentenceFragment(trimmed);
    }

    private static bool StartsFragment(string text)
    {
        var first = text[0];
        if (first is '\u3002' or '.' or '\u3001' || TextShapes.IsComma(first) || TextShapes.IsClosingParenthesis(first) || TextShapes.IsOpeningParenthesis(first) || TextShapes.IsColon(first) || TextShapes.IsSemicolon(first)) return true;
        return StartsWithAny(text, Vocabulary.Headings.ContinuationWords);
    }

    /// <summary>
    /// Scraped formulas become image placeholders in the middle of a sentence; the pieces around them
    /// (",进而实现了…", "其中伽马函数", "(减去均值") are prose, neither captions nor headings.
    /// </summary>
    public static bool IsSentenceFragment(string text)
    {
        if (text.Length == 0) return true;
        var first = text[0];
        if (first is '\u3002' or '.' or '\u3001' || TextShapes.IsComma(first) || TextShapes.IsClosingParenthesis(first) || TextShapes.IsOpeningParenthesis(first) || TextShapes.IsColon(first) || TextShapes.IsSemicolon(first)) return true;
        return StartsWithAny(text, Vocabulary.Headings.ContinuationWords) || EndsWithAny(text, Vocabulary.Headings.DanglingWords);
    }

    /// <summary>Whether the prose before the image at <paramref name="imageBlock"/> stops mid-sentence, so the line after the image goes on with it.</summary>
    private bool ProseRunsThroughImage(int imageBlock)
    {
        var before = imageBlock - 1;
        while (before >= 0 && _blocks[before].Kind == ElementKind.Image) before--;
        if (before < 0 || _blocks[before].Kind is not (ElementKind.Paragraph or ElementKind.Lede)) return false;

        // A field or a speaker's line (主持人：苏叶，机器之心主笔) is whole; it does not run on through the picture.
        if (_labelled[_blocks[before].Last]) return false;
        var text = Trimmed(_blocks[before].Last);
        var last = text[text.Length - 1];
        return IsSentenceFragment(text) || !TextShapes.EndsClause(last) && !(TextShapes.IsQuestionMark(last) || TextShapes.IsExclamationMark(last) || TextShapes.IsClosingParenthesis(last) || last is '\u300D' or '\u201D');
    }

    private static bool HasCommaOutsideBrackets(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (TextShapes.IsOpeningParenthesis(c) || c is '[' or '\u300C' or '\u201C' or '\u300A') depth++;
            else if (TextShapes.IsClosingParenthesis(c) || c is ']' or '\u300D' or '\u201D' or '\u300B') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && TextShapes.IsComma(c)) return true;
        }
        return false;
    }

    /// <summary>Short, unpunctuated at the end, no sentence stop inside, no URL, not a quotation: how headings look.</summary>
    public static bool IsHeadingText(string text, double maxWidth)
    {
        if (text.Length == 0 || TextShapes.IsWiderThan(text, maxWidth)) return false;
        if (TextShapes.LetterCount(text) < 2) return false;
        var last = text[text.Length - 1];
        if (TextShapes.EndsClause(last)) return false;
        if (text.IndexOf('\u3002') >= 0 || text.IndexOf(';') >= 0 || text.IndexOf('\uFF1B') >= 0) return false;
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
        while (key.Length > 0 && (TextShapes.IsQuestionMark(key[key.Length - 1]) || TextShapes.IsColon(key[key.Length - 1]))) key.Length--;
        return key.ToString();
    }
}
