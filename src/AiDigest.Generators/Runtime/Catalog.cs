#nullable disable
namespace AiDigest.Generators.Runtime
{
    /// <summary>
    /// What every catalog of the dataset is (<c>Digest.Articles</c>, <c>Digest.Papers</c>, <c>Digest.Links</c>): a
    /// read-only list of its items, its lookups and its named members. The generated catalogs derive from it and
    /// declare only what depends on the options or the data: their lookups' signatures (annotated as far as the
    /// consumer's compiler allows) and their named members.
    /// </summary>
    /// <typeparam name="T">The catalog's item type.</typeparam>
    [global::System.Diagnostics.DebuggerDisplay("Count = {Count}")]
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal abstract class Catalog<T> : global::System.Collections.Generic.IReadOnlyList<T> // public with the dataset
        where T : class
    {
        /// <summary>Keys compared as written, surrounding white space ignored (<see cref="LookupKeys.Text"/>).</summary>
        internal const int TextKey = 0;

        /// <summary>arXiv ids (<see cref="LookupKeys.ArxivId"/>).</summary>
        internal const int ArxivIdKey = 1;

        /// <summary>GitHub repositories (<see cref="LookupKeys.Repository"/>).</summary>
        internal const int RepositoryKey = 2;

        private readonly T[] items;
        private readonly global::System.Collections.Generic.IReadOnlyDictionary<string, T>[] lookups;
        private readonly int[] keys;

        /// <summary>A catalog without lookups or named members.</summary>
        internal Catalog(T[] items)
        {
            this.items = items;
            this.lookups = new global::System.Collections.Generic.IReadOnlyDictionary<string, T>[0];
            this.keys = new int[0];
        }

        /// <param name="items">The items, in order.</param>
        /// <param name="lookups">Each lookup's dictionary, by the lookup's position.</param>
        /// <param name="keys">How each lookup's argument becomes a key: <see cref="TextKey"/>, <see cref="ArxivIdKey"/> or <see cref="RepositoryKey"/>.</param>
        /// <param name="fields">The catalog type's public fields (<c>typeof(Catalog).GetFields()</c>, which trimming keeps).</param>
        /// <param name="memberNames">The named members' names by item position (see <see cref="NamedMembers"/>).</param>
        internal Catalog(T[] items, global::System.Collections.Generic.IReadOnlyDictionary<string, T>[] lookups, int[] keys, global::System.Reflection.FieldInfo[] fields, string memberNames)
        {
            this.items = items;
            this.lookups = lookups;
            this.keys = keys;
            NamedMembers.Assign(this, fields, memberNames, items);
        }

        /// <summary>The number of items.</summary>
        public int Count
        {
            get { return this.items.Length; }
        }

        /// <summary>The item at a zero-based position.</summary>
        public T this[int index]
        {
            get { return this.items[index]; }
        }

        /// <summary>Enumerates the items in order.</summary>
        public global::System.Collections.Generic.IEnumerator<T> GetEnumerator()
        {
            return ((global::System.Collections.Generic.IEnumerable<T>)this.items).GetEnumerator();
        }

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator()
        {
            return this.GetEnumerator();
        }

        /// <summary>The item a lookup finds for <paramref name="value"/>; null when there is none (or the value is null).</summary>
        internal T Find(int lookup, string value)
        {
            T item;
            return this.TryFind(lookup, value, out item) ? item : null;
        }

        /// <summary>Finds the item a lookup finds for <paramref name="value"/>; returns whether there is one.</summary>
        internal bool TryFind(int lookup, string value, out T item)
        {
            if (value == null)
            {
                item = null;
                return false;
            }
            return this.lookups[lookup].TryGetValue(Key(this.keys[lookup], value), out item);
        }

        private static string Key(int kind, string value)
        {
            switch (kind)
            {
                case ArxivIdKey:
                    return LookupKeys.ArxivId(value);
                case RepositoryKey:
                    return LookupKeys.Repository(value);
                default:
                    return LookupKeys.Text(value);
            }
        }
    }
}
