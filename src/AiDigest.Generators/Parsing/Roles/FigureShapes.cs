using System;
using System.Collections.Immutable;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>Words by which a line under a picture shows that it describes the picture (or a table) rather than heading what follows.</summary>
internal static class FigureShapes
{
    /// <summary>
    /// A short line that names what a picture is: a diagram (<c>…结构图</c>, <c>…示意图</c>), a chart
    /// (<c>…曲线</c>, <c>…占比</c>, <c>…对比</c>, <c>…分布</c>), a photo (<c>…现场</c>, <c>…合影</c>), a demo.
    /// </summary>
    public static bool NamesPicture(string text)
    {
        var last = CharacterFold.Fold(text[text.Length - 1]);
        if (last == '\u56FE' && !(text.Length > 1 && CharacterFold.Fold(text[text.Length - 2]) is '\u610F' or '\u4F01')) return true;
        return ContainsAny(text, Vocabulary.Figures.PictureWords);
    }

    /// <summary>Whether the line's key holds one of <paramref name="keys"/>: the key is made once (no copy when nothing folds), then searched ordinally.</summary>
    private static bool ContainsAny(string text, ImmutableArray<string> keys)
    {
        var key = CharacterFold.Key(text);
        foreach (var word in keys)
        {
            if (key.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    /// <summary>
    /// A longer line (a sentence or two) that describes a picture in figure terms: a diagram, curves, axes,
    /// a visualisation (<c>DNA 双螺旋结构示意图展示了…</c>, <c>横轴：…，纵轴：…</c>).
    /// </summary>
    public static bool DescribesPicture(string text)
    {
        if (TextShapes.IsWiderThan(text, 100)) return false;
        return ContainsAny(text, Vocabulary.Figures.DescriptionWords);
    }

    /// <summary>
    /// A caption's own label: <c>图注：…</c>, <c>图源：…</c>, <c>图片来源：…</c>, <c>Image: …</c>, <c>Photo: …</c>; and,
    /// right under a picture, the picture's credit (<c>来源:论文图 3</c>, <c>Source: Epoch AI</c>), which elsewhere is a byline.
    /// </summary>
    public static bool HasCaptionLabel(string text)
    {
        var colon = TextShapes.IndexOfAny(text, TextShapes.Colons);
        // Within the longest label (Courtesy, Caption) and a space before the colon.
        if (colon <= 0 || colon > 9 || colon == text.Length - 1) return false;
        var label = TextShapes.Trim(CharacterFold.Key(text.Substring(0, colon)));
        foreach (var word in Vocabulary.Figures.CaptionLabels)
        {
            if (string.Equals(label, word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// A line that marks itself a caption: <c>▲ 图为…</c> (a caption mark), <c>（图源：…）</c> (a caption label in
    /// brackets, alone or closing the line), <c>图：…</c>, <c>圖１：…</c>: under a picture it captions it, whatever its length.
    /// </summary>
    public static bool IsMarkedCaption(string text)
    {
        if (text.Length < 2) return false;
        if (Vocabulary.Figures.CaptionMarks.IndexOf(text[0]) >= 0) return true;
        if (TextShapes.IsClosingParenthesis(text[text.Length - 1]))
        {
            // （图源：…） alone, or 国网中心机房一景（图片来源：国网中心）: a credit in brackets at the end.
            var open = text.Length - 2;
            while (open >= 0 && !TextShapes.IsOpeningParenthesis(text[open])) open--;
            if (open >= 0 && HasCaptionLabel(text.Substring(open + 1, text.Length - open - 2))) return true;
        }
        return HasCaptionLabel(text) && CharacterFold.Fold(text[0]) == '\u56FE';
    }

    /// <summary>
    /// <c>An agent booking a table on a restaurant site.</c>: one short English sentence under a picture, about no
    /// one in the first or second person, describes it.
    /// </summary>
    public static bool IsEnglishCaption(string text)
    {
        if (TextShapes.ContainsCjk(text) || text.Length == 0 || !char.IsUpper(text[0])) return false;
        var words = text.Split(' ');
        if (words.Length is < 3 or > 15) return false;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (TextShapes.IsSentenceStop(text, i) || text[i] is '?' or '!' or ':' or ';') return false;
        }
        foreach (var word in words)
        {
            var bare = word.Trim('.', ',', '"', '\'').ToLowerInvariant();
            if (bare is "i" or "we" or "you" or "our" or "my" or "your" or "us" or "me") return false;
        }
        return text[text.Length - 1] is '.' || char.IsLetterOrDigit(text[text.Length - 1]);
    }

    /// <summary><c>ROI 一览表：为什么值得训 8B</c>: the title of a table, not a heading.</summary>
    public static bool NamesTable(string text)
    {
        var colon = TextShapes.IndexOfAny(text, TextShapes.Colons);
        var head = colon > 0 ? text.Substring(0, colon) : text;
        foreach (var word in Vocabulary.Figures.TableWords)
        {
            if (head.Length >= word.Length && CharacterFold.MatchesAt(head, head.Length - word.Length, word)) return true;
        }
        return false;
    }
}
