using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiDigest.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDigest.Generators.CodeFixes;

/// <summary>
/// "Use '2505.02835'": for a lookup diagnostic (AIDG0201–AIDG0205) that carries a suggestion, replaces the constant
/// argument with the suggested key, written in the argument's own literal form (regular, verbatim or raw).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSuggestedKeyCodeFix)), Shared]
public sealed class UseSuggestedKeyCodeFix : CodeFixProvider
{
    /// <summary>One key for every suggestion, so Fix All applies each diagnostic's own suggestion.</summary>
    public const string EquivalenceKey = "AiDigest.UseSuggestedKey";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Ids();

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticDescriptors.SuggestionProperty, out var suggestion) || suggestion is null) continue;
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax argument) continue;
            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create("Use '" + suggestion + "'", cancellationToken => Replace(document, argument, suggestion, cancellationToken), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> Replace(Document document, ExpressionSyntax argument, string key, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(argument, KeyLiteral.Like(argument, key)));
    }

    private static ImmutableArray<string> Ids()
    {
        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (var descriptor in DiagnosticDescriptors.Lookups) ids.Add(descriptor.Id);
        return ids.ToImmutable();
    }
}
