using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AiDigest.Generators.Parsing;

/// <summary>
/// Splits an archive into <see cref="SourceLine"/>s as its text is written in, piece by piece: LF, CRLF and CR alike
/// end a line (a CRLF split across two pieces too), a leading byte-order mark is dropped, and the first control
/// character or U+FFFD of each line is noted (for AIDG0002).
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
    public const int MaxInvalidCharacterReports = 50;

    /// <summary>
    /// The control characters but tab (the line breaks never reach a line): all ASCII, so the runtime searches for
    /// them vectorised. U+FFFD (what a decoder puts for bytes that are not UTF-8) is searched on its own.
    /// </summary>
    private static readonly string ControlCharacters = ControlCharacterSet();

    /// <summary>
    /// Lines in blocks small enough for the small-object heap, copied once into <see cref="Lines"/> at the end: no
    /// growing array copied over and over, and no guess at the count that would over-allocate on the large-object heap.
    /// </summary>
    private const int BlockSize = 2048;

    private readonly List<SourceLine[]> _blocks = new();
    private int _count;
    private readonly List<InvalidCharacter> _invalid = new();
    private readonly StringBuilder _partial = new();
    private bool _started;
    private bool _afterCarriageReturn;
    private bool _lineHasInvalid;
    private int _offset;
    private int _utf8Offset;
    private int _lineStart;
    private bool _completed;

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>The first invalid character of a line: 1-based line number, 1-based column, the character.</summary>
    public readonly record struct InvalidCharacter(int LineNumber, int Column, char Character);

    /// <summary>The lines, once <see cref="Complete"/> has been called.</summary>
    public SourceLine[] Lines { get; private set; } = Array.Empty<SourceLine>();

    /// <summary>The text's length in UTF-8 bytes (without a byte-order mark), once <see cref="Complete"/> has been called.</summary>
    public int Utf8Length { get; private set; }

    /// <summary>The first invalid character of each line that has one, in line order, at most <see cref="MaxInvalidCharacterReports"/>.</summary>
    public IReadOnlyList<InvalidCharacter> InvalidCharacters => _invalid;

    /// <summary>Splits a whole string: what <see cref="ArchiveParser"/> does for text that is already one string.</summary>
    public static ArchiveLines Of(string text)
    {
        var lines = new ArchiveLines();
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
        var lines = new SourceLine[_count];
        for (var b = 0; b < _blocks.Count; b++)
        {
            Array.Copy(_blocks[b], 0, lines, b * BlockSize, Math.Min(BlockSize, _count - (b * BlockSize)));
        }
        _blocks.Clear();
        Lines = lines;
        Utf8Length = _utf8Offset;
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
            if (CharAt(text, chars, position) == '\uFEFF') position++;
        }
        if (_afterCarriageReturn && position < end)
        {
            _afterCarriageReturn = false;
            if (CharAt(text, chars, position) == '\n')
            {
                // The LF of a CRLF whose CR ended the previous piece: one byte more for that line break.
                position++;
                _offset++;
                _utf8Offset++;
                _lineStart = _offset;
            }
        }

        while (position < end)
        {
            var span = text is not null ? text.AsSpan(position, end - position) : new ReadOnlySpan<char>(chars, position, end - position);
            var lineBreak = span.IndexOfAny('\n', '\r');
            var segmentLength = lineBreak < 0 ? span.Length : lineBreak;
            if (_invalid.Count < MaxInvalidCharacterReports && !_lineHasInvalid) NoteInvalid(span.Slice(0, segmentLength));
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
            EndLine(text, chars, position, segmentLength, lineBreakBytes: isCrLf ? 2 : 1);
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
        // Counted on the whole line, so a surrogate pair split between two pieces counts as the four bytes it is.
        var bytes = SourceLine.Utf8ByteCount(line);
        if (_count % BlockSize == 0) _blocks.Add(new SourceLine[BlockSize]);
        _blocks[_blocks.Count - 1][_count % BlockSize] = new SourceLine(_count + 1, _lineStart, _utf8Offset, bytes, line);
        _count++;
        _utf8Offset += bytes + lineBreakBytes;
        _lineHasInvalid = false;
    }

    /// <summary>Notes the first invalid character of this part of the current line, if any.</summary>
    private void NoteInvalid(ReadOnlySpan<char> segment)
    {
        var control = segment.IndexOfAny(ControlCharacters.AsSpan());
        var replacement = segment.IndexOf('\uFFFD');
        var first = control < 0 ? replacement : replacement < 0 ? control : Math.Min(control, replacement);
        if (first < 0) return;
        var column = _offset - _lineStart + first + 1;
        _invalid.Add(new InvalidCharacter(_count + 1, column, segment[first]));
        _lineHasInvalid = true;
    }

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
