using System.Collections;
using System.Collections.Generic;
using System.Text;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing;

/// <summary>One physical line of an archive, without its line break.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Start">Offset of the line's first character in the archive text.</param>
/// <param name="Utf8Start">Offset of the line's first byte in the archive encoded as UTF-8 (without a BOM).</param>
/// <param name="Utf8Length">The line's length in UTF-8 bytes (its line break excluded).</param>
internal readonly record struct SourceLine(int Number, int Start, int Utf8Start, int Utf8Length, string Text)
{
    public bool IsBlank => TextShapes.IsBlank(Text);

    /// <summary>The offset just past the line's last byte in UTF-8 (its line break excluded).</summary>
    public int Utf8End => Utf8Start + Utf8Length;

    /// <summary>How many bytes UTF-8 takes for these characters (a lone surrogate becomes U+FFFD, three bytes, as the encoder writes it).</summary>
    public static int Utf8ByteCount(string text) => Encoding.UTF8.GetByteCount(text);
}

/// <summary>
/// A run of consecutive lines of the archive (an article's body), read in place: no copy of the lines. A sealed
/// class rather than an interface, so the parser's many indexings are direct calls.
/// </summary>
internal sealed class LineSpan : IReadOnlyList<SourceLine>
{
    private readonly SourceLine[] _lines;
    private readonly int _first;

    public LineSpan(SourceLine[] lines, int first, int count)
    {
        _lines = lines;
        _first = first;
        Count = count;
    }

    public int Count { get; }

    public SourceLine this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new System.ArgumentOutOfRangeException(nameof(index));
            return _lines[_first + index];
        }
    }

    public IEnumerator<SourceLine> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _lines[_first + i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
