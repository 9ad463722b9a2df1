using System;

namespace AiDigest.Generators.Text;

/// <summary>Character-level facts about archive text (blankness, CJK, width, punctuation).</summary>
internal static class TextShapes
{
    /// <summary>White space as the archive uses it, including no-break and ideographic spaces.</summary>
    public static bool IsSpace(char c) => Runtime.TextRules.IsSpace(c);

    /// <summary>The first position at or after <paramref name="start"/> of any of <paramref name="characters"/>; -1 when there is none.</summary>
    public static int IndexOfAny(string text, string characters, int start = 0)
    {
        var found = text.AsSpan(start).IndexOfAny(characters.AsSpan());
        return found < 0 ? -1 : start + found;
    }

    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c)) return false;
        }
        return true;
    }

    public static string Trim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
    }

    public static int LeadingSpaces(string text)
    {
        var i = 0;
        while (i < text.Length && IsSpace(text[i])) i++;
        return i;
    }

    /// <summary>
    /// <c>char.ToLowerInvariant</c>, without asking the culture data for the characters that have no case: ASCII is
    /// mapped here; CJK (see <see cref="IsCjk"/>), general and CJK punctuation, full-width forms other than A–Z, and
    /// surrogate halves are themselves. On .NET every other character costs an ICU call, and most of the archive is CJK.
    /// </summary>
    public static char ToLowerInvariant(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        var caseless = IsCjk(c) || char.IsSurrogate(c) || c is >= '\u2000' and <= '\u206F' || c is >= '\u3000' and <= '\u303F'
            || (c is >= '\uFF00' and <= '\uFFEF' && c is not (>= '\uFF21' and <= '\uFF3A'));
        return caseless ? c : char.ToLowerInvariant(c);
    }

    public static bool IsCjk(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\u3040' && c <= '\u30FF') || (c >= '\uAC00' && c <= '\uD7AF');

    public static bool ContainsCjk(string text)
    {
        foreach (var c in text)
        {
            if (IsCjk(c)) return true;
        }
        return false;
    }

    /// <summary>Visual width in "CJK characters": a CJK or full-width character counts 1, anything else a half.</summary>
    /// <summary>
    /// Whether <see cref="Width"/> of <paramref name="text"/> is more than <paramref name="maxWidth"/>, without walking
    /// the whole of a long line: the rules ask it of every line, and most lines decide it from their length alone.
    /// </summary>
    public static bool IsWiderThan(string text, double maxWidth)
    {
        if (text.Length <= maxWidth) return false;
        if (text.Length * 0.5 > maxWidth) return true;
        double width = 0;
        foreach (var c in text)
        {
            width += c > '\u2E80' ? 1 : 0.5;
            if (width > maxWidth) return true;
        }
        return false;
    }

    public static double Width(string text)
    {
        double width = 0;
        foreach (var c in text)
        {
            width += c > '\u2E80' ? 1 : 0.5;
        }
        return width;
    }

    public static int LetterCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) count++;
        }
        return count;
    }

    /// <summary>Punctuation that ends a sentence or a clause; a line ending with one is prose, not a heading.</summary>
    public static bool EndsClause(char c) =>
        c is '\u3002' or '.' or '\uFF0E' or '\u3001' or '\u2026' or '~' or '\uFF5E'
        || IsComma(c) || IsSemicolon(c) || IsExclamationMark(c) || IsColon(c);

    /// <summary>A colon, half- or full-width (<c>:</c>, <c>\uFF1A</c>).</summary>
    public static bool IsColon(char c) => c is ':' or '\uFF1A';

    /// <summary>A comma, half- or full-width (<c>,</c>, <c>\uFF0C</c>).</summary>
    public static bool IsComma(char c) => c is ',' or '\uFF0C';

    /// <summary>A semicolon, half- or full-width (<c>;</c>, <c>\uFF1B</c>).</summary>
    public static bool IsSemicolon(char c) => c is ';' or '\uFF1B';

    /// <summary>A question mark, half- or full-width (<c>?</c>, <c>\uFF1F</c>).</summary>
    public static bool IsQuestionMark(char c) => c is '?' or '\uFF1F';

    /// <summary>An exclamation mark, half- or full-width (<c>!</c>, <c>\uFF01</c>).</summary>
    public static bool IsExclamationMark(char c) => c is '!' or '\uFF01';

    /// <summary>An opening parenthesis, half- or full-width (<c>(</c>, <c>\uFF08</c>).</summary>
    public static bool IsOpeningParenthesis(char c) => c is '(' or '\uFF08';

    /// <summary>A closing parenthesis, half- or full-width (<c>)</c>, <c>\uFF09</c>).</summary>
    public static bool IsClosingParenthesis(char c) => c is ')' or '\uFF09';

    /// <summary>A full stop that ends a sentence: <c>\u3002</c>, or <c>.</c> / <c>\uFF0E</c> followed by a space or the end.</summary>
    public static bool IsSentenceStop(string text, int i) =>
        text[i] == '\u3002' || (text[i] is '.' or '\uFF0E' && (i + 1 == text.Length || IsSpace(text[i + 1])));

    /// <summary>The colons, half- and full-width, for <see cref="IndexOfAny"/>.</summary>
    public const string Colons = ":\uFF1A";

    public static bool IsOpeningQuote(char c) => c is '\u300C' or '\u201C' or '"' or '\u300E' or '\u300A' or '\u2018';

    public static bool IsClosingQuote(char c) => c is '\u300D' or '\u201D' or '"' or '\u300F' or '\u300B' or '\u2019';
}
