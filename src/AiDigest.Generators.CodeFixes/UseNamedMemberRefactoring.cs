using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Input;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiDigest.Generators.CodeFixes;

/// <summary>
/// "Use the named member": <c>Digest.Papers.ByArxivId("2505.02835")</c> → <c>Digest.Papers.Arxiv_2505_02835</c>,
/// offered on a <c>By…</c> lookup whose constant key the dataset has, when the item has a named member. The member
/// is checked at compile time (a typo no longer builds) and is never null.
/// </summary>
[ExportCodeRefactoringProvider(LanguageNames.CSharp, Name = nameof(UseNamedMemberRefactoring)), Shared]
public sealed class UseNamedMemberRefactoring : CodeRefactoringProvider
{
    public override async Task ComputeRefactoringsAsync(CodeRefactoringContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        var invocation = root.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (invocation is null) return;
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => null,
        };
        if (name is not IdentifierNameSyntax) return;

        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model?.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation) return;
        var options = GeneratorOptions.From(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions, DigestTypesEmitter.TypeNames);
        if (NamedMemberLookup.For(model.Compilation, options, operation) is not { } member) return;

        var memberName = MemberNames.Escape(member.Name);
        context.RegisterRefactoring(CodeAction.Create(
            "Use the named member '" + memberName + "'",
            cancellationToken => Replace(document, invocation, memberName, cancellationToken),
            nameof(UseNamedMemberRefactoring)));
    }

    /// <summary><c>receiver.ByX(key)</c> → <c>receiver.Member</c> (and <c>receiver?.ByX(key)</c> → <c>receiver?.Member</c>).</summary>
    private static async Task<Document> Replace(Document document, InvocationExpressionSyntax invocation, string memberName, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null) return document;
        var identifier = SyntaxFactory.IdentifierName(SyntaxFactory.ParseToken(memberName));
        ExpressionSyntax replacement = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.WithName(identifier.WithTriviaFrom(access.Name)),
            MemberBindingExpressionSyntax binding => binding.WithName(identifier.WithTriviaFrom(binding.Name)),
            _ => invocation,
        };
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement.WithTriviaFrom(invocation)));
    }
}
