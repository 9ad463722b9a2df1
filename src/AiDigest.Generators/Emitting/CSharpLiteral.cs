using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Emitting;

/// <summary>Turns archive text into C# that reads it back exactly, whatever characters it holds.</summary>
internal static class CSharpLiteral
{
    /// <summary>
    /// A regular string literal. Printable text stays readable (CJK included); quotes, backslashes, control
    /// characters, line and paragraph separators, lone surrogates and noncharacters become escapes, so no archive
    /// content can end the literal, break the line or produce invalid UTF-8 in the generated file; bidirectional
    /// controls and other invisible characters (<see cref="HiddenCharacters.IsInvisible"/>) become escapes too, so
    /// the generated file never shows text other than what it holds (Trojan Source).
    /// </summary>
    public static string String(string? value)
    {
        if (value is null) return "null";
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    /// <summary>Writes <see cref="String"/>'s literal of <paramref name="value"/> straight into <paramref name="builder"/>, with no copy of its own.</summary>
    public static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        AppendContent(builder, value);
        builder.Append('"');
    }

    /// <summary>One literal holding the concatenation of <paramref name="parts"/> (a surrogate pair split between two parts is written as two escapes, which read back the same).</summary>
    public static void AppendString(StringBuilder builder, IEnumerable<string> parts)
    {
        builder.Append('"');
        foreach (var part in parts) AppendContent(builder, part);
        builder.Append('"');
    }

    /// <summary>The escaped characters of a literal, without its quotes.</summary>
    private static void AppendContent(StringBuilder builder, string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            // Runs of plain text (ASCII, CJK, the table's digits) are copied at once: the dataset's literals are megabytes.
            var run = i;
            while (run < value.Length && IsPlain(value[run])) run++;
            if (run > i)
            {
                builder.Append(value, i, run - i);
                i = run;
                if (i == value.Length) break;
            }

            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    var codePoint = HiddenCharacters.CodePointAt(value, i, out var length);
                    if (HiddenCharacters.IsInvisible(codePoint) || (length == 1 && MustEscape(c)))
                    {
                        HiddenCharacters.AppendEscape(builder, codePoint);
                    }
                    else
                    {
                        builder.Append(value, i, length);
                    }
                    i += length - 1;
                    break;
            }
            i++;
        }
    }

    /// <summary>Printable ASCII but the quote and the backslash, and U+3400–U+D7FF (CJK, Yi, Hangul syllables): never escaped.</summary>
    private static bool IsPlain(char c) => c is (>= ' ' and < '\u007F' and not '"' and not '\\') or (>= '\u3400' and < '\uD800');

    /// <summary>What a literal cannot hold as written: controls, line breaks, lone surrogates and noncharacters.</summary>
    private static bool MustEscape(char c) =>
        c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';

    /// <summary><c>\uXXXX</c>, or <c>\UXXXXXXXX</c> for a code point beyond the BMP: valid in a literal, and plain text in a comment.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text for an XML doc comment on one line: markup characters escaped, line breaks folded to spaces,
    /// characters XML cannot hold dropped, and bidirectional controls and other invisible characters shown as their
    /// escapes (<c>\u202E</c>), so that neither the generated file nor the tooltip can show reordered or hidden text.
    /// </summary>
    public static string XmlDoc(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r':
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    builder.Append(' ');
                    break;
                default:
                    var codePoint = HiddenCharacters.CodePointAt(text, i, out var length);
                    if (HiddenCharacters.IsInvisible(codePoint))
                    {
                        HiddenCharacters.AppendEscape(builder, codePoint);
                    }
                    else if (length == 2 || !(c < ' ' || c == '\u007F' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'))
                    {
                        builder.Append(text, i, length);
                    }
                    i += length - 1;
                    break;
            }
        }
        return builder.ToString();
    }
}
