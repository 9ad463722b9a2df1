#nullable disable
namespace AiDigest.Generators.Runtime
{
    /// <summary>
    /// Fills a catalog's named members (<c>Digest.Articles.WorldMem</c>). They are readonly fields the generated code
    /// declares without an initialiser: a field costs the compiler a declaration, where a property would cost a method
    /// body to bind, analyse and emit, thousands of times over. They are set once, when the catalog is built, from the
    /// generated table of member names (<see cref="LookupTable"/>'s format: the item's position, a tab, the name).
    /// </summary>
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal static class NamedMembers
    {
        /// <param name="catalog">The catalog being built.</param>
        /// <param name="fields">The catalog type's public fields (<c>typeof(Catalog).GetFields()</c>, which trimming keeps).</param>
        /// <param name="names">The member names by item position.</param>
        /// <param name="items">The catalog's items.</param>
        public static void Assign<T>(object catalog, global::System.Reflection.FieldInfo[] fields, string names, T[] items)
        {
            if (names.Length == 0) return;
            var byName = new global::System.Collections.Generic.Dictionary<string, global::System.Reflection.FieldInfo>(fields.Length, global::System.StringComparer.Ordinal);
            foreach (var field in fields)
            {
                if (!field.IsStatic && field.FieldType == typeof(T)) byName[field.Name] = field;
            }
            foreach (var entry in LookupTable.Parse(names))
            {
                global::System.Reflection.FieldInfo field;
                if (byName.TryGetValue(entry.Key, out field)) field.SetValue(catalog, items[entry.Value]);
            }
        }
    }
}
