namespace AiDigest.Generators.Model;

/// <summary>
/// One block of an article's body as a consumer renders it: a run of lines of one kind (a paragraph, a heading, a
/// list item, a code block…). Every non-blank body line is in exactly one block, in order.
/// </summary>
/// <param name="Kind">What the block is, named after Unstructured's element types (PDF structure types where Unstructured has none).</param>
/// <param name="Level">For a heading (<see cref="BlockKind.Title"/>), 1 or 2; 0 otherwise.</param>
/// <param name="Line">1-based first line.</param>
/// <param name="EndLine">1-based last line.</param>
/// <param name="Language">For a code block, the language a reader would name; null otherwise or when nothing tells.</param>
/// <param name="Rule">The id of the rule that decided the kind (<see cref="ElementModel.Rule"/>), <c>correction</c> when a corrections file did.</param>
/// <param name="TextStart">Where the block's text starts in the article's text (0 when the texts are read from the resource).</param>
/// <param name="TextLength">The block's text's length in the article's text (0 when the texts are read from the resource).</param>
/// <param name="Bytes">Where the block's lines lie in the archive file's bytes.</param>
internal sealed record BlockModel(
    BlockKind Kind, int Level, int Line, int EndLine, string? Language, string Rule, int TextStart, int TextLength, ByteRange Bytes);

/// <summary>
/// What a block of an article is. The names are Unstructured's element types (<c>Title</c>, <c>NarrativeText</c>,
/// <c>ListItem</c>, <c>FigureCaption</c>, <c>Image</c>, <c>CodeSnippet</c>, <c>Formula</c>, <c>Table</c>,
/// <c>Header</c>, <c>Footer</c>, <c>PageBreak</c>, <c>UncategorizedText</c>), with PDF logical-structure types
/// where Unstructured has none (<c>BlockQuote</c>, <c>BibEntry</c>, <c>TOC</c>), and the blog's own parts (lede,
/// byline, paper metadata, video, dialogue turn). The generated enum has the same names and values.
/// </summary>
internal enum BlockKind
{
    /// <summary>Text no rule recognised.</summary>
    UncategorizedText,

    /// <summary>A heading; its level is in <see cref="BlockModel.Level"/>.</summary>
    Title,

    /// <summary>A paragraph.</summary>
    NarrativeText,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem,

    /// <summary>A quotation set off from the text.</summary>
    BlockQuote,

    /// <summary>One speaker's turn of an interview or dialogue.</summary>
    DialogueTurn,

    /// <summary>The caption of a picture or video.</summary>
    FigureCaption,

    /// <summary>An image placeholder.</summary>
    Image,

    /// <summary>An embedded video (its duration line).</summary>
    Video,

    /// <summary>A block of code.</summary>
    CodeSnippet,

    /// <summary>A row of a table (or a whole table).</summary>
    Table,

    /// <summary>A formula.</summary>
    Formula,

    /// <summary>A paper's metadata: its title, paper, code or project link lines.</summary>
    Metadata,

    /// <summary>An entry of a reference list.</summary>
    BibEntry,

    /// <summary>The standfirst under the title.</summary>
    Lede,

    /// <summary>The author's or the outlet's credit line.</summary>
    Byline,

    /// <summary>The article's own table of contents.</summary>
    TableOfContents,

    /// <summary>The page's header line (outside articles).</summary>
    Header,

    /// <summary>The site's footer (outside articles).</summary>
    Footer,

    /// <summary>The <c>....</c> line that closes an article.</summary>
    PageBreak,
}

/// <summary>The one place an element kind becomes a block kind.</summary>
internal static class BlockKinds
{
    /// <summary>
    /// The block kind of an element kind; false (and <see cref="BlockKind.UncategorizedText"/>) for a kind with no
    /// mapping yet: a test fails on it, so a new <see cref="ElementKind"/> is mapped when it is added.
    /// </summary>
    public static bool TryMap(ElementKind kind, out BlockKind block)
    {
        block = kind switch
        {
            ElementKind.Header => BlockKind.Header,
            ElementKind.Footer => BlockKind.Footer,
            ElementKind.Stray => BlockKind.UncategorizedText,
            ElementKind.Title => BlockKind.Title,
            ElementKind.Lede => BlockKind.Lede,
            ElementKind.Heading => BlockKind.Title,
            ElementKind.Paragraph => BlockKind.NarrativeText,
            ElementKind.BulletItem => BlockKind.ListItem,
            ElementKind.NumberedItem => BlockKind.ListItem,
            ElementKind.Image => BlockKind.Image,
            ElementKind.Caption => BlockKind.FigureCaption,
            ElementKind.Video => BlockKind.Video,
            ElementKind.TableOfContents => BlockKind.TableOfContents,
            ElementKind.Table => BlockKind.Table,
            ElementKind.Code => BlockKind.CodeSnippet,
            ElementKind.PaperMetadata => BlockKind.Metadata,
            ElementKind.ReferenceHeading => BlockKind.Title,
            ElementKind.ReferenceEntry => BlockKind.BibEntry,
            ElementKind.Separator => BlockKind.PageBreak,
            ElementKind.Formula => BlockKind.Formula,
            _ => (BlockKind)(-1),
        };
        if ((int)block >= 0) return true;
        block = BlockKind.UncategorizedText;
        return false;
    }

    /// <summary>The block kind of an element kind (<see cref="BlockKind.UncategorizedText"/> for one not mapped yet).</summary>
    public static BlockKind Of(ElementKind kind)
    {
        TryMap(kind, out var block);
        return block;
    }

    /// <summary>
    /// The block kind of an element, where its rule says more than its kind: a paragraph the rules read as a byline
    /// (<c>prose-byline</c>) or as a line of dialogue (<c>prose-dialogue</c>: <c>问：…</c>, <c>Host: …</c>) is that.
    /// </summary>
    public static BlockKind Of(ElementKind kind, string rule) =>
        kind == ElementKind.Paragraph && rule == "prose-byline" ? BlockKind.Byline
        : kind == ElementKind.Paragraph && rule == "prose-dialogue" ? BlockKind.DialogueTurn
        : Of(kind);
}
