using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDigest.Generators.Input;

/// <summary>
/// What the consumer's compilation lets the generated code use: its C# version and two facts about its references.
/// Plain values, so the generated types are re-emitted only when one of them changes, not on every edit.
/// </summary>
/// <param name="LanguageVersion">The effective C# version, as Roslyn numbers it (703 for 7.3, 900 for 9…).</param>
/// <param name="HasFrozenCollections">Whether the references have <c>System.Collections.Frozen</c> (.NET 8+).</param>
/// <param name="HasNotNullWhen">Whether the references have <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c>.</param>
internal readonly record struct ConsumerFeatures(int LanguageVersion, bool HasFrozenCollections, bool HasNotNullWhen)
{
    public static int LanguageVersionOf(ParseOptions options) =>
        options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : int.MaxValue;

    public static (bool FrozenCollections, bool NotNullWhen) ReferencesOf(Compilation compilation) => (
        HasAccessibleType(compilation, "System.Collections.Frozen.FrozenDictionary`2") && HasAccessibleType(compilation, "System.Collections.Frozen.FrozenDictionary"),
        HasAccessibleType(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"));

    private static bool HasAccessibleType(Compilation compilation, string metadataName)
    {
        var type = compilation.GetTypeByMetadataName(metadataName);
        return type is not null && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
    }
}
