using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiDigest.Generators.IdeTests.Support;

/// <summary>What Fix All fixes: the analyzers' diagnostics of each document, computed as the IDE computes them.</summary>
internal sealed class AnalyzerDiagnosticProvider : FixAllContext.DiagnosticProvider
{
    public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
        await IdeServices.AnalyzerDiagnostics(document);

    /// <summary>Diagnostics with no location: the lookup analyzer reports none.</summary>
    public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        Task.FromResult(Enumerable.Empty<Diagnostic>());

    public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
    {
        var all = new List<Diagnostic>();
        foreach (var document in project.Documents) all.AddRange(await IdeServices.AnalyzerDiagnostics(document));
        return all;
    }
}
