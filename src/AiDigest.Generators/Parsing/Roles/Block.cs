using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>What shows a line to be a heading; the outline reads levels from it.</summary>
internal enum HeadingMark : byte
{
    /// <summary>A short unnumbered line between prose.</summary>
    Plain,

    /// <summary>Numbered (<c>01</c>, <c>一、</c>, <c>1.</c>, <c>3.1</c>, <c>(1)</c>, <c>第一部分</c>…).</summary>
    Numbered,

    /// <summary>Markdown <c>##</c> (level 1) or <c>###</c> (level 2).</summary>
    Markdown,

    /// <summary>A lone bullet between prose: a sub-heading.</summary>
    Bullet,

    /// <summary>A heading the article's table of contents lists: top level.</summary>
    Contents,

    /// <summary>The heading of a reference list.</summary>
    References,
}

/// <summary>A run of body lines with one role, before it becomes an <see cref="ElementModel"/>.</summary>
/// <remarks>
/// One per non-blank line of a page, so its size counts: the small values are kept in bytes (48 bytes an object
/// rather than 64: 3 MB less to allocate and collect for 100 pages).
/// </remarks>
internal sealed class Block
{
    private byte _level;

    public Block(ElementKind kind, int first, int last)
    {
        Kind = kind;
        First = first;
        Last = last;
    }

    public ElementKind Kind { get; set; }

    /// <summary>Index of the first line in the body's line list.</summary>
    public int First { get; }

    /// <summary>Index of the last line in the body's line list.</summary>
    public int Last { get; set; }

    /// <summary>Heading level (1 or 2) when <see cref="Kind"/> is a heading; set by the outline.</summary>
    public int Level
    {
        get => _level;
        set => _level = (byte)value;
    }

    public NumberingStyle Numbering { get; set; }

    /// <summary>What made the block a heading.</summary>
    public HeadingMark Mark { get; set; }

    /// <summary>The heading's text as it should be shown (bullet, markdown marks and trailing colon removed).</summary>
    public string? HeadingText { get; set; }

    /// <summary>For a code block, the language a reader would name; null when nothing tells.</summary>
    public string? Language { get; set; }

    /// <summary>The id of the rule that decided <see cref="Kind"/> (provenance; see <see cref="ElementModel.Rule"/>).</summary>
    public string Rule { get; set; } = "";

    /// <summary>A text line not yet given a role; resolved by the second pass.</summary>
    public bool IsUnresolved { get; set; }
}
