using System;
using System.IO;
using System.Text;
using System.Threading;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing.Lines;

/// <summary>An archive's text as the compiler read it, handed to the parser; the generator and the lookup analyzer read archives the same way.</summary>
internal static class ArchiveText
{
    /// <summary>
    /// The text's lines, split as the text writes itself out: the compiler keeps a large file as chunks, and
    /// <c>ToString()</c> would copy all of it into one string first. No text (a file that could not be read) has no lines.
    /// Bytes are counted in <paramref name="encoding"/>, the file's (see <see cref="ArchiveFile.Encoding"/>).
    /// </summary>
    /// <remarks>
    /// The lines are counted first, in a pass that only looks for line breaks, so the line array is made once at its
    /// size: a third of a page's allocations in this step were the copy of the lines gathered without knowing their count.
    /// </remarks>
    public static ArchiveLines Split(SourceText? text, ArchiveEncoding encoding, CancellationToken cancellationToken)
    {
        var expected = 0;
        if (text is not null)
        {
            var counter = new LineCounter();
            text.Write(counter, cancellationToken);
            expected = counter.Lines;
        }
        var lines = new ArchiveLines(encoding, expected);
        text?.Write(lines, cancellationToken);
        lines.Complete();
        return lines;
    }

    /// <summary>
    /// Counts lines as <see cref="ArchiveLines"/> splits them: LF, CRLF and CR end a line; text after the last break
    /// is one more, unless it is only the byte-order mark the splitter drops.
    /// </summary>
    internal sealed class LineCounter : TextWriter
    {
        private int _breaks;
        private bool _afterCarriageReturn;
        private bool _hasTail;
        private bool _started;

        public override Encoding Encoding => Encoding.Unicode;

        public int Lines => _breaks + (_hasTail ? 1 : 0);

        public override void Write(char value) => Count(new ReadOnlySpan<char>(new[] { value }));

        public override void Write(char[] buffer, int index, int count) => Count(new ReadOnlySpan<char>(buffer, index, count));

        public override void Write(string? value)
        {
            if (value is not null) Count(value.AsSpan());
        }

        private void Count(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty) return;
            if (!_started)
            {
                _started = true;
                if (text[0] == '\uFEFF') text = text.Slice(1);
                if (text.IsEmpty) return;
            }
            if (_afterCarriageReturn && text[0] == '\n') text = text.Slice(1);
            _afterCarriageReturn = false;
            while (!text.IsEmpty)
            {
                var lineBreak = text.IndexOfAny('\n', '\r');
                if (lineBreak < 0)
                {
                    _hasTail = true;
                    return;
                }
                _breaks++;
                _hasTail = false;
                var next = lineBreak + 1;
                if (text[lineBreak] == '\r')
                {
                    if (next < text.Length && text[next] == '\n') next++;
                    else if (next == text.Length) _afterCarriageReturn = true;
                }
                text = text.Slice(next);
            }
        }
    }
}
