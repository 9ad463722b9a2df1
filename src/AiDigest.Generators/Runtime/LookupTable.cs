#nullable disable
namespace AiDigest.Generators.Runtime
{
    /// <summary>
    /// The keys of one lookup (or the names of a catalog's members) as one string constant of the generated code: a
    /// line per entry, the item's position, a tab, the key. The generator writes it; the generated code builds its
    /// dictionaries from it at run time, and the lookup analyzer and its code fixes read the same constant from the
    /// compilation, so all of them see the same keys. Keys never hold a line break (they are single archive lines).
    /// </summary>
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal static class LookupTable
    {
        /// <summary>The entries as one string; an entry whose key holds a line break is left out (no lookup could find it).</summary>
        public static string Format(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, int>> entries)
        {
            var builder = new global::System.Text.StringBuilder();
            foreach (var entry in entries)
            {
                if (entry.Key.IndexOf('\n') >= 0 || entry.Key.IndexOf('\r') >= 0) continue;
                builder.Append(entry.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Append('\t').Append(entry.Key).Append('\n');
            }
            return builder.ToString();
        }

        /// <summary>The entries of a string <see cref="Format"/> wrote, in order.</summary>
        public static global::System.Collections.Generic.KeyValuePair<string, int>[] Parse(string table)
        {
            var entries = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, int>>();
            var start = 0;
            while (start < table.Length)
            {
                var end = table.IndexOf('\n', start);
                if (end < 0) end = table.Length;
                var item = 0;
                var i = start;
                while (i < end && table[i] >= '0' && table[i] <= '9') item = (item * 10) + (table[i++] - '0');
                if (i < end && table[i] == '\t') entries.Add(new global::System.Collections.Generic.KeyValuePair<string, int>(table.Substring(i + 1, end - i - 1), item));
                start = end + 1;
            }
            return entries.ToArray();
        }
    }
}
