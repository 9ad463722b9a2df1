using System;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Citations;

/// <summary>
/// Principle: a metadata value that says the thing does not exist yet (<c>代码：暂未开源</c>, <c>代码：即将开源</c>,
/// <c>Code: coming soon</c>, <c>Demo: TBD</c>, <c>模型：N/A</c>, <c>權重：敬請期待</c>) is a statement about the paper, not a
/// malformed link: it gives no URL and raises no diagnostic (AIDG0010 is for a label whose link is missing or
/// written wrong). The words are <see cref="Vocabulary.Metadata.NotYetValues"/>, matched on the value's key.
/// </summary>
internal static class NotYetAvailable
{
    /// <summary>The widest such statement, in CJK characters: a phrase, not a sentence that goes on to say more.</summary>
    private const double MaxWidth = 24;

    /// <summary>Whether <paramref name="value"/> (the text after a metadata key) says the thing is not out yet.</summary>
    public static bool Says(string value)
    {
        var text = StripBrackets(TextShapes.Trim(value));
        if (text.Length == 0 || TextShapes.IsWiderThan(text, MaxWidth) || LinkScanner.FindUrls(text).Count > 0) return false;
        var key = CharacterFold.Key(text);
        foreach (var word in Vocabulary.Metadata.NotYetValues)
        {
            if (key.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        var whole = key.TrimEnd('.', '\u3002', '!', '~', ' ');
        foreach (var word in Vocabulary.Metadata.NotYetWholeValues)
        {
            if (string.Equals(whole, word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary><c>（暂未开源）</c>, <c>[TBD]</c>, <c>“即将开源”</c>: the words inside.</summary>
    private static string StripBrackets(string text)
    {
        if (text.Length >= 2 && (TextShapes.IsOpeningParenthesis(text[0]) || text[0] is '[' or '\u3010' || TextShapes.IsOpeningQuote(text[0]))
            && (TextShapes.IsClosingParenthesis(text[text.Length - 1]) || text[text.Length - 1] is ']' or '\u3011' || TextShapes.IsClosingQuote(text[text.Length - 1])))
        {
            return TextShapes.Trim(text.Substring(1, text.Length - 2));
        }
        return text;
    }
}
