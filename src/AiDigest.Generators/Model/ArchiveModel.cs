using AiDigest.Generators.Dataset;

namespace AiDigest.Generators.Model;

/// <summary>Everything recovered from one archive file; value-equatable so the pipeline can cache it.</summary>
/// <param name="FileName">The archive's file name (no directory), as consumers see it.</param>
/// <param name="Name">The archive's identifier in generated code: the <c>Name</c> the project gives it, else made from the file name (see <c>ArchiveNames</c>).</param>
/// <param name="FilePath">The archive's full path, for diagnostics only: generated code never contains it.</param>
/// <param name="SourceUrl">The URL named by the page header, if there is one.</param>
/// <param name="Prologue">Elements before the first article (the page header, or stray text).</param>
/// <param name="Articles">The articles, in file order.</param>
/// <param name="Epilogue">Elements after the last article (the site footer, or stray text).</param>
/// <param name="Diagnostics">Problems found while parsing, located in the archive.</param>
internal sealed record ArchiveModel(
    string FileName,
    string Name,
    string FilePath,
    string? SourceUrl,
    EquatableArray<ElementModel> Prologue,
    EquatableArray<ArticleModel> Articles,
    EquatableArray<ElementModel> Epilogue,
    EquatableArray<ArchiveDiagnostic> Diagnostics)
{
    /// <summary>The archive's length in UTF-8 bytes (a BOM not counted): what its embedded resource must hold.</summary>
    public int Utf8Length { get; init; }

    /// <summary>
    /// The manifest resource the package's targets embed the archive as, when they do and the text was read as UTF-8;
    /// article and section texts are then read from it at run time instead of being compiled in.
    /// </summary>
    public string? ResourceName { get; init; }
}

/// <summary>One article: a <c>#Title</c> line up to its closing <c>....</c> line.</summary>
/// <param name="Index">Zero-based position of the article in its archive.</param>
/// <param name="Id">A readable identifier, unique within the archive.</param>
/// <param name="Line">1-based line of the title.</param>
/// <param name="EndLine">1-based line of the closing separator (or of the last line, when it is missing).</param>
/// <param name="Text">The article's body (every line after the title, separator excluded), blank lines dropped.</param>
/// <param name="Elements">Every non-blank line of the article, title and separator included, grouped into elements.</param>
internal sealed record ArticleModel(
    int Index,
    string Id,
    string Title,
    string? Lede,
    int Line,
    int EndLine,
    string Text,
    EquatableArray<ElementModel> Elements,
    EquatableArray<SectionModel> Sections,
    EquatableArray<PaperModel> Papers,
    EquatableArray<ReferenceModel> References,
    EquatableArray<LinkModel> Links,
    EquatableArray<FigureModel> Figures,
    EquatableArray<string> VideoDurations)
{
    /// <summary>The UTF-8 byte range of the body's lines (blank lines included): <see cref="Text"/> is its non-blank lines.</summary>
    public int BodyUtf8Start { get; init; }

    public int BodyUtf8Length { get; init; }
}

/// <summary>A run of archive lines that plays one role.</summary>
/// <param name="Line">1-based first line.</param>
/// <param name="EndLine">1-based last line.</param>
/// <param name="Text">The element's lines, joined with <c>\n</c>, exactly as written (a footer or a stray run may leave out the blank lines between them).</param>
internal sealed record ElementModel(ElementKind Kind, int Line, int EndLine, string Text);

/// <summary>A section heading and the text under it (up to the next heading).</summary>
internal sealed record SectionModel(string Heading, int Level, int Line, string Text)
{
    /// <summary>Where <see cref="Text"/> starts in the article's <c>Text</c> (it is always a part of it).</summary>
    public int TextStart { get; init; }

    /// <summary>The UTF-8 byte range of the archive lines <see cref="Text"/> is made of (blank lines included).</summary>
    public int Utf8Start { get; init; }

    public int Utf8Length { get; init; }
}

/// <summary>A cited paper: from a metadata block, an arXiv link or id, or a reference entry.</summary>
internal sealed record PaperModel(
    string? Title,
    string? ArxivId,
    string? PaperUrl,
    string? CodeUrl,
    string? ProjectUrl,
    string? DemoUrl,
    string? ModelUrl,
    int Line);

/// <summary>One entry of a reference list.</summary>
internal sealed record ReferenceModel(string? Marker, string Text, string? Url, string? ArxivId, int Line);

/// <summary>An http(s) URL as written in the article.</summary>
internal sealed record LinkModel(string Url, LinkKind Kind, int Line, int Column, string? Repository, string? ArxivId);

/// <summary>An image placeholder (or a caption without one) and its caption.</summary>
internal sealed record FigureModel(int Line, string? Caption);

internal enum ElementKind
{
    Header,
    Footer,
    Stray,
    Title,
    Lede,
    Heading,
    Paragraph,
    BulletItem,
    NumberedItem,
    Image,
    Caption,
    Video,
    TableOfContents,
    Table,
    Code,
    PaperMetadata,
    ReferenceHeading,
    ReferenceEntry,
    Separator,
}

/// <summary>Where a link points; mirrored by the generated <c>LinkKind</c>.</summary>
internal enum LinkKind
{
    Other,
    Arxiv,
    GitHub,
    HuggingFace,
    ProjectPage,
    Twitter,
    YouTube,
    Zhihu,
    WeChat,
}
