using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Lines;

/// <summary>How a line ends: what its last character tells of the kind of line it is.</summary>
internal enum LineEnd : byte
{
    /// <summary>A letter, digit, closing bracket or quote: no punctuation (how headings end).</summary>
    Open,

    /// <summary><c>。</c>, <c>.</c>, <c>…</c>, <c>~</c>: a sentence.</summary>
    Stop,

    /// <summary><c>，</c>, <c>、</c>, <c>；</c>: a clause that goes on.</summary>
    Comma,

    /// <summary><c>：</c>: it introduces what follows.</summary>
    Colon,

    /// <summary><c>？</c>: it asks.</summary>
    Question,

    /// <summary><c>！</c>.</summary>
    Exclamation,
}

/// <summary>
/// What the rules ask of one line, computed once per article (<see cref="Of"/>) instead of by every rule again:
/// the trimmed text, its width, its counter (numbering style, value and where the text after it starts), its
/// leading symbol, the length of its label (<c>X：</c>), how it ends, where its URLs are; how much of it is CJK or
/// symbols is read when asked.
/// </summary>
/// <remarks>
/// No string is made beyond the trimmed text the parser needs anyway (the same instance when the line has no
/// surrounding spaces), and no character-by-character pass is made beyond what the counter and label need. Code and
/// formula evidence (<see cref="SymbolDensity"/>) is a simple measure here; the code rules may refine it.
/// </remarks>
internal readonly struct LineFacts
{
    /// <summary>Widest label before a colon, in characters (<c>Elena Park:</c>, <c>收录会议：</c>).</summary>
    private const int MaxLabelLength = 12;

    private LineFacts(string trimmed, int indent, NumberingStyle counter, int counterValue, int textStart, int labelLength, int firstUrl, int urlCount)
    {
        Trimmed = trimmed;
        Indent = indent;
        Counter = counter;
        CounterValue = counterValue;
        TextStart = textStart;
        LabelLength = labelLength;
        FirstUrl = firstUrl;
        UrlCount = urlCount;
    }

    /// <summary>The line without its surrounding spaces; empty for a blank line.</summary>
    public string Trimmed { get; }

    /// <summary>Characters before the trimmed text in the raw line.</summary>
    public int Indent { get; }

    public bool IsBlank => Trimmed.Length == 0;

    /// <summary>The numbering the line opens with (<see cref="LineShapes.Numbering"/>), <see cref="NumberingStyle.None"/> when none.</summary>
    public NumberingStyle Counter { get; }

    /// <summary>The counter's value (<c>三、</c> → 3, <c>(2)</c> → 2, <c>②</c> → 2, <c>b)</c> → 2, <c>3.1</c> → 3); -1 when none.</summary>
    public int CounterValue { get; }

    /// <summary>Where the text after the counter starts in <see cref="Trimmed"/> (0 when there is no counter).</summary>
    public int TextStart { get; }

    /// <summary>Length of the label before the line's first colon (<c>主持人：…</c> → 3); 0 when the line opens with no label.</summary>
    public int LabelLength { get; }

    /// <summary>Column of the first URL in <see cref="Trimmed"/>, -1 when there is none.</summary>
    public int FirstUrl { get; }

    public int UrlCount { get; }

    /// <summary>Share of the non-space characters that are CJK (read when asked: few rules need it, and a pass over every character of every line costs).</summary>
    public float CjkRatio => Share(Trimmed, cjk: true);

    /// <summary>Share of the non-space characters that are ASCII symbols (operators, brackets, punctuation): evidence of code or a formula.</summary>
    public float SymbolDensity => Share(Trimmed, cjk: false);

    private static float Share(string text, bool cjk)
    {
        var counted = 0;
        var visible = 0;
        foreach (var c in text)
        {
            if (c == ' ' || TextShapes.IsSpace(c)) continue;
            visible++;
            if (cjk ? TextShapes.IsCjk(c) : c < 128 && !char.IsLetterOrDigit(c)) counted++;
        }
        return visible == 0 ? 0 : (float)counted / visible;
    }

    /// <summary>Display width (a CJK or full-width character counts 1, anything else a half).</summary>
    public double Width => TextShapes.Width(Trimmed);

    /// <summary>The first character when it is no letter, digit or CJK (a bullet, <c>①</c>, <c>▲</c>, <c>✅</c>, <c>#</c>); '\0' otherwise.</summary>
    public char LeadingSymbol => Trimmed.Length == 0 || char.IsLetterOrDigit(Trimmed[0]) || TextShapes.IsCjk(Trimmed[0]) ? '\0' : Trimmed[0];

    /// <summary>How the line ends.</summary>
    public LineEnd End => Trimmed.Length == 0 ? LineEnd.Open : EndOf(Trimmed[Trimmed.Length - 1]);

    /// <summary>The line is one URL and nothing else.</summary>
    public bool IsUrlOnly => UrlCount == 1 && FirstUrl == 0 && LinkScanner.IsUrlOnly(Trimmed);

    /// <summary>The text after the counter (the whole line when it has none).</summary>
    public string Rest => TextStart == 0 ? Trimmed : Trimmed.Substring(TextStart);

    /// <summary>The facts of every line of an article, in one pass.</summary>
    public static LineFacts[] Of(LineSpan lines)
    {
        var facts = new LineFacts[lines.Count];
        for (var i = 0; i < facts.Length; i++) facts[i] = OfLine(lines[i].Text);
        return facts;
    }

    public static LineFacts OfLine(string text)
    {
        var trimmed = TextShapes.Trim(text);
        if (trimmed.Length == 0) return new LineFacts(string.Empty, 0, NumberingStyle.None, -1, 0, 0, -1, 0);
        var indent = TextShapes.LeadingSpaces(text);
        var counter = LineShapes.Numbering(trimmed, out var textStart);
        var value = counter == NumberingStyle.None ? -1 : LineShapes.CounterValue(trimmed, counter);
        var firstUrl = -1;
        var urlCount = 0;
        if (trimmed.IndexOf("http", System.StringComparison.OrdinalIgnoreCase) >= 0)
        {
            var urls = LinkScanner.FindUrls(trimmed);
            urlCount = urls.Count;
            if (urlCount > 0) firstUrl = urls[0].Column;
        }
        var label = LabelOf(trimmed, firstUrl);
        return new LineFacts(trimmed, indent, counter, value, textStart, label, firstUrl, urlCount);
    }

    /// <summary>
    /// The length of the label a line opens with: a word or a name of at most <see cref="MaxLabelLength"/> characters
    /// (letters, CJK, spaces, dots, hyphens; no digit, so <c>论文 1：</c> and <c>00:02:15</c> are no labels), then a
    /// colon with text after it, not a URL's scheme.
    /// </summary>
    private static int LabelOf(string trimmed, int firstUrl)
    {
        var limit = System.Math.Min(trimmed.Length - 1, MaxLabelLength);
        for (var i = 0; i < limit; i++)
        {
            var c = trimmed[i];
            if (TextShapes.IsColon(c))
            {
                if (i == 0 || (firstUrl >= 0 && (firstUrl == i - 4 || firstUrl == i - 5))) return 0;
                return TextShapes.IsSpace(trimmed[i - 1]) && i == 1 ? 0 : i;
            }
            if (!(char.IsLetter(c) || TextShapes.IsCjk(c) || c is ' ' or '.' or '-' or '\'' or '\u00B7')) return 0;
        }
        return 0;
    }

    private static LineEnd EndOf(char c)
    {
        if (TextShapes.IsQuestionMark(c)) return LineEnd.Question;
        if (TextShapes.IsExclamationMark(c)) return LineEnd.Exclamation;
        if (TextShapes.IsColon(c)) return LineEnd.Colon;
        if (TextShapes.IsComma(c) || TextShapes.IsSemicolon(c) || c == '\u3001') return LineEnd.Comma;
        return c is '\u3002' or '.' or '\uFF0E' or '\u2026' or '~' or '\uFF5E' ? LineEnd.Stop : LineEnd.Open;
    }
}
