using System;
using System.Collections.Generic;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDigest.Generators.Input;

/// <summary>A rejected option value: the property, its value, why, and the default used instead.</summary>
internal sealed record OptionProblem(string Property, string Value, string Reason, string Default);

/// <summary>The consumer's MSBuild options (made compiler-visible by the package's props), validated.</summary>
internal sealed record GeneratorOptions(string Namespace, string ClassName, bool IsPublic, bool NamedMembers, EquatableArray<OptionProblem> Problems)
{
    public const string NamespaceProperty = "AiDigestNamespace";
    public const string ClassNameProperty = "AiDigestClassName";
    public const string AccessibilityProperty = "AiDigestAccessibility";
    public const string NamedMembersProperty = "AiDigestNamedMembers";

    /// <summary>Names the generator itself declares in the namespace; the entry class cannot take one of them.</summary>
    private static readonly string[] GeneratedTypeNames = { "Archive", "Article", "Section", "Paper", "Reference", "Link", "Figure", "LinkKind", "DatasetStorage",
        "ArticleCatalog", "PaperCatalog", "LinkCatalog", "SearchHit", "SearchField" };

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var problems = new List<OptionProblem>();
        var ns = Read(options, NamespaceProperty);
        if (ns.Length == 0) ns = EmitOptions.Default.Namespace;
        else if (!IsValidNamespace(ns))
        {
            problems.Add(new OptionProblem(NamespaceProperty, ns, "is not a valid C# namespace", EmitOptions.Default.Namespace));
            ns = EmitOptions.Default.Namespace;
        }

        var className = Read(options, ClassNameProperty);
        if (className.Length == 0) className = EmitOptions.Default.ClassName;
        else if (!IsIdentifier(className) || Array.IndexOf(GeneratedTypeNames, className) >= 0)
        {
            problems.Add(new OptionProblem(ClassNameProperty, className, "is not a valid C# class name or is a generated type's name", EmitOptions.Default.ClassName));
            className = EmitOptions.Default.ClassName;
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

    public EmitOptions ToEmitOptions(int languageVersion) => new(Namespace, ClassName, IsPublic, languageVersion) { NamedMembers = NamedMembers };

    private static string Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) ? value.Trim() : string.Empty;

    private static bool IsValidNamespace(string value)
    {
        foreach (var part in value.Split('.'))
        {
            if (!IsIdentifier(part)) return false;
        }
        return true;
    }

    private static bool IsIdentifier(string value) =>
        SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(value) is Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;
}
