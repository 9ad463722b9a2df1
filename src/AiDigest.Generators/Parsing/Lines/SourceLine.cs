using System.Collections;
using System.Collections.Generic;
using System.Text;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing.Lines;

/// <summary>One physical line of an archive, without its line break.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Start">Offset of the line's first character in the archive text.</param>
/// <param name="ByteStart">Offset of the line's first byte in the archive file, in the file's encoding, after its byte-order mark.</param>
/// <param name="ByteLength">The line's length in bytes of the file's encoding (its line break excluded).</param>
internal readonly record struct SourceLine(int Number, int Start, int ByteStart, int ByteLength, string Text)
{
    public bool IsBlank => TextShapes.IsBlank(Text);

    /// <summary>The offset just past the line's last byte (its line break excluded).</summary>
    public int ByteEnd => ByteStart + ByteLength;

    /// <summary>
    /// How many bytes <paramref name="encoding"/> takes for these characters, as its encoder writes them (a lone
    /// surrogate becomes U+FFFD). A legacy code page is counted as UTF-8: its texts are never read from the file.
    /// </summary>
    public static int ByteCount(string text, ArchiveEncoding encoding)
    {
        switch (encoding)
        {
            case ArchiveEncoding.Utf16LittleEndian:
            case ArchiveEncoding.Utf16BigEndian:
                return 2 * text.Length;
            case ArchiveEncoding.Utf32LittleEndian:
            case ArchiveEncoding.Utf32BigEndian:
                var codePoints = text.Length;
                for (var i = 0; i + 1 < text.Length; i++)
                {
                    if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
                    {
                        codePoints--;
                        i++;
                    }
                }
                return 4 * codePoints;
            default:
                return Encoding.UTF8.GetByteCount(text);
        }
    }

    /// <summary>Bytes per code unit of <paramref name="encoding"/>: what a line break (CR or LF) takes, CRLF twice that.</summary>
    public static int CodeUnitBytes(ArchiveEncoding encoding) => encoding switch
    {
        ArchiveEncoding.Utf16LittleEndian or ArchiveEncoding.Utf16BigEndian => 2,
        ArchiveEncoding.Utf32LittleEndian or ArchiveEncoding.Utf32BigEndian => 4,
        _ => 1,
    };
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
