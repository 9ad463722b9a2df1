using System;
using System.Collections.Generic;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Runtime;

namespace AiDigest.Generators.Analyzer;

/// <summary>One lookup's keys as the generated dictionary holds them: normalised and compared the same way.</summary>
internal sealed class LookupKeySet
{
    private readonly LookupKind _kind;
    private readonly Dictionary<string, int> _items;
    private readonly List<string> _ordered;

    private LookupKeySet(LookupKind kind, Dictionary<string, int> items, List<string> ordered)
    {
        _kind = kind;
        _items = items;
        _ordered = ordered;
    }

    /// <summary>The keys of a constant in <see cref="LookupTable"/>'s format.</summary>
    public static LookupKeySet From(LookupKind kind, string table)
    {
        var entries = LookupTable.Parse(table);
        var items = new Dictionary<string, int>(Lookups.IgnoresCase(kind) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var ordered = new List<string>(entries.Length);
        foreach (var entry in entries)
        {
            if (!items.ContainsKey(entry.Key)) items.Add(entry.Key, entry.Value);
            ordered.Add(entry.Key);
        }
        return new LookupKeySet(kind, items, ordered);
    }

    /// <summary>Whether the lookup finds something for <paramref name="value"/>: normalised and compared as the generated lookup does.</summary>
    public bool Contains(string value) => _items.ContainsKey(Lookups.Normalize(_kind, value));

    /// <summary>The position (in its catalog) of the item the lookup finds for <paramref name="value"/>; -1 when it finds none.</summary>
    public int Find(string value) => _items.TryGetValue(Lookups.Normalize(_kind, value), out var item) ? item : -1;

    /// <summary>The closest key to the normalised value, when one is close enough.</summary>
    public string? Suggest(string value) => Suggestion.Closest(Lookups.Normalize(_kind, value), _ordered);
}
