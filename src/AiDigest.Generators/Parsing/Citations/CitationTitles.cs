using System;
using System.Collections.Generic;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing.Citations;

/// <summary>
/// Reads the title out of an academic reference entry, in the styles the blog's articles use:
/// <c>Zhang K, Qi B, Zhou B. Towards building … fusion [J]. arXiv preprint arXiv:2407.08642, 2024.</c> (GB/T 7714, a
/// document-type tag after the title), <c>Chen C, Borgeaud S, et al. Accelerating … Sampling. arXiv:2302.01318, 2023.</c>
/// (authors, title, venue) and <c>Genie 2: A large-scale foundation world model. 2024.</c> (title first).
/// </summary>
internal static class CitationTitles
{
    /// <summary>Whether the entry cites a paper: it names an arXiv id, carries a document-type tag, or gives a title and a year without linking a web page.</summary>
    public static bool CitesPaper(string text, string? arxivId, string? title)
    {
        if (arxivId is not null) return true;
        if (title is null) return false;

        // A DOI, an OpenReview or ACL Anthology page, a proceedings page: the entry links the paper itself.
        foreach (var url in LinkScanner.FindUrls(text))
        {
            if (Urls.IsPaperUrl(url.Url)) return true;
        }
        var tag = IndexOfDocumentTypeTag(text);
        if (tag >= 0) return text.IndexOf(Vocabulary.References.WebPageTag, StringComparison.Ordinal) < 0;
        return HasYear(text) && LinkScanner.FindUrls(text).Count == 0;
    }

    /// <summary>The title of the work an entry cites; null when the entry gives none (a bare URL, a line of prose).</summary>
    public static string? TitleOf(string text)
    {
        // [标题](url): the link text; "Title," among authors and a venue (IEEE); the sentence after "(2024)." (APA).
        if (CitationShapes.MarkdownLinkTitle(text) is { } linked) return Clean(linked);
        if (CitationShapes.IeeeTitle(text) is { } quoted) return Clean(quoted);
        var apa = CitationShapes.ApaYearEnd(text);
        if (apa > 0)
        {
            var after = Sentences(text.Substring(apa));
            return after.Count > 0 ? Clean(after[0]) : null;
        }
        var tag = IndexOfDocumentTypeTag(text);
        if (tag > 0)
        {
            var head = text.Substring(0, tag).TrimEnd();
            var authorsEnd = head.LastIndexOf(". ", StringComparison.Ordinal);
            return Clean(authorsEnd >= 0 ? head.Substring(authorsEnd + 2) : head);
        }
        var urls = LinkScanner.FindUrls(text);
        if (urls.Count > 0 && urls[0].Column > 0 && TextShapes.Trim(text.Substring(urls[0].Column + urls[0].Url.Length)).Length == 0)
        {
            // "Muon is Scalable for LLM Training https://arxiv.org/abs/2502.16982": the words before the link name it.
            var named = TextShapes.Trim(text.Substring(0, urls[0].Column)).TrimEnd(':', '\uFF1A', '-', ',');
            return Sentences(named).Count == 1 && !IsAuthorList(named) ? Clean(named) : null;
        }
        var sentences = Sentences(text);
        if (sentences.Count == 0) return null;
        var first = 0;
        if (IsAuthorList(sentences[0]))
        {
            if (sentences.Count < 2) return null;
            first = 1;
        }
        var title = sentences[first];
        if (title.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase) >= 0 || LinkScanner.FindUrls(title).Count > 0) return null;
        if (first == 0 && sentences.Count == 1) return null;
        return Clean(title);
    }

    private static string? Clean(string title)
    {
        var trimmed = TextShapes.Trim(title);
        return TextShapes.LetterCount(trimmed) >= 3 ? trimmed : null;
    }

    /// <summary>
    /// The entry's sentences: split at <c>. </c>, except after an initial (<c>W. H. Auden</c>) or inside brackets.
    /// </summary>
    private static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[' or '\uFF08') depth++;
            else if (c is ')' or ']' or '\uFF09') depth = Math.Max(0, depth - 1);
            else if (c == '.' && depth == 0 && (i + 1 == text.Length || text[i + 1] == ' ') && !IsInitialBefore(text, i))
            {
                var sentence = TextShapes.Trim(text.Substring(start, i - start));
                if (sentence.Length > 0) sentences.Add(sentence);
                start = i + 1;
            }
            else if ((TextShapes.IsQuestionMark(c) || TextShapes.IsExclamationMark(c)) && depth == 0 && i + 1 < text.Length && text[i + 1] == ' ' && IsPublicationDetail(text, i + 2))
            {
                // "…GitHub Issues? ICLR 2024.": a title may end in its own question mark, kept, before the venue and year.
                var sentence = TextShapes.Trim(text.Substring(start, i + 1 - start));
                if (sentence.Length > 0) sentences.Add(sentence);
                start = i + 1;
            }
        }
        var rest = TextShapes.Trim(text.Substring(start));
        if (rest.Length > 0) sentences.Add(rest);
        return sentences;
    }

    /// <summary>
    /// Whether the words from <paramref name="start"/> to the next full stop are where and when a work appeared (a
    /// year, arXiv, a link) rather than more of its title (<c>Is ChatGPT a good translator? Yes with GPT-4 as the engine</c>).
    /// </summary>
    private static bool IsPublicationDetail(string text, int start)
    {
        var end = text.IndexOf(". ", start, StringComparison.Ordinal);
        var part = text.Substring(start, (end < 0 ? text.Length : end) - start);
        return HasYear(part) || part.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase) >= 0 || LinkScanner.FindUrls(part).Count > 0;
    }

    /// <summary>A single capital before the dot, itself after a space: <c>W. H. Auden</c>, not <c>… Models.</c>.</summary>
    private static bool IsInitialBefore(string text, int dot) =>
        dot >= 2 && char.IsUpper(text[dot - 1]) && text[dot - 2] == ' ' && dot + 2 < text.Length && char.IsUpper(text[dot + 2]) && (dot + 3 == text.Length || text[dot + 3] is '.' or ' ');

    /// <summary>
    /// <c>Gu Y, Dong L, Wei F, Huang M</c>, <c>Chen C, Borgeaud S, et al</c>, <c>Maldacena J</c>: names of one to
    /// four words ending in initials, separated by commas, maybe closed by <c>et al</c>.
    /// </summary>
    public static bool IsAuthorList(string sentence)
    {
        var names = sentence.Split(',');
        var people = 0;
        foreach (var raw in names)
        {
            var name = TextShapes.Trim(raw);
            if (name.Length == 0) continue;
            if (name is "..." or "\u2026" || name.StartsWith(Vocabulary.References.EtAl, StringComparison.Ordinal) || name.StartsWith("and ", StringComparison.Ordinal) && IsName(name.Substring(4)))
            {
                continue;
            }
            if (!IsName(name)) return false;
            people++;
        }
        return people > 0;
    }

    /// <summary><c>Vaswani A</c>, <c>Jacobs R A</c>, <c>Cheng Lei</c> is not: a surname and initials in capitals.</summary>
    private static bool IsName(string name)
    {
        var words = name.Split(' ');
        if (words.Length is < 2 or > 4 || !char.IsUpper(words[0][0])) return false;
        var last = words[words.Length - 1];
        if (last.Length is < 1 or > 3) return false;
        foreach (var c in last)
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }

    /// <summary>Where a document-type tag (<c>[J]</c>, <c>[C]</c>, <c>[R]</c>, <c>[EB/OL]</c>…) starts; -1 when there is none.</summary>
    public static int IndexOfDocumentTypeTag(string text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] != '[' || !char.IsUpper(text[i + 1])) continue;
            var close = text.IndexOf(']', i + 1);
            if (close < 0 || close - i > 6) continue;
            var tag = true;
            for (var k = i + 1; k < close; k++)
            {
                if (!(char.IsUpper(text[k]) || text[k] == '/')) tag = false;
            }
            if (tag) return i;
        }
        return -1;
    }

    private static bool HasYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])
                && (i == 0 || !char.IsDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsDigit(text[i + 4])))
            {
                return true;
            }
        }
        return false;
    }
}
