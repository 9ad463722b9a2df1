using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDigest.Generators.CodeFixes;

/// <summary>A string literal for a key, written in the form of the expression it replaces.</summary>
internal static class KeyLiteral
{
    /// <summary>
    /// <paramref name="key"/> as a regular, verbatim (<c>@"…"</c>) or raw (<c>"""…"""</c>, single- or multi-line)
    /// literal, as <paramref name="original"/> is; a regular literal when the original is not a string literal (a
    /// constant's name, a concatenation) or when the raw form cannot hold the key. The original's trivia is kept.
    /// </summary>
    public static ExpressionSyntax Like(ExpressionSyntax original, string key)
    {
        var text = original is LiteralExpressionSyntax { Token: var token } && token.IsKind(SyntaxKind.StringLiteralToken) && token.Text.StartsWith("@", StringComparison.Ordinal)
            ? Verbatim(key)
            : original is LiteralExpressionSyntax { Token: var raw } && (raw.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || raw.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                ? Raw(raw, key) ?? Regular(key)
                : Regular(key);
        return SyntaxFactory.ParseExpression(text).WithTriviaFrom(original);
    }

    private static string Regular(string key) => SyntaxFactory.Literal(key).Text;

    private static string Verbatim(string key) => "@\"" + key.Replace("\"", "\"\"") + "\"";

    /// <summary>The key in the original's raw form, with a delimiter longer than any run of quotes in it; null when it does not fit.</summary>
    private static string? Raw(SyntaxToken original, string key)
    {
        if (key.IndexOf('\n') >= 0 || key.IndexOf('\r') >= 0) return null;
        var quotes = Math.Max(3, Math.Max(LeadingQuotes(original.Text), LongestQuoteRun(key) + 1));
        var delimiter = new string('"', quotes);
        if (original.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
        {
            // A single-line raw literal's content can neither start nor end with a quote.
            return key.Length == 0 || key[0] == '"' || key[key.Length - 1] == '"' ? null : delimiter + key + delimiter;
        }
        // Multi-line: the content line takes the indentation of the closing delimiter.
        var text = original.Text;
        var lastLineStart = text.LastIndexOf('\n') + 1;
        var indentation = text.Substring(lastLineStart, text.Length - lastLineStart).TrimEnd('"');
        var newLine = text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
        return delimiter + newLine + indentation + key + newLine + indentation + delimiter;
    }

    private static int LeadingQuotes(string text)
    {
        var count = 0;
        while (count < text.Length && text[count] == '"') count++;
        return count;
    }

    private static int LongestQuoteRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '"' ? run + 1 : 0;
            if (run > longest) longest = run;
        }
        return longest;
    }
}
