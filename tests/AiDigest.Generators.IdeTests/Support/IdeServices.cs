using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace AiDigest.Generators.IdeTests.Support;

/// <summary>What an editor asks Roslyn for, through the same public services the IDEs call.</summary>
internal static class IdeServices
{
    /// <summary>The completion list at a position, each item with the description the list shows beside it.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> Completion(Document document, int position)
    {
        var service = CompletionService.GetService(document) ?? throw new InvalidOperationException("No completion service: the Features assemblies are not in the host.");
        var list = await service.GetCompletionsAsync(document, position);
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in list.ItemsList)
        {
            if (items.ContainsKey(item.DisplayText)) continue;
            var description = await service.GetDescriptionAsync(document, item);
            items[item.DisplayText] = description?.Text ?? string.Empty;
        }
        return items;
    }

    /// <summary>The names the completion list offers at a position (no descriptions: cheaper).</summary>
    public static async Task<IReadOnlySet<string>> CompletionNames(Document document, int position)
    {
        var service = CompletionService.GetService(document)!;
        var list = await service.GetCompletionsAsync(document, position);
        return list.ItemsList.Select(i => i.DisplayText).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The Quick Info (hover) at a position: its sections' texts, by kind.</summary>
    public static async Task<IReadOnlyList<(string Kind, string Text)>> QuickInfo(Document document, int position)
    {
        var service = QuickInfoService.GetService(document) ?? throw new InvalidOperationException("No Quick Info service.");
        var info = await service.GetQuickInfoAsync(document, position);
        return info is null ? Array.Empty<(string, string)>() : info.Sections.Select(s => (s.Kind, s.Text)).ToList();
    }

    /// <summary>
    /// Go to Definition: the symbol at the position, its source definition, and the documents that hold its
    /// declarations (source-generated ones included; a partial type has several), each with the declaration's span.
    /// </summary>
    public static async Task<IReadOnlyList<(Document Document, TextSpan Span)>> Definitions(Document document, int position)
    {
        var solution = document.Project.Solution;
        var symbol = await SymbolFinder.FindSymbolAtPositionAsync(document, position) ?? throw new InvalidOperationException("No symbol at " + position);
        var definition = await SymbolFinder.FindSourceDefinitionAsync(symbol, solution) ?? symbol;
        var found = new List<(Document, TextSpan)>();
        foreach (var location in definition.Locations.Where(l => l.IsInSource))
        {
            var tree = location.SourceTree!;
            var target = solution.GetDocument(tree);
            foreach (var project in solution.Projects)
            {
                if (target is not null) break;
                target = (await project.GetSourceGeneratedDocumentsAsync()).FirstOrDefault(d => d.TryGetSyntaxTree(out var generated) && generated == tree);
            }
            found.Add((target ?? throw new InvalidOperationException("The definition is in no document of the solution: " + tree.FilePath), location.SourceSpan));
        }
        return found;
    }

    /// <summary>
    /// The analyzers' diagnostics for one document as the IDE computes them: the project's compilation (generated
    /// sources included), the analyzers of the project's analyzer references, the project's analyzer options
    /// (additional files and analyzer config), the document's semantic model.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnostics(Document document)
    {
        var project = document.Project;
        var compilation = (await project.GetCompilationAsync())!;
        var analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var model = compilation.GetSemanticModel((await document.GetSyntaxTreeAsync())!);
        return await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
    }

    /// <summary>The project's compiler errors and warnings (generated sources included).</summary>
    public static async Task<IReadOnlyList<Diagnostic>> CompilerProblems(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    /// <summary>The code fix providers the project's analyzer references export for C#, found as the IDE finds them.</summary>
    public static IReadOnlyList<CodeFixProvider> CodeFixProviders(Project project) =>
        Exported<CodeFixProvider, ExportCodeFixProviderAttribute>(project, a => a.Languages);

    /// <summary>The refactoring providers the project's analyzer references export for C#.</summary>
    public static IReadOnlyList<CodeRefactoringProvider> RefactoringProviders(Project project) =>
        Exported<CodeRefactoringProvider, ExportCodeRefactoringProviderAttribute>(project, a => a.Languages);

    /// <summary>The fixes offered for one diagnostic.</summary>
    public static async Task<IReadOnlyList<CodeAction>> Fixes(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        foreach (var provider in CodeFixProviders(document.Project).Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }
        return actions;
    }

    /// <summary>The refactorings offered for a span (an empty span is the caret).</summary>
    public static async Task<IReadOnlyList<CodeAction>> Refactorings(Document document, TextSpan span)
    {
        var actions = new List<CodeAction>();
        foreach (var provider in RefactoringProviders(document.Project))
        {
            await provider.ComputeRefactoringsAsync(new CodeRefactoringContext(document, span, actions.Add, CancellationToken.None));
        }
        return actions;
    }

    /// <summary>Applies a code action to the workspace, as the light bulb does.</summary>
    public static async Task Apply(Workspace workspace, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        Assert(operations.OfType<ApplyChangesOperation>().Any(), "the action changes the solution");
        foreach (var operation in operations)
        {
            if (operation is ApplyChangesOperation apply) Assert(workspace.TryApplyChanges(apply.ChangedSolution), "the workspace accepts the change");
            else operation.Apply(workspace, CancellationToken.None);
        }
    }

    private static void Assert(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException("Expected: " + what);
    }

    private static IReadOnlyList<TProvider> Exported<TProvider, TAttribute>(Project project, Func<TAttribute, string[]> languages)
        where TAttribute : Attribute
    {
        var providers = new List<TProvider>();
        foreach (var reference in project.AnalyzerReferences.OfType<AnalyzerFileReference>())
        {
            foreach (var type in reference.GetAssembly().GetTypes())
            {
                if (type.IsAbstract || !typeof(TProvider).IsAssignableFrom(type)) continue;
                if (type.GetCustomAttribute<TAttribute>() is { } export && languages(export).Contains(LanguageNames.CSharp))
                {
                    providers.Add((TProvider)Activator.CreateInstance(type)!);
                }
            }
        }
        return providers;
    }
}
