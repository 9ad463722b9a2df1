#nullable disable
namespace AiDigest.Generators.Runtime
{
    /// <summary>
    /// What counts as white space in an archive. The parser drops blank lines from article and section texts with
    /// this rule, and the generated code drops them with the same rule when it reads those texts from the archive.
    /// </summary>
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal static class TextRules
    {
        /// <summary>Unicode white space, no-break spaces (U+00A0, U+3000), the byte-order mark and the zero-width space.</summary>
        public static bool IsSpace(char c)
        {
            return char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || c == '\u200B';
        }

        /// <summary>Whether the characters from <paramref name="start"/> up to <paramref name="end"/> are all white space.</summary>
        public static bool IsBlank(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!IsSpace(text[i])) return false;
            }
            return true;
        }
    }
}
