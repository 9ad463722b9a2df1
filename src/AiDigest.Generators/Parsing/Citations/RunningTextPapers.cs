using System;
using System.Collections.Generic;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing.Citations;

/// <summary>
/// Papers named in running text: a title in 《》 or double quotes right after the word for paper (<c>论文《…》</c>,
/// <c>论文(《…》)</c>, <c>论文中《…》</c>, <c>的论文“…”</c>, <c>the paper "…"</c>) or right before it
/// (<c>《…》论文</c>); 「」 quote what a paper says, not its title. Blogs, columns and books in 《》 are not papers;
/// a 《》 name in the sentence of an arXiv link
/// or id is the title of the paper the link gives.
/// </summary>
internal static class RunningTextPapers
{
    /// <summary>The titles a line names as papers, in order.</summary>
    public static IReadOnlyList<string> Find(string line)
    {
        List<string>? titles = null;
        var from = 0;
        while (true)
        {
            var word = IndexOfPaperWord(line, from, out var wordLength);
            if (word < 0) break;
            from = word + wordLength;
            var title = QuotedAfter(line, from) ?? QuotedBefore(line, word);
            if (title is not null && LooksLikeTitle(title) && (titles is null || !titles.Contains(title))) (titles ??= new List<string>()).Add(title);
        }
        return titles ?? (IReadOnlyList<string>)Array.Empty<string>();
    }

    private static int IndexOfPaperWord(string line, int from, out int length)
    {
        var chinese = IndexOfChinesePaperWord(line, from);
        var english = IndexOfPaper(line, from);
        if (chinese >= 0 && (english < 0 || chinese < english))
        {
            length = 2;
            return chinese;
        }
        length = 5;
        return english;
    }

    /// <summary><c>论文</c> or <c>論文</c> (<see cref="Vocabulary.References.PaperWord"/>, on the line's key), searched by its first character.</summary>
    private static int IndexOfChinesePaperWord(string line, int from)
    {
        var word = Vocabulary.References.PaperWord;
        for (var i = TextShapes.IndexOfAny(line, PaperWordStarts, from); i >= 0; i = TextShapes.IndexOfAny(line, PaperWordStarts, i + 1))
        {
            if (CharacterFold.MatchesAt(line, i, word)) return i;
        }
        return -1;
    }

    /// <summary>The first character of the word for paper, Simplified and Traditional.</summary>
    private const string PaperWordStarts = "\u8BBA\u8AD6";

    /// <summary>
    /// "paper" in any case, not glued to a letter before it. Searched by its first letter: an ignore-case search of
    /// mostly Chinese lines costs more than the rest of the line's rules together.
    /// </summary>
    private static int IndexOfPaper(string line, int from)
    {
        for (var i = TextShapes.IndexOfAny(line, "pP", from); i >= 0 && i + 5 <= line.Length; i = TextShapes.IndexOfAny(line, "pP", i + 1))
        {
            if (string.Compare(line, i, Vocabulary.References.EnglishPaperWord, 0, 5, StringComparison.OrdinalIgnoreCase) == 0 && (i == 0 || !char.IsLetter(line[i - 1]))) return i;
        }
        return -1;
    }

    /// <summary>A quotation that opens within three characters after the word (<c>(《</c>, <c>中《</c>, <c> "</c>, <c> titled "</c>).</summary>
    private static string? QuotedAfter(string line, int from)
    {
        var i = from;
        var titled = Vocabulary.References.Titled;
        if (string.Compare(line, i, titled, 0, titled.Length, StringComparison.OrdinalIgnoreCase) == 0) i += titled.Length;
        for (var k = 0; k < 4 && i < line.Length; k++, i++)
        {
            var c = line[i];
            if (IsTitleQuote(c)) return Quoted(line, i);
            if (!(TextShapes.IsSpace(c) || TextShapes.IsOpeningParenthesis(c) || TextShapes.IsColon(c) || Vocabulary.References.PaperWordJoinersAfter.IndexOf(CharacterFold.Fold(c)) >= 0)) return null;
        }
        return null;
    }

    /// <summary>A quotation that closes right before the word, or two characters before it (<c>《…》论文</c>, <c>《…》这篇论文</c>).</summary>
    private static string? QuotedBefore(string line, int word)
    {
        for (var i = word - 1; i >= 0 && i >= word - 3; i--)
        {
            var c = line[i];
            if (c is '\u300B' or '\u201D' or '"')
            {
                var open = c == '\u300B' ? line.LastIndexOf('\u300A', i) : c == '\u201D' ? line.LastIndexOf('\u201C', i) : line.LastIndexOf('"', i - 1);
                return open >= 0 && open < i ? TextShapes.Trim(line.Substring(open + 1, i - open - 1)) : null;
            }
            if (!(TextShapes.IsSpace(c) || Vocabulary.References.PaperWordJoinersBefore.IndexOf(CharacterFold.Fold(c)) >= 0)) return null;
        }
        return null;
    }

    private static bool IsTitleQuote(char c) => c is '\u300A' or '\u201C' or '"';

    private static string? Quoted(string line, int open)
    {
        var closing = line[open] switch
        {
            '\u300A' => '\u300B',
            '\u201C' => '\u201D',
            _ => '"',
        };
        var close = line.IndexOf(closing, open + 1);
        return close > open + 1 ? TextShapes.Trim(line.Substring(open + 1, close - open - 1)) : null;
    }

    /// <summary>A paper's title: some words, not a sentence.</summary>
    private static bool LooksLikeTitle(string title) =>
        TextShapes.LetterCount(title) >= 4 && title.IndexOf('\u3002') < 0 && LinkScanner.FindUrls(title).Count == 0;

    /// <summary>
    /// The name in 《》 of the sentence around <paramref name="column"/>, when the sentence has exactly one: the title
    /// of the work an arXiv link or id there gives (<c>…《The Principles of Deep Learning Theory(深度学习理论的原理)》一书，
    /// 该书有…免费版本:https://arxiv.org/abs/2106.10165</c>), without a translation in brackets after it.
    /// </summary>
    public static string? NamedInSentence(string line, int column)
    {
        var start = column;
        while (start > 0 && !TextShapes.IsSentenceStop(line, start - 1)) start--;
        var end = column;
        while (end < line.Length && !TextShapes.IsSentenceStop(line, end)) end++;
        var open = line.IndexOf('\u300A', start);
        if (open < 0 || open >= end) return null;
        var close = line.IndexOf('\u300B', open);
        if (close < 0 || close >= end || line.IndexOf('\u300A', close) is var again && again >= 0 && again < end) return null;
        var title = TextShapes.Trim(line.Substring(open + 1, close - open - 1));
        var bracket = title.LastIndexOfAny(new[] { '(', '\uFF08' });
        if (bracket > 0 && title[title.Length - 1] is ')' or '\uFF09' && TextShapes.ContainsCjk(title.Substring(bracket)) && !TextShapes.ContainsCjk(title.Substring(0, bracket)))
        {
            title = TextShapes.Trim(title.Substring(0, bracket));
        }
        return LooksLikeTitle(title) ? title : null;
    }

    /// <summary>
    /// Whether a paper's name (its title up to the first colon, or its first word) shows in a link, as a reader
    /// recognises <c>DiffuCoder</c> in <c>github.com/apple/ml-diffucoder</c>.
    /// </summary>
    public static bool NameShowsIn(string title, string url)
    {
        var colon = TextShapes.IndexOfAny(title, TextShapes.Colons);
        var name = colon > 0 ? title.Substring(0, colon) : title;
        var space = name.IndexOf(' ');
        if (space > 0) name = name.Substring(0, space);
        var key = LettersAndDigits(name);
        return key.Length >= 4 && LettersAndDigits(url).IndexOf(key, StringComparison.Ordinal) >= 0;
    }

    private static string LettersAndDigits(string text)
    {
        var chars = new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) chars[length++] = TextShapes.ToLowerInvariant(c);
        }
        return new string(chars, 0, length);
    }
}
