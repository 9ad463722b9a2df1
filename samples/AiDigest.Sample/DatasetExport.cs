using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiDigest;

namespace AiDigest.Sample;

/// <summary>
/// The JSON export's shape, documented in README.md ("The sample's JSON export"). Property order and names are part of the
/// contract; absent values are written as null, link kinds in lower case, block kinds as the enum names them.
/// </summary>
public sealed record ExportDocument(IReadOnlyList<ExportArchive> Archives, IReadOnlyList<ExportPaper> Papers);

public sealed record ExportArchive(string File, string? SourceUrl, IReadOnlyList<ExportArticle> Articles);

public sealed record ExportArticle(
    int Index,
    string Id,
    string Title,
    string? Lede,
    int Line,
    int EndLine,
    IReadOnlyList<ExportSection> Sections,
    IReadOnlyList<ExportCitation> Papers,
    IReadOnlyList<ExportReference> References,
    IReadOnlyList<ExportLink> Links,
    IReadOnlyList<ExportFigure> Figures,
    IReadOnlyList<string> VideoDurations,
    IReadOnlyList<ExportCodeBlock> CodeBlocks,
    IReadOnlyList<ExportBlock> Blocks);

/// <summary>A block of the body: <c>kind</c> is the <c>BlockKind</c> name as written (Unstructured's element type names).</summary>
public sealed record ExportBlock(string Kind, int Level, int Line, int EndLine, string? Language, string Rule, string Text);

public sealed record ExportSection(string Heading, int Level, int Line, int? ParentLine);

public sealed record ExportCodeBlock(int Line, int EndLine, string? Language);

public sealed record ExportCitation(string? Title, string? ArxivId, string? PaperUrl, string? CodeUrl, string? ProjectUrl, string? DemoUrl, string? ModelUrl, int Line);

public sealed record ExportReference(string? Marker, string Text, string? Url, string? ArxivId, int Line);

public sealed record ExportLink(string Url, string Kind, int Line);

public sealed record ExportFigure(int Line, string? Caption);

public sealed record ExportPaper(
    string? Title, string? ArxivId, string? PaperUrl, string? CodeUrl, string? ProjectUrl, string? DemoUrl, string? ModelUrl,
    IReadOnlyList<ExportArticleRef> CitedBy);

public sealed record ExportArticleRef(string File, int Index);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExportDocument))]
public sealed partial class ExportJsonContext : JsonSerializerContext
{
    /// <summary>Keeps CJK text readable in the file instead of \uXXXX escapes; the output is a file, not HTML.</summary>
    public static ExportJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    });
}

/// <summary>Maps the generated dataset onto the export shape.</summary>
public static class DatasetExport
{
    public static ExportDocument Create() => new(
        Digest.Archives.Select(archive => new ExportArchive(
            archive.FileName,
            archive.SourceUrl,
            archive.Articles.Select(ToExport).ToList())).ToList(),
        Digest.Papers.Select(paper => new ExportPaper(
            paper.Title, paper.ArxivId, paper.PaperUrl, paper.CodeUrl, paper.ProjectUrl, paper.DemoUrl, paper.ModelUrl,
            paper.Articles.Select(article => new ExportArticleRef(article.FileName, article.Index)).ToList())).ToList());

    public static string ToJson(ExportDocument document) =>
        JsonSerializer.Serialize(document, ExportJsonContext.Readable.ExportDocument);

    private static ExportArticle ToExport(Article article) => new(
        article.Index,
        article.Id,
        article.Title,
        article.Lede,
        article.Line,
        article.EndLine,
        article.Sections.Select(s => new ExportSection(s.Heading, s.Level, s.Line, s.ParentLine)).ToList(),
        article.Papers.Select(p => new ExportCitation(p.Title, p.ArxivId, p.PaperUrl, p.CodeUrl, p.ProjectUrl, p.DemoUrl, p.ModelUrl, p.Line)).ToList(),
        article.References.Select(r => new ExportReference(r.Marker, r.Text, r.Url, r.ArxivId, r.Line)).ToList(),
        article.Links.Select(l => new ExportLink(l.Url, l.Kind.ToString().ToLowerInvariant(), l.Line)).ToList(),
        article.Figures.Select(f => new ExportFigure(f.Line, f.Caption)).ToList(),
        article.VideoDurations.ToList(),
        article.CodeBlocks.Select(c => new ExportCodeBlock(c.Line, c.EndLine, c.Language)).ToList(),
        article.Blocks.Select(b => new ExportBlock(b.Kind.ToString(), b.Level, b.Line, b.EndLine, b.Language, b.Rule, b.Text)).ToList());
}
