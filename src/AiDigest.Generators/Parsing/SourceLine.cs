using System.Collections.Generic;

namespace AiDigest.Generators.Parsing;

/// <summary>One physical line of an archive, without its line break.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Start">Offset of the line's first character in the archive text.</param>
/// <param name="Utf8Start">Offset of the line's first byte in the archive encoded as UTF-8 (without a BOM).</param>
internal readonly record struct SourceLine(int Number, int Start, int Utf8Start, string Text)
{
    public bool IsBlank => TextShapes.IsBlank(Text);

    /// <summary>The offset just past the line's last byte in UTF-8 (its line break excluded).</summary>
    public int Utf8End => Utf8Start + Utf8Length(Text, 0, Text.Length);

    /// <summary>Splits on LF, CRLF and CR alike, so that all three give the same lines and numbers.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var utf8 = 0;
        var number = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(new SourceLine(number++, start, utf8, text.Substring(start, i - start)));
            utf8 += Utf8Length(text, start, i - start) + 1;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                utf8++;
            }
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new SourceLine(number, start, utf8, text.Substring(start)));
        return lines;
    }

    /// <summary>How many bytes UTF-8 takes for these characters (a lone surrogate becomes U+FFFD, three bytes).</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
    public static int Utf8Length(string text, int start, int length)
    {
        var bytes = 0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else bytes += 3;
        }
        return bytes;
    }
}
