using AiDigest.Generators.Emitting;
using AiDigest.Generators.Input;
using Microsoft.CodeAnalysis;

namespace AiDigest.Generators.Analyzer;

/// <summary>Reads what the generator put in a compilation: its lookup constants, and whether a type is its own.</summary>
internal static class GeneratedConstants
{
    /// <summary>
    /// A string constant of the generated <see cref="GeneratedLookups.ClassName"/> class of this compilation; null when
    /// there is none (the generator did not run, or the entry class is not this tool's).
    /// </summary>
    public static string? Read(Compilation compilation, GeneratorOptions options, string constant)
    {
        var entry = compilation.Assembly.GetTypeByMetadataName(options.Namespace + "." + options.ClassName);
        if (entry is null || !IsGeneratedHere(entry)) return null;
        foreach (var holder in entry.GetTypeMembers(GeneratedLookups.ClassName))
        {
            foreach (var member in holder.GetMembers(constant))
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string value }) return value;
            }
        }
        return null;
    }

    /// <summary>Whether the type carries this tool's <c>[GeneratedCode]</c> attribute.</summary>
    public static bool IsGeneratedHere(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string tool && tool == GeneratedFileHeader.ToolName)
            {
                return true;
            }
        }
        return false;
    }
}
