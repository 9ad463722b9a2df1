using System.Text;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDigest.Generators.Dataset;

/// <summary>
/// An archive's identifier in generated code (<c>Archive.Name</c>). The item metadata <c>AiDigestArchiveName</c>
/// (set by <c>&lt;AiDigestArchive Include="…" Name="…" /&gt;</c>) chooses it; otherwise, and when the chosen name is not
/// a C# identifier, it is the file name without its extension made into one. Pure functions over strings.
/// </summary>
internal static class ArchiveNames
{
    /// <summary>The AdditionalFiles metadata that carries the <c>Name</c> of an <c>AiDigestArchive</c> item.</summary>
    public const string MetadataName = "AiDigestArchiveName";

    /// <summary>
    /// The file name without its extension, every character a C# identifier cannot hold replaced by <c>_</c>, and
    /// <c>_</c> put in front when it would start with a digit, be empty, or be a keyword (<c>000_8b38.txt</c> → <c>_000_8b38</c>).
    /// </summary>
    public static string FromFileName(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        var stem = dot > 0 ? fileName.Substring(0, dot) : fileName;
        var builder = new StringBuilder(stem.Length + 1);
        foreach (var c in stem)
        {
            builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsSurrogate(c) ? c : '_');
        }
        var name = builder.ToString();
        if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]) || !IsValid(name)) name = "_" + name;
        return name;
    }

    /// <summary>A C# identifier that needs no <c>@</c>: letters, digits and underscores (Unicode included), not starting with a digit, not a keyword.</summary>
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>
    /// The archive with the requested name when it is valid; otherwise with its default name and an
    /// <see cref="DiagnosticIds.InvalidArchiveName"/> diagnostic. An empty request keeps the default silently.
    /// </summary>
    public static ArchiveModel Apply(ArchiveModel archive, string? requested)
    {
        var name = requested?.Trim() ?? string.Empty;
        if (name.Length == 0 || name == archive.Name) return archive;
        if (IsValid(name)) return archive with { Name = name };

        var problem = new ArchiveDiagnostic(
            DiagnosticIds.InvalidArchiveName,
            default,
            new[] { name, archive.FileName, archive.Name }.ToEquatableArray());
        var diagnostics = new ArchiveDiagnostic[archive.Diagnostics.Count + 1];
        for (var i = 0; i < archive.Diagnostics.Count; i++) diagnostics[i] = archive.Diagnostics[i];
        diagnostics[diagnostics.Length - 1] = problem;
        return archive with { Diagnostics = diagnostics.ToEquatableArray() };
    }
}
