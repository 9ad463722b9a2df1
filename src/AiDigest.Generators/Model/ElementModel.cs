namespace AiDigest.Generators.Model;

/// <summary>A run of archive lines that plays one role.</summary>
/// <param name="Line">1-based first line.</param>
/// <param name="EndLine">1-based last line.</param>
/// <param name="Text">The element's lines, joined with <c>\n</c>, exactly as written (a footer or a stray run may leave out the blank lines between them).</param>
/// <param name="Rule">
/// Which rule decided the element's kind: a short id named in <c>docs/archive-format.md</c> (provenance, so a reader
/// can see why a line was read as it was); empty for the page's frame (header, footer, title, separator).
/// </param>
internal sealed record ElementModel(ElementKind Kind, int Line, int EndLine, string Text, string Rule = "");

/// <summary>The role a run of lines plays in the archive.</summary>
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

    /// <summary>A formula flattened onto a line of its own (<c>L = -log p(x)</c>): a displayed equation of the running text.</summary>
    Formula,
}
