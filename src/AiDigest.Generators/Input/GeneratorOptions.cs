using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDigest.Generators.Input;

/// <summary>The consumer's MSBuild options (made compiler-visible by the package's props), validated.</summary>
internal sealed record GeneratorOptions(string Namespace, string ClassName, bool IsPublic, bool NamedMembers, EquatableArray<OptionProblem> Problems)
{
    public const string NamespaceProperty = "AiDigestNamespace";
    public const string ClassNameProperty = "AiDigestClassName";
    public const string AccessibilityProperty = "AiDigestAccessibility";
    public const string NamedMembersProperty = "AiDigestNamedMembers";

    public const string DefaultNamespace = "AiDigest";
    public const string DefaultClassName = "Digest";

    public static GeneratorOptions Default { get; } = new(DefaultNamespace, DefaultClassName, false, true, EquatableArray<OptionProblem>.Empty);

    /// <param name="generatedTypeNames">The types the generator declares in the namespace: the entry class cannot take one of their names.</param>
    public static GeneratorOptions From(AnalyzerConfigOptions options, IReadOnlyCollection<string> generatedTypeNames)
    {
        var problems = new List<OptionProblem>();
        var ns = Read(options, NamespaceProperty);
        if (ns.Length == 0) ns = DefaultNamespace;
        else if (!IsValidNamespace(ns))
        {
            problems.Add(new OptionProblem(NamespaceProperty, ns, "is not a valid C# namespace", DefaultNamespace));
            ns = DefaultNamespace;
        }

        var className = Read(options, ClassNameProperty);
        if (className.Length == 0) className = DefaultClassName;
        else if (!IsIdentifier(className) || Contains(generatedTypeNames, className))
        {
            problems.Add(new OptionProblem(ClassNameProperty, className, "is not a valid C# class name or is a generated type's name", DefaultClassName));
            className = DefaultClassName;
        }

        var accessibility = Read(options, AccessibilityProperty);
        var isPublic = false;
        if (string.Equals(accessibility, "public", StringComparison.OrdinalIgnoreCase)) isPublic = true;
        else if (accessibility.Length > 0 && !string.Equals(accessibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new OptionProblem(AccessibilityProperty, accessibility, "is neither 'internal' nor 'public'", "internal"));
        }

        var namedMembersValue = Read(options, NamedMembersProperty);
        var namedMembers = true;
        if (string.Equals(namedMembersValue, "false", StringComparison.OrdinalIgnoreCase)) namedMembers = false;
        else if (namedMembersValue.Length > 0 && !string.Equals(namedMembersValue, "true", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new OptionProblem(NamedMembersProperty, namedMembersValue, "is neither 'true' nor 'false'", "true"));
        }

        return new GeneratorOptions(ns, className, isPublic, namedMembers, problems.ToEquatableArray());
    }

    private static string Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) ? value.Trim() : string.Empty;

    private static bool Contains(IReadOnlyCollection<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool IsValidNamespace(string value)
    {
        foreach (var part in value.Split('.'))
        {
            if (!IsIdentifier(part)) return false;
        }
        return true;
    }

    private static bool IsIdentifier(string value) =>
        SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(value) is SyntaxKind.None;
}
