using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing.Lines;

/// <summary>
/// Splits an archive into <see cref="SourceLine"/>s as its text is written in, piece by piece: LF, CRLF and CR alike
/// end a line (a CRLF split across two pieces too), a leading byte-order mark is dropped, and, in the same pass, the
/// first control character or U+FFFD of each line (AIDG0002) and every bidirectional control (AIDG0015) are noted,
/// and whether the text holds U+FFFD at all. Each line's bytes are counted in the file's own encoding.
/// </summary>
/// <remarks>
/// A <see cref="TextWriter"/> because that is how a large text hands out its characters without one copy of the
/// whole: the compiler keeps a 100-page archive as a list of chunks, and <c>SourceText.Write</c> passes them on as
/// they are. Copying it into one string first would put a second copy of the archive on the large-object heap on
/// every build, for the compiler server's garbage collector to reclaim.
/// </remarks>
internal sealed class ArchiveLines : TextWriter
{
    /// <summary>More diagnostics of one kind than this in a file say nothing new; the rest are not looked for.</summary>
    public const int MaxCharacterReports = 50;

    /// <summary>
    /// The control characters but tab (the line breaks never reach a line): all ASCII, so the runtime searches for
    /// them vectorised. U+FFFD (what a decoder puts for bytes that are not UTF-8) is searched on its own.
    /// </summary>
    private static readonly string ControlCharacters = ControlCharacterSet();

    /// <summary>The bidi embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069): <see cref="HiddenCharacters.BidiControls"/> in two parts.</summary>
    private const string BidiEmbeddings = "\u202A\u202B\u202C\u202D\u202E";
    private const string BidiIsolates = "\u2066\u2067\u2068\u2069";

    /// <summary>
    /// Without a known line count, lines in blocks small enough for the small-object heap, copied once into
    /// <see cref="Lines"/> at the end: no growing array copied over and over, and no guess at the count that would
    /// over-allocate on the large-object heap.
    /// </summary>
    private const int BlockSize = 2048;

    private readonly List<SourceLine[]> _blocks = new();

    /// <summary>With the line count known up front, the one array of the lines, filled in place; null once more lines came.</summary>
    private SourceLine[]? _sized;
    private int _count;
    private readonly List<LocatedCharacter> _invalid = new();
    private readonly List<LocatedCharacter> _bidi = new();
    private readonly StringBuilder _partial = new();
    private readonly ArchiveEncoding _encoding;
    private readonly int _codeUnitBytes;
    private bool _started;
    private bool _afterCarriageReturn;
    private bool _lineHasInvalid;
    private int _offset;
    private int _byteOffset;
    private int _lineStart;
    private bool _completed;

    /// <param name="encoding">The encoding of the file the text was read from, in which lines' bytes are counted.</param>
    /// <param name="expectedLines">How many lines the text has, when counted before: the lines are then kept in one array of that size.</param>
    public ArchiveLines(ArchiveEncoding encoding = ArchiveEncoding.Utf8, int expectedLines = 0)
    {
        _encoding = encoding;
        _codeUnitBytes = SourceLine.CodeUnitBytes(encoding);
        if (expectedLines > 0) _sized = new SourceLine[expectedLines];
    }

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>A character noted in a line: 1-based line number, 1-based column, the character.</summary>
    public readonly record struct LocatedCharacter(int LineNumber, int Column, char Character);

    /// <summary>The lines, once <see cref="Complete"/> has been called.</summary>
    public SourceLine[] Lines { get; private set; } = Array.Empty<SourceLine>();

    /// <summary>The text's length in bytes of the file's encoding (without a byte-order mark), once <see cref="Complete"/> has been called.</summary>
    public int ByteLength { get; private set; }

    /// <summary>The first invalid character of each line that has one, in line order, at most <see cref="MaxCharacterReports"/>.</summary>
    public IReadOnlyList<LocatedCharacter> InvalidCharacters => _invalid;

    /// <summary>Every bidirectional control (<see cref="HiddenCharacters.IsBidiControl"/>), in text order, at most <see cref="MaxCharacterReports"/>.</summary>
    public IReadOnlyList<LocatedCharacter> BidiControls => _bidi;

    /// <summary>
    /// Whether the text holds U+FFFD anywhere: what a decoder puts for bytes that are not in its encoding. Byte ranges
    /// counted from such text need not match the file's bytes.
    /// </summary>
    public bool HasReplacementCharacter { get; private set; }

    /// <summary>Splits a whole string: what <see cref="ArchiveParser"/> does for text that is already one string.</summary>
    public static ArchiveLines Of(string text, ArchiveEncoding encoding = ArchiveEncoding.Utf8)
    {
        var lines = new ArchiveLines(encoding);
        lines.Write(text);
        lines.Complete();
        return lines;
    }

    public override void Write(char value) => Append(null, new[] { value }, 0, 1);

    public override void Write(char[] buffer, int index, int count)
    {
        if (buffer is null) throw new ArgumentNullException(nameof(buffer));
        if (index < 0 || count < 0 || index > buffer.Length - count) throw new ArgumentOutOfRangeException(nameof(count));
        Append(null, buffer, index, count);
    }

    public override void Write(string? value)
    {
        if (value is not null) Append(value, null, 0, value.Length);
    }

    /// <summary>Ends the text: an unterminated last line becomes a line; nothing more may be written.</summary>
    public void Complete()
    {
        if (_completed) return;
        _completed = true;
        if (_partial.Length > 0) EndLine(null, null, 0, 0, lineBreakBytes: 0);
        ByteLength = _byteOffset;
        if (_sized is not null)
        {
            Lines = _sized.Length == _count ? _sized : CopyOf(_sized, _count);
            _sized = null;
            return;
        }
        var lines = new SourceLine[_count];
        for (var b = 0; b < _blocks.Count; b++)
        {
            Array.Copy(_blocks[b], 0, lines, b * BlockSize, Math.Min(BlockSize, _count - (b * BlockSize)));
        }
        _blocks.Clear();
        Lines = lines;
    }

    private static SourceLine[] CopyOf(SourceLine[] lines, int count)
    {
        var copy = new SourceLine[count];
        Array.Copy(lines, copy, count);
        return copy;
    }

    private void Add(SourceLine line)
    {
        if (_sized is not null)
        {
            if (_count < _sized.Length)
            {
                _sized[_count++] = line;
                return;
            }

            // More lines than counted (a writer that wrote something else the second time): blocks from here on.
            for (var i = 0; i < _count; i++)
            {
                if (i % BlockSize == 0) _blocks.Add(new SourceLine[BlockSize]);
                _blocks[i / BlockSize][i % BlockSize] = _sized[i];
            }
            _sized = null;
        }
        if (_count % BlockSize == 0) _blocks.Add(new SourceLine[BlockSize]);
        _blocks[_blocks.Count - 1][_count % BlockSize] = line;
        _count++;
    }

    /// <summary>One piece of text, from a string or from a character array (exactly one of the two).</summary>
    private void Append(string? text, char[]? chars, int index, int count)
    {
        if (_completed) throw new InvalidOperationException("The text is complete.");
        var position = index;
        var end = index + count;
        if (!_started && position < end)
        {
            _started = true;
            if (CharAt(text, chars, position) == '\uFEFF')
            {
                // The compiler has already taken the file's byte-order mark off; a second one is text, and its bytes count.
                position++;
                _byteOffset += SourceLine.ByteCount("\uFEFF", _encoding);
            }
        }
        if (_afterCarriageReturn && position < end)
        {
            _afterCarriageReturn = false;
            if (CharAt(text, chars, position) == '\n')
            {
                // The LF of a CRLF whose CR ended the previous piece: one code unit more for that line break.
                position++;
                _offset++;
                _byteOffset += _codeUnitBytes;
                _lineStart = _offset;
            }
        }

        while (position < end)
        {
            var span = text is not null ? text.AsSpan(position, end - position) : new ReadOnlySpan<char>(chars, position, end - position);
            var lineBreak = span.IndexOfAny('\n', '\r');
            var segmentLength = lineBreak < 0 ? span.Length : lineBreak;
            NoteCharacters(span.Slice(0, segmentLength));
            if (lineBreak < 0)
            {
                AppendPartial(text, chars, position, segmentLength);
                _offset += segmentLength;
                return;
            }

            var breakAt = position + lineBreak;
            var isCarriageReturn = CharAt(text, chars, breakAt) == '\r';
            var isCrLf = isCarriageReturn && breakAt + 1 < end && CharAt(text, chars, breakAt + 1) == '\n';
            _offset += segmentLength;
            EndLine(text, chars, position, segmentLength, lineBreakBytes: (isCrLf ? 2 : 1) * _codeUnitBytes);
            position = breakAt + (isCrLf ? 2 : 1);
            _offset += isCrLf ? 2 : 1;
            _lineStart = _offset;
            if (isCarriageReturn && !isCrLf && position >= end) _afterCarriageReturn = true;
        }
    }

    private static char CharAt(string? text, char[]? chars, int index) => text is not null ? text[index] : chars![index];

    private void AppendPartial(string? text, char[]? chars, int index, int count)
    {
        if (count == 0) return;
        if (text is not null) _partial.Append(text, index, count);
        else _partial.Append(chars!, index, count);
    }

    /// <summary>Ends the current line with the given last piece; its line break takes <paramref name="lineBreakBytes"/> bytes.</summary>
    private void EndLine(string? text, char[]? chars, int index, int count, int lineBreakBytes)
    {
        string line;
        if (_partial.Length == 0)
        {
            line = text is not null ? text.Substring(index, count) : new string(chars!, index, count);
        }
        else
        {
            AppendPartial(text, chars, index, count);
            line = _partial.ToString();
            _partial.Clear();
        }
        // Counted on the whole line, so a surrogate pair split between two pieces counts as the bytes it is.
        var bytes = SourceLine.ByteCount(line, _encoding);
        Add(new SourceLine(_count + 1, _lineStart, _byteOffset, bytes, line));
        _byteOffset += bytes + lineBreakBytes;
        _lineHasInvalid = false;
    }

    /// <summary>
    /// Notes in this part of the current line (it starts at <see cref="_offset"/>) the first invalid character of the
    /// line, every bidi control and whether there is a U+FFFD; each search runs only while its answer is still wanted.
    /// </summary>
    private void NoteCharacters(ReadOnlySpan<char> segment)
    {
        var wantsInvalid = !_lineHasInvalid && _invalid.Count < MaxCharacterReports;
        var replacement = wantsInvalid || !HasReplacementCharacter ? segment.IndexOf('\uFFFD') : -1;
        if (replacement >= 0) HasReplacementCharacter = true;
        if (wantsInvalid)
        {
            var control = segment.IndexOfAny(ControlCharacters.AsSpan());
            var first = control < 0 ? replacement : replacement < 0 ? control : Math.Min(control, replacement);
            if (first >= 0)
            {
                _invalid.Add(new LocatedCharacter(_count + 1, ColumnOf(first), segment[first]));
                _lineHasInvalid = true;
            }
        }

        // Two searches of few values each stay vectorised; one of all nine would not.
        var from = 0;
        while (_bidi.Count < MaxCharacterReports && from < segment.Length)
        {
            var rest = segment.Slice(from);
            var embedding = rest.IndexOfAny(BidiEmbeddings.AsSpan());
            var isolate = rest.IndexOfAny(BidiIsolates.AsSpan());
            var found = embedding < 0 ? isolate : isolate < 0 ? embedding : Math.Min(embedding, isolate);
            if (found < 0) return;
            _bidi.Add(new LocatedCharacter(_count + 1, ColumnOf(from + found), rest[found]));
            from += found + 1;
        }
    }

    /// <summary>The 1-based column of a position in the part of the current line being written.</summary>
    private int ColumnOf(int positionInSegment) => _offset - _lineStart + positionInSegment + 1;

    private static string ControlCharacterSet()
    {
        var set = new List<char> { '\u007F' };
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r')) set.Add(c);
        }
        return new string(set.ToArray());
    }
}
