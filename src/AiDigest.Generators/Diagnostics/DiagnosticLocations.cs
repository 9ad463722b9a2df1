using AiDigest.Generators.Model;
using AiDigest.Generators.Text;
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
        // Arguments quote archive text: a bidi control there would reorder the message in a build log or the error list.
        for (var i = 0; i < arguments.Length; i++) arguments[i] = HiddenCharacters.Reveal(diagnostic.Arguments[i]);
        return Diagnostic.Create(descriptor, location, arguments);
    }
}
