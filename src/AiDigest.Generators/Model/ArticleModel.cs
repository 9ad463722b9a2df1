namespace AiDigest.Generators.Model;

/// <summary>One article: a <c>#Title</c> line up to its closing <c>....</c> line.</summary>
/// <param name="Index">Zero-based position of the article in its archive.</param>
/// <param name="Title">The title, without <c>#</c> and surrounding spaces.</param>
/// <param name="Lede">The standfirst right after the title, when the article has one.</param>
/// <param name="Line">1-based line of the title.</param>
/// <param name="EndLine">1-based line of the closing separator (or of the last line, when it is missing).</param>
/// <param name="Text">
/// The article's body (every line after the title, separator excluded), blank lines dropped; empty when the archive's
/// texts are read from its embedded resource at run time instead.
/// </param>
/// <param name="Elements">Every non-blank line of the article, title and separator included, grouped into elements.</param>
/// <param name="CodeBlocks">The article's code blocks, in order.</param>
/// <param name="Blocks">The body as typed blocks, in order: every non-blank body line in exactly one.</param>
/// <param name="Bytes">Where the body's lines (blank lines included) lie in the archive file's bytes: <see cref="Text"/> is their non-blank lines.</param>
internal sealed record ArticleModel(
    int Index,
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
    EquatableArray<string> VideoDurations,
    EquatableArray<CodeBlockModel> CodeBlocks,
    ByteRange Bytes,
    EquatableArray<BlockModel> Blocks = default);

/// <summary>A range of an archive file's bytes, in the file's encoding (<see cref="ArchiveFile.Encoding"/>), counted after its byte-order mark.</summary>
internal readonly record struct ByteRange(int Start, int Length);
