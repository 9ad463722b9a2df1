using System;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Citations;

/// <summary>The style of a citation, as its shape shows it.</summary>
internal enum CitationStyle : byte
{
    /// <summary>Not a citation: prose, a heading, a label.</summary>
    None,

    /// <summary><c>Author, A., &amp; Author, B. (2024). Title. Venue.</c></summary>
    Apa,

    /// <summary><c>A. Author et al., "Title," in Proc. …, 2024.</c></summary>
    Ieee,

    /// <summary>GB/T 7714: <c>Vaswani A, et al. Attention is all you need [C]// …, 2017.</c></summary>
    Tagged,

    /// <summary><c>[标题](https://…)</c>: the link text names the work.</summary>
    MarkdownLink,

    /// <summary>A URL alone.</summary>
    BareUrl,

    /// <summary>Another scholarly shape: a year with an arXiv id, a DOI, a venue or <c>et al.</c>; or a title and a paper's link or id.</summary>
    Scholarly,
}

/// <summary>
/// Principle: a line is citation-shaped when it reads as a citation rather than as a sentence: authors and a year in
/// brackets (APA), a quoted title among authors and a venue (IEEE), a document-type tag (GB/T 7714), a markdown link
/// whose text is a title, a URL alone, or a year with an arXiv id, a DOI, a venue or <c>et al.</c>. A line of Chinese
/// prose (a full stop or a comma outside brackets, quotes and links) is none, whatever it links.
/// </summary>
internal static class CitationShapes
{
    /// <summary>The widest citation, in CJK characters.</summary>
    private const double MaxWidth = 400;

    public static CitationStyle Of(string text)
    {
        if (text.Length < 4 || TextShapes.IsWiderThan(text, MaxWidth)) return CitationStyle.None;
        var linked = text.IndexOf("http", StringComparison.OrdinalIgnoreCase) >= 0;
        if (linked && LinkScanner.IsUrlOnly(text)) return CitationStyle.BareUrl;
        if (linked && text[0] == '[' && IsMarkdownLinkEntry(text)) return CitationStyle.MarkdownLink;

        // Every other shape needs a year, a link or an arXiv id: most lines of an article stop here.
        var year = HasYear(text);
        if (!year && !linked && text.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase) < 0) return CitationStyle.None;
        if (IsChineseProse(text)) return CitationStyle.None;
        if (IsApa(text)) return CitationStyle.Apa;
        if (year && IsIeee(text)) return CitationStyle.Ieee;
        if (year && CitationTitles.IndexOfDocumentTypeTag(text) > 0) return CitationStyle.Tagged;
        var arxiv = ArxivMentions.FindMentions(text).Count > 0;
        var paperLink = false;
        var urls = LinkScanner.FindUrls(text);
        foreach (var url in urls)
        {
            if (Urls.IsPaperUrl(url.Url)) paperLink = true;
        }
        var key = CharacterFold.Key(text);
        if (year && (arxiv || paperLink || HasVenueWord(key) || key.IndexOf(Vocabulary.References.EtAl, StringComparison.OrdinalIgnoreCase) >= 0)) return CitationStyle.Scholarly;

        // A title and its paper: "Muon is Scalable for LLM Training https://arxiv.org/abs/2502.16982"; not a label
        // and its link ("Paper: https://arxiv.org/abs/…", a metadata line).
        if ((arxiv || paperLink) && !TextShapes.ContainsCjk(text) && TextShapes.LetterCount(text) >= 12 && (urls.Count == 0 || urls[0].Column > 0)
            && !PaperMetadataLine.TryParse(text, out _))
        {
            return CitationStyle.Scholarly;
        }
        return CitationStyle.None;
    }

    /// <summary>
    /// <c>[Attention Is All You Need](https://arxiv.org/abs/1706.03762)</c>, <c>[标题](url)</c>: a markdown link first,
    /// whose text is a title (at least four letters), and nothing after it but a short note.
    /// </summary>
    public static bool IsMarkdownLinkEntry(string text) => MarkdownLinkTitle(text) is not null;

    /// <summary>The link text of a markdown-link entry (<see cref="IsMarkdownLinkEntry"/>), or null.</summary>
    public static string? MarkdownLinkTitle(string text)
    {
        if (text.Length < 6 || text[0] != '[') return null;
        var close = text.IndexOf("](", StringComparison.Ordinal);
        if (close < 2) return null;
        var end = text.IndexOf(')', close + 2);
        if (end < 0) return null;
        var urls = LinkScanner.FindUrls(text.Substring(close + 2, end - close - 2));
        if (urls.Count == 0 || urls[0].Column != 0) return null;
        var after = TextShapes.Trim(text.Substring(end + 1));
        if (after.IndexOf('\u3002') >= 0 || TextShapes.IsWiderThan(after, 60)) return null;
        var title = TextShapes.Trim(text.Substring(1, close - 1));
        return TextShapes.LetterCount(title) >= 4 ? title : null;
    }

    /// <summary>A full stop, or a comma outside brackets, quotes and links, in a line with Chinese: a sentence.</summary>
    private static bool IsChineseProse(string text)
    {
        if (!TextShapes.ContainsCjk(text)) return false;
        var depth = 0;
        foreach (var c in text)
        {
            if (TextShapes.IsOpeningParenthesis(c) || c is '[' or '\u300A' or '\u201C' or '\u300C' or '\u3010') depth++;
            else if (TextShapes.IsClosingParenthesis(c) || c is ']' or '\u300B' or '\u201D' or '\u300D' or '\u3011') depth = Math.Max(0, depth - 1);
            else if (c == '\u3002' || (depth == 0 && c == '\uFF0C')) return true;
        }
        return false;
    }

    /// <summary>
    /// Authors, then the year in brackets and a full stop, then more: <c>Hong, J., Lee, N., &amp; Thorne, J. (2024). ORPO: …</c>,
    /// <c>Smith, J. (2023, May 4). …</c>. The authors have no CJK and hold a comma, an ampersand or <c>et al.</c>
    /// </summary>
    public static bool IsApa(string text) => ApaYearEnd(text) > 0;

    /// <summary>Where the title starts after an APA entry's <c>(year).</c>, or -1.</summary>
    public static int ApaYearEnd(string text)
    {
        for (var open = text.IndexOf('('); open > 0; open = text.IndexOf('(', open + 1))
        {
            if (open + 6 > text.Length || !IsYearAt(text, open + 1)) continue;
            var close = text.IndexOf(')', open + 5);
            if (close < 0 || close - open > 24 || close + 2 >= text.Length || text[close + 1] != '.') continue;
            var authors = text.Substring(0, open);
            if (TextShapes.ContainsCjk(authors) || !(authors.IndexOf(',') >= 0 || authors.IndexOf('&') >= 0 || authors.IndexOf("et al", StringComparison.Ordinal) >= 0)) return -1;
            var start = close + 2;
            while (start < text.Length && text[start] == ' ') start++;
            return start < text.Length ? start : -1;
        }
        return -1;
    }

    /// <summary>A quoted title of two or more words whose comma or full stop stands inside the quotes (<c>"Title,"</c>), after authors without CJK.</summary>
    public static bool IsIeee(string text) => IeeeTitle(text) is not null;

    /// <summary>The quoted title of an IEEE entry, its closing comma or full stop dropped, or null.</summary>
    public static string? IeeeTitle(string text)
    {
        var open = TextShapes.IndexOfAny(text, "\"\u201C");
        if (open < 0 || TextShapes.ContainsCjk(text.Substring(0, open))) return null;
        var close = text[open] == '"' ? text.IndexOf('"', open + 1) : text.IndexOf('\u201D', open + 1);
        if (close < open + 4) return null;
        var title = TextShapes.Trim(text.Substring(open + 1, close - open - 1));
        var after = close + 1 < text.Length ? text[close + 1] : ' ';
        var closed = title.Length > 0 && (title[title.Length - 1] is ',' or '.' || after is ',' or '.');
        title = title.TrimEnd(',', '.', ' ');
        return closed && title.IndexOf(' ') > 0 && TextShapes.LetterCount(title) >= 6 ? title : null;
    }

    private static bool HasVenueWord(string key)
    {
        foreach (var word in Vocabulary.References.VenueWords)
        {
            var at = key.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(key[at - 1])) && (at + word.Length == key.Length || !char.IsLetter(key[at + word.Length]))) return true;
        }
        return false;
    }

    private static bool IsYearAt(string text, int i) =>
        i + 4 <= text.Length && (text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])
        && (i + 4 == text.Length || !char.IsDigit(text[i + 4]));

    /// <summary>A year 19xx or 20xx standing alone (not inside a longer number).</summary>
    public static bool HasYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (IsYearAt(text, i) && (i == 0 || !char.IsDigit(text[i - 1]))) return true;
        }
        return false;
    }
}
