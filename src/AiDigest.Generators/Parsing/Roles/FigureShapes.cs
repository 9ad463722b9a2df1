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
        if (text.EndsWith("图", StringComparison.Ordinal) && !text.EndsWith("意图", StringComparison.Ordinal) && !text.EndsWith("企图", StringComparison.Ordinal)) return true;
        foreach (var word in PictureWords)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    private static readonly ImmutableArray<string> PictureWords = ImmutableArray.Create(
        "示意", "曲线", "占比", "对比", "分布图", "可视化", "横轴", "纵轴", "概览", "现场", "合影", "截图", "演示", "效果图", "流程图");

    /// <summary>
    /// A longer line (a sentence or two) that describes a picture in figure terms: a diagram, curves, axes,
    /// a visualisation (<c>DNA 双螺旋结构示意图展示了…</c>, <c>横轴：…，纵轴：…</c>).
    /// </summary>
    public static bool DescribesPicture(string text)
    {
        if (TextShapes.IsWiderThan(text, 100)) return false;
        foreach (var word in DescriptionWords)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    private static readonly ImmutableArray<string> DescriptionWords = ImmutableArray.Create(
        "示意图", "结构图", "架构图", "流程图", "框架图", "对比图", "曲线", "横轴", "纵轴", "可视化");

    /// <summary>
    /// A caption's own label: <c>图注：…</c>, <c>图源：…</c>, <c>图片来源：…</c>, <c>Image: …</c>, <c>Photo: …</c>; and,
    /// right under a picture, the picture's credit (<c>来源:论文图 3</c>, <c>Source: Epoch AI</c>), which elsewhere is a byline.
    /// </summary>
    public static bool HasCaptionLabel(string text)
    {
        var colon = TextShapes.IndexOfAny(text, TextShapes.Colons);
        // Within the longest label (Courtesy, Caption) and a space before the colon.
        if (colon <= 0 || colon > 9) return false;
        var label = TextShapes.Trim(text.Substring(0, colon));
        foreach (var word in CaptionLabels)
        {
            if (string.Equals(label, word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static readonly ImmutableArray<string> CaptionLabels = ImmutableArray.Create("图注", "图源", "图片来源", "图片说明", "图说", "题图", "配图", "Image", "Photo", "Caption", "Credit",
        "来源", "出处", "Source", "Courtesy");

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
        foreach (var word in TableWords)
        {
            if (head.EndsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly ImmutableArray<string> TableWords = ImmutableArray.Create("一览表", "对比表", "汇总表", "统计表", "参数表", "明细表");
}
