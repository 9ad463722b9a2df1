using AiDigest.Generators.Input;

namespace AiDigest.Generators.Emitting;

/// <summary>What the generated code may use and how it is named; value-equatable so option changes are cheap to detect.</summary>
/// <param name="Namespace">The namespace of every generated type.</param>
/// <param name="ClassName">The name of the static entry class (<c>Digest</c>).</param>
/// <param name="IsPublic">Whether generated types are public (a data library) or internal (the default).</param>
/// <param name="LanguageVersion">The consumer's effective C# version, as Roslyn numbers it (703 for 7.3, 900 for 9…).</param>
internal sealed record EmitOptions(string Namespace, string ClassName, bool IsPublic, int LanguageVersion)
{
    public static EmitOptions Default { get; } = From(GeneratorOptions.Default, new ConsumerFeatures(int.MaxValue, false, false));

    public static EmitOptions From(GeneratorOptions options, ConsumerFeatures features) =>
        new(options.Namespace, options.ClassName, options.IsPublic, features.LanguageVersion)
        {
            NamedMembers = options.NamedMembers,
            HasFrozenCollections = features.HasFrozenCollections,
            HasNotNullWhen = features.HasNotNullWhen,
        };

    /// <summary>C# 6: get-only auto-properties and expression-bodied members are the newest features every emitted shape needs.</summary>
    public const int MinimumLanguageVersion = 6;

    /// <summary>Whether the consumer's C# can compile the generated code at all (below C# 6 nothing is generated, one error says why).</summary>
    public bool SupportsGeneratedCode => LanguageVersion >= MinimumLanguageVersion;

    public bool SupportsNullable => LanguageVersion >= 800;

    public bool SupportsRecords => LanguageVersion >= 900;

    public string Accessibility => IsPublic ? "public" : "internal";

    /// <summary>A type name with <c>?</c> when the consumer's compiler knows nullable reference types.</summary>
    public string Nullable(string type) => SupportsNullable ? type + "?" : type;

    /// <summary>A type written with a trailing <c>?</c> where it may be null, as the consumer's compiler takes it.</summary>
    public string Type(string type) => type.EndsWith("?", System.StringComparison.Ordinal) ? Nullable(type.Substring(0, type.Length - 1)) : type;

    public string TypeKeyword => SupportsRecords ? "record" : "class";

    /// <summary>
    /// Whether the catalogs get one named member per article and per paper (<c>AiDigestNamedMembers</c>, on by default).
    /// Each costs the compiler a little (see the benchmark report), so a project with thousands of articles that never
    /// names one in code can turn them off.
    /// </summary>
    public bool NamedMembers { get; init; } = true;

    /// <summary>Whether the consumer's references have <c>System.Collections.Frozen</c> (.NET 8+, or the System.Collections.Immutable 8+ package).</summary>
    public bool HasFrozenCollections { get; init; }

    /// <summary>Whether the consumer's references have <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c> (.NET Core 3.0+, .NET Standard 2.1).</summary>
    public bool HasNotNullWhen { get; init; }

    /// <summary>The dictionary type the lookups use: frozen where the consumer has it.</summary>
    public string DictionaryType => HasFrozenCollections
        ? "global::System.Collections.Frozen.FrozenDictionary"
        : "global::System.Collections.Generic.Dictionary";

    /// <summary>The <c>out</c> parameter of a <c>TryGet…</c> method: annotated as far as the consumer's compiler and references allow.</summary>
    public string TryGetOut(string type, string name) =>
        (SupportsNullable && HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty)
        + "out " + Nullable(type) + " " + name;
}
