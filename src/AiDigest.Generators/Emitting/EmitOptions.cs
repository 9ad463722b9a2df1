namespace AiDigest.Generators.Emitting;

/// <summary>What the generated code may use and how it is named; value-equatable so option changes are cheap to detect.</summary>
/// <param name="Namespace">The namespace of every generated type.</param>
/// <param name="ClassName">The name of the static entry class (<c>Digest</c>).</param>
/// <param name="IsPublic">Whether generated types are public (a data library) or internal (the default).</param>
/// <param name="LanguageVersion">The consumer's effective C# version, as Roslyn numbers it (703 for 7.3, 900 for 9…).</param>
internal sealed record EmitOptions(string Namespace, string ClassName, bool IsPublic, int LanguageVersion)
{
    public static EmitOptions Default { get; } = new("AiDigest", "Digest", false, int.MaxValue);

    /// <summary>C# 6: get-only auto-properties and expression-bodied members are the newest features every emitted shape needs.</summary>
    public const int MinimumLanguageVersion = 6;

    /// <summary>Whether the consumer's C# can compile the generated code at all (below C# 6 nothing is generated, one error says why).</summary>
    public bool SupportsGeneratedCode => LanguageVersion >= MinimumLanguageVersion;

    public bool SupportsNullable => LanguageVersion >= 800;

    public bool SupportsRecords => LanguageVersion >= 900;

    public string Accessibility => IsPublic ? "public" : "internal";

    /// <summary>A type name with <c>?</c> when the consumer's compiler knows nullable reference types.</summary>
    public string Nullable(string type) => SupportsNullable ? type + "?" : type;

    public string TypeKeyword => SupportsRecords ? "record" : "class";
}
