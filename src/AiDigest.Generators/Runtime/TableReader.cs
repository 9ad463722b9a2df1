#nullable disable
namespace AiDigest.Generators.Runtime
{
    /// <summary>
    /// Reads the dataset the generator wrote as two string literals: a table of non-negative integers, each in base
    /// 8192 as characters from U+4E00 (least significant digit first, 8192 added while more digits follow), and a
    /// pool of strings the table points into, a string as (offset + 1, length) and null as 0. The generated decoder
    /// reads each record's fields in the order the generator's schema wrote them.
    /// </summary>
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal sealed class TableReader
    {
        /// <summary>The character that stands for digit 0.</summary>
        public const char Zero = '\u4E00';

        /// <summary>Bits per digit.</summary>
        public const int DigitBits = 13;

        private readonly string table;
        private readonly string pool;
        private int position;

        public TableReader(string table, string pool)
        {
            this.table = table;
            this.pool = pool;
        }

        /// <summary>Whether every integer of the table has been read.</summary>
        public bool AtEnd
        {
            get { return this.position == this.table.Length; }
        }

        public int Int()
        {
            var value = 0;
            var shift = 0;
            while (true)
            {
                var digit = this.table[this.position++] - Zero;
                value |= (digit & ((1 << DigitBits) - 1)) << shift;
                if ((digit & (1 << DigitBits)) == 0) return value;
                shift += DigitBits;
            }
        }

        /// <summary>A non-negative integer that may be absent: written as the value plus one, 0 for none.</summary>
        public int? OptionalInt()
        {
            var value = this.Int();
            return value == 0 ? (int?)null : value - 1;
        }

        /// <summary>A string, or null.</summary>
        public string String()
        {
            var offset = this.Int();
            if (offset == 0) return null;
            var length = this.Int();
            return this.pool.Substring(offset - 1, length);
        }

        /// <summary>A string that is never null (written as one).</summary>
        public string RequiredString()
        {
            return this.String() ?? string.Empty;
        }

        /// <summary>A count, then that many integers.</summary>
        public int[] Ints()
        {
            var values = new int[this.Int()];
            for (var i = 0; i < values.Length; i++) values[i] = this.Int();
            return values;
        }

        /// <summary>A count, then that many integers, each written as the difference from the one before (growing line numbers).</summary>
        public int[] Deltas()
        {
            var values = new int[this.Int()];
            var previous = 0;
            for (var i = 0; i < values.Length; i++) values[i] = previous += this.Int();
            return values;
        }

        /// <summary>A count, then that many strings, none of them null.</summary>
        public string[] Strings()
        {
            var values = new string[this.Int()];
            for (var i = 0; i < values.Length; i++) values[i] = this.RequiredString();
            return values;
        }

        /// <summary>A count, then that many items, each read by <paramref name="read"/>.</summary>
        public T[] Array<T>(global::System.Func<T> read)
        {
            var count = this.Int();
            if (count == 0) return global::System.Array.Empty<T>();
            var items = new T[count];
            for (var i = 0; i < items.Length; i++) items[i] = read();
            return items;
        }

        /// <summary>A count, then that many (key, item position) pairs: the keys of a lookup.</summary>
        public global::System.Collections.Generic.KeyValuePair<string, int>[] Keys()
        {
            return this.Array(() => new global::System.Collections.Generic.KeyValuePair<string, int>(this.RequiredString(), this.Int()));
        }

        /// <summary>A body text: (start, length) in the pool, or in the archive's bytes when <paramref name="source"/> is the embedded archive.</summary>
        public LazyText Text(ArchiveSource source)
        {
            var start = this.Int();
            var length = this.Int();
            return source == null ? new LazyText(this.pool, start, length) : new LazyText(source, start, length);
        }
    }
}
