using System.Collections.Generic;

namespace AiDigest.Generators.Parsing;

/// <summary>One physical line of an archive, without its line break.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Start">Offset of the line's first character in the archive text.</param>
internal readonly record struct SourceLine(int Number, int Start, string Text)
{
    public bool IsBlank => TextShapes.IsBlank(Text);

    /// <summary>Splits on LF, CRLF and CR alike, so that all three give the same lines and numbers.</summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var number = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(new SourceLine(number++, start, text.Substring(start, i - start)));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new SourceLine(number, start, text.Substring(start)));
        return lines;
    }
}
