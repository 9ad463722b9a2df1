using System;
using System.Collections.Generic;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Runtime;

namespace AiDigest.Generators.Analyzer;

/// <summary>One lookup's keys as the generated dictionary holds them: normalised and compared the same way.</summary>
internal sealed class LookupKeySet
{
    private readonly LookupKind _kind;
    private readonly HashSet<string> _keys;
    private readonly List<string> _ordered;

    private LookupKeySet(LookupKind kind, HashSet<string> keys, List<string> ordered)
    {
        _kind = kind;
        _keys = keys;
        _ordered = ordered;
    }

    /// <summary>The keys of a constant in <see cref="LookupTable"/>'s format.</summary>
    public static LookupKeySet From(LookupKind kind, string table)
    {
        var entries = LookupTable.Parse(table);
        var keys = new HashSet<string>(Lookups.IgnoresCase(kind) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var ordered = new List<string>(entries.Length);
        foreach (var entry in entries)
        {
            keys.Add(entry.Key);
            ordered.Add(entry.Key);
        }
        return new LookupKeySet(kind, keys, ordered);
    }

    /// <summary>Whether the lookup finds something for <paramref name="value"/>: normalised and compared as the generated lookup does.</summary>
    public bool Contains(string value) => _keys.Contains(Lookups.Normalize(_kind, value));

    /// <summary>The closest key to the normalised value, when one is close enough.</summary>
    public string? Suggest(string value) => Suggestion.Closest(Lookups.Normalize(_kind, value), _ordered);
}
