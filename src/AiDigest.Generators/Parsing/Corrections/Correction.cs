using AiDigest.Generators.Model;

namespace AiDigest.Generators.Parsing.Corrections;

/// <summary>What a correction says a line is.</summary>
internal enum CorrectionKind
{
    /// <summary><c>heading 1</c> or <c>heading 2</c>: a heading at that level.</summary>
    Heading,

    /// <summary><c>not-heading</c>: a paragraph, not a heading.</summary>
    NotHeading,

    /// <summary><c>paragraph</c>: a paragraph, whatever the rules read.</summary>
    Paragraph,

    /// <summary><c>caption</c>: a picture's caption.</summary>
    Caption,

    /// <summary><c>list-item</c>: an item of a list.</summary>
    ListItem,

    /// <summary><c>code [language]</c>: the lines of the range are one code block.</summary>
    Code,

    /// <summary><c>lede</c>: the article's standfirst.</summary>
    Lede,

    /// <summary><c>no-lede</c>: not a standfirst (a paragraph).</summary>
    NoLede,

    /// <summary><c>paper TITLE</c>: the line cites the paper of that title.</summary>
    Paper,

    /// <summary><c>not-paper</c>: the line cites no paper.</summary>
    NotPaper,

    /// <summary><c>reference</c>: an entry of a reference list.</summary>
    Reference,

    /// <summary><c>figure</c>: an image placeholder.</summary>
    Figure,
}

/// <summary>One line of a corrections file, read: which archive lines, the quoted text, what they are, and where each part is written.</summary>
/// <param name="Line">1-based archive line.</param>
/// <param name="EndLine">1-based last archive line (the same as <paramref name="Line"/> but for a code range).</param>
/// <param name="Quote">The text quoted from the line: the archive line must contain it.</param>
/// <param name="Level">For a heading, 1 or 2.</param>
/// <param name="Argument">A code block's language or a paper's title; null when none is given.</param>
/// <param name="Written">The correction as written (trimmed), for messages.</param>
/// <param name="LineSpan">Where the line number (or range) is written in the corrections file.</param>
/// <param name="QuoteSpan">Where the quoted text is written (inside the quotes).</param>
/// <param name="KindSpan">Where the kind and its argument are written.</param>
internal sealed record Correction(
    int Line, int EndLine, string Quote, CorrectionKind Kind, int Level, string? Argument, string Written,
    TextRange LineSpan, TextRange QuoteSpan, TextRange KindSpan)
{
    /// <summary>Whether two corrections of the same line say the same thing.</summary>
    public bool SaysTheSameAs(Correction other) =>
        Kind == other.Kind && Level == other.Level && EndLine == other.EndLine
        && string.Equals(Argument, other.Argument, System.StringComparison.Ordinal);
}
