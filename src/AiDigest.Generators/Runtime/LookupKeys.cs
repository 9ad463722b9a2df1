#nullable disable
namespace AiDigest.Generators.Runtime
{
    /// <summary>
    /// How a lookup's argument becomes a key. The generated lookups normalise their argument with this code at run
    /// time; the generator normalises the dataset's keys and the lookup analyzer the constants it checks with the
    /// same code, so all three agree.
    /// </summary>
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal static class LookupKeys
    {
        /// <summary>
        /// <c>2505.02835</c>, <c>2505.02835v2</c>, <c>arXiv:2505.02835</c> → <c>2505.02835</c>: trimmed, <c>arXiv:</c>
        /// (any case, half- or full-width colon) and a version dropped.
        /// </summary>
        public static string ArxivId(string value)
        {
            var text = value.Trim();
            if (text.Length >= 6 && string.Compare(text, 0, "arxiv", 0, 5, global::System.StringComparison.OrdinalIgnoreCase) == 0
                && (text[5] == ':' || text[5] == '\uFF1A'))
            {
                text = text.Substring(6).Trim();
            }
            var v = text.LastIndexOf('v');
            if (v > 0 && v < text.Length - 1 && AllDigits(text, v + 1)) text = text.Substring(0, v);
            return text;
        }

        /// <summary>
        /// <c>owner/name</c>, <c>https://github.com/owner/name</c>, <c>github.com/owner/name.git</c>,
        /// <c>…/owner/name/tree/main</c> → <c>owner/name</c>: trimmed, scheme and host dropped, the first two path
        /// segments kept, <c>.git</c> dropped. Compared case-insensitively, as GitHub does.
        /// </summary>
        public static string Repository(string value)
        {
            var text = value.Trim();
            var scheme = text.IndexOf("://", global::System.StringComparison.Ordinal);
            if (scheme >= 0) text = text.Substring(scheme + 3);
            if (text.StartsWith("www.github.com/", global::System.StringComparison.OrdinalIgnoreCase)) text = text.Substring(15);
            else if (text.StartsWith("github.com/", global::System.StringComparison.OrdinalIgnoreCase)) text = text.Substring(11);
            var end = text.IndexOfAny(new[] { '?', '#' });
            if (end >= 0) text = text.Substring(0, end);
            string owner = null;
            string name = null;
            foreach (var part in text.Split('/'))
            {
                if (part.Length == 0) continue;
                if (owner == null) owner = part;
                else if (name == null) name = part;
            }
            if (owner == null || name == null) return text;
            if (name.EndsWith(".git", global::System.StringComparison.OrdinalIgnoreCase)) name = name.Substring(0, name.Length - 4);
            return owner + "/" + name;
        }

        /// <summary>A title or an id: trimmed.</summary>
        public static string Text(string value)
        {
            return value.Trim();
        }

        private static bool AllDigits(string text, int start)
        {
            for (var i = start; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9') return false;
            }
            return true;
        }
    }
}
