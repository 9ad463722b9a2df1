using AiDigest.Generators.Analyzer;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Input;
using AiDigest.Generators.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiDigest.Generators.CodeFixes;

/// <summary>
/// The named member that names what a lookup call finds: <c>Digest.Papers.ByArxivId("2505.02835")</c> →
/// <c>Arxiv_2505_02835</c>. Key → item position (the lookup's keys constant, compared as the lookup compares) → member
/// name (the catalog's members constant), all read from the generated constants of the compilation.
/// </summary>
internal static class NamedMemberLookup
{
    /// <summary>
    /// The member of the invoked catalog that returns the item the call finds, when the call is a <c>By…</c> lookup
    /// (not a <c>TryGet…</c>) with a constant key that the dataset has, and the catalog declares that member
    /// (named members on); null otherwise.
    /// </summary>
    public static ISymbol? For(Compilation compilation, GeneratorOptions options, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ReturnType.SpecialType == SpecialType.System_Boolean) return null;
        var lookups = LookupMethods.In(compilation, options.Namespace);
        if (!lookups.TryGetValue(method.OriginalDefinition, out var kind)) return null;
        if (LookupMethods.ConstantKey(invocation) is not { } argument) return null;
        if (GeneratedConstants.Read(compilation, options, GeneratedLookups.ConstantName(kind)) is not { } keys) return null;

        var item = LookupKeySet.From(kind, keys).Find((string)argument.Value.ConstantValue.Value!);
        if (item < 0) return null;
        var members = GeneratedConstants.Read(compilation, options, Lookups.FindsPapers(kind) ? GeneratedLookups.PaperMembers : GeneratedLookups.ArticleMembers);
        if (members is null) return null;

        foreach (var entry in LookupTable.Parse(members))
        {
            if (entry.Value != item) continue;
            // Compile-checked: the catalog must declare it (a field or a property, as the emitter chooses) of the lookup's item type.
            foreach (var member in method.ContainingType.GetMembers(entry.Key))
            {
                var type = member switch
                {
                    IFieldSymbol { IsStatic: false } field => field.Type,
                    IPropertySymbol { IsStatic: false, Parameters.Length: 0 } property => property.Type,
                    _ => null,
                };
                if (type is not null && SymbolEqualityComparer.Default.Equals(
                        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), method.ReturnType.WithNullableAnnotation(NullableAnnotation.NotAnnotated)))
                {
                    return member;
                }
            }
            return null;
        }
        return null;
    }
}
