using System.Collections.Generic;
using System.Collections.Immutable;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Runtime;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// The lookups' keys and the catalogs' member names as string constants of the generated code, in the format of
/// <c>Runtime/LookupTable.cs</c>, in a class nested in the entry class. The generated dictionaries are built from
/// them at run time; the lookup analyzer and the code fixes read them from the compilation (a constant's value is
/// in the compilation already: nothing is parsed again), so all agree on the keys.
/// </summary>
internal static class GeneratedLookups
{
    /// <summary>The class, nested in the entry class, that holds the constants.</summary>
    public const string ClassName = "DatasetLookups";

    /// <summary>The constant with <c>ArticleCatalog</c>'s member names, by article position.</summary>
    public const string ArticleMembers = "ArticleMembers";

    /// <summary>The constant with <c>PaperCatalog</c>'s member names, by paper position.</summary>
    public const string PaperMembers = "PaperMembers";

    /// <summary>The constant holding a lookup's keys.</summary>
    public static string ConstantName(LookupKind kind) => kind switch
    {
        LookupKind.ArticleTitle => "ArticleTitles",
        LookupKind.ArticleId => "ArticleIds",
        LookupKind.ArxivId => "ArxivIds",
        LookupKind.Repository => "Repositories",
        _ => "PaperTitles",
    };

    public static ImmutableArray<LookupKind> Kinds { get; } = ImmutableArray.Create(
        LookupKind.ArticleTitle, LookupKind.ArticleId, LookupKind.ArxivId, LookupKind.Repository, LookupKind.PaperTitle);

    /// <summary>The nested class and its constants; without named members, the member-name constants are empty. Returns the constants' characters.</summary>
    public static int Write(CodeWriter writer, DatasetIndex index, EmitOptions options)
    {
        writer.Line("/// <summary>The lookups' keys and the catalogs' member names (see <c>Runtime.LookupTable</c>); the lookup analyzer reads them too.</summary>");
        writer.Open("private static class " + ClassName);
        var characters = 0;
        void Constant(string name, string value)
        {
            writer.Line("internal const string " + name + " = ", builder => CSharpLiteral.AppendString(builder, value), ";");
            characters += value.Length;
        }
        foreach (var kind in Kinds)
        {
            var entries = new List<KeyValuePair<string, int>>();
            foreach (var entry in index.For(kind).Entries) entries.Add(new KeyValuePair<string, int>(entry.Key, entry.Item));
            Constant(ConstantName(kind), LookupTable.Format(entries));
        }
        Constant(ArticleMembers, options.NamedMembers ? Names(index.ArticleMembers) : string.Empty);
        Constant(PaperMembers, options.NamedMembers ? Names(index.PaperMembers) : string.Empty);
        writer.Close();
        return characters;
    }

    private static string Names(IReadOnlyList<string> names)
    {
        var entries = new List<KeyValuePair<string, int>>(names.Count);
        for (var i = 0; i < names.Count; i++) entries.Add(new KeyValuePair<string, int>(names[i], i));
        return LookupTable.Format(entries);
    }
}
