#nullable disable
namespace AiDigest.Generators.Runtime
{
    /// <summary>The dataset's collections: read-only views that never expose the arrays behind them.</summary>
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal static class ReadOnlyLists
    {
        public static global::System.Collections.Generic.IReadOnlyList<T> Of<T>(T[] items)
        {
            return items.Length == 0
                ? (global::System.Collections.Generic.IReadOnlyList<T>)global::System.Array.Empty<T>()
                : new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);
        }

        /// <summary>The items at the given positions, in that order.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<T> Select<T>(T[] items, int[] positions)
        {
            if (positions.Length == 0) return global::System.Array.Empty<T>();
            var selected = new T[positions.Length];
            for (var i = 0; i < positions.Length; i++) selected[i] = items[positions[i]];
            return Of(selected);
        }

        /// <summary>The items of every group, one after another.</summary>
        public static T[] Concat<TGroup, T>(TGroup[] groups, global::System.Func<TGroup, global::System.Collections.Generic.IReadOnlyList<T>> itemsOf)
        {
            var all = new global::System.Collections.Generic.List<T>();
            foreach (var group in groups) all.AddRange(itemsOf(group));
            return all.ToArray();
        }

        /// <summary>
        /// A dictionary from keys to the items at their positions. The keys were made unique under
        /// <paramref name="comparer"/> by the generator.
        /// </summary>
        public static global::System.Collections.Generic.Dictionary<string, T> Index<T>(
            global::System.Collections.Generic.KeyValuePair<string, int>[] keys, T[] items, global::System.StringComparer comparer)
        {
            var index = new global::System.Collections.Generic.Dictionary<string, T>(keys.Length, comparer);
            foreach (var key in keys) index.Add(key.Key, items[key.Value]);
            return index;
        }
    }

    /// <summary>Items by position in a list that is resolved on access: papers and articles refer to each other, so one is read before the other exists.</summary>
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal sealed class IndexedList<T> : global::System.Collections.Generic.IReadOnlyList<T>
    {
        private readonly global::System.Func<int, T> resolve;
        private readonly int[] positions;

        public IndexedList(global::System.Func<int, T> resolve, int[] positions)
        {
            this.resolve = resolve;
            this.positions = positions;
        }

        public int Count
        {
            get { return this.positions.Length; }
        }

        public T this[int index]
        {
            get { return this.resolve(this.positions[index]); }
        }

        public global::System.Collections.Generic.IEnumerator<T> GetEnumerator()
        {
            foreach (var position in this.positions) yield return this.resolve(position);
        }

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator()
        {
            return this.GetEnumerator();
        }
    }
}
