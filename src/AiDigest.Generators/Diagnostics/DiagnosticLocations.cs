using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiDigest.Generators.Diagnostics;

/// <summary>Where problems found as data are shown: at their line and column of the archive file.</summary>
internal static class DiagnosticLocations
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, string filePath, ArchiveDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var location = Location.Create(
            filePath,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        var arguments = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++) arguments[i] = diagnostic.Arguments[i];
        return Diagnostic.Create(descriptor, location, arguments);
    }
}
