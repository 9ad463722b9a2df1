#nullable disable
namespace AiDigest.Generators.Runtime
{
    /// <summary>A line of a text that contains the query: its position among the text's lines and the line itself.</summary>
    internal struct LineMatch
    {
        public LineMatch(int lineIndex, string text)
        {
            this.LineIndex = lineIndex;
            this.Text = text;
        }

        /// <summary>Zero-based position of the line among the text's lines.</summary>
        public readonly int LineIndex;

        /// <summary>The line as written.</summary>
        public readonly string Text;
    }

    /// <summary>
    /// <c>Digest.Search</c>'s matching: ordinal, case-insensitive where letters have case (CJK is matched as written),
    /// line by line; one match per line.
    /// </summary>
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal static class LineSearch
    {
        private const global::System.StringComparison Comparison = global::System.StringComparison.OrdinalIgnoreCase;

        /// <summary>Whether a query can match at all: not empty, and not spanning lines.</summary>
        public static bool IsSearchable(string query)
        {
            return !string.IsNullOrEmpty(query) && query.IndexOf('\n') < 0 && query.IndexOf('\r') < 0;
        }

        public static bool Contains(string text, string query)
        {
            return text.IndexOf(query, Comparison) >= 0;
        }

        /// <summary>The lines of <paramref name="text"/> (separated by line feeds) that contain <paramref name="query"/>, in order.</summary>
        public static global::System.Collections.Generic.IEnumerable<LineMatch> Lines(string text, string query)
        {
            var lineIndex = 0;
            var lineStart = 0;
            var match = text.IndexOf(query, Comparison);
            while (match >= 0)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                while (lineEnd >= 0 && lineEnd < match)
                {
                    lineStart = lineEnd + 1;
                    lineIndex++;
                    lineEnd = text.IndexOf('\n', lineStart);
                }
                if (lineEnd < 0) lineEnd = text.Length;
                yield return new LineMatch(lineIndex, text.Substring(lineStart, lineEnd - lineStart));
                if (lineEnd >= text.Length) yield break;
                match = text.IndexOf(query, lineEnd + 1, Comparison);
            }
        }
    }
}
