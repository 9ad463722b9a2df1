namespace AiDigest.Generators.Parsing.Lines;

/// <summary>
/// Every word, label, glyph and numeral the rules look for, in one place. Each is written as a key
/// (<see cref="Text.CharacterFold"/>: Simplified, ASCII punctuation, ASCII digits), and rules match it against a line's
/// key, never against its raw text, so one entry covers its full-width and Traditional spellings.
/// </summary>
/// <remarks>Sections by what the words tell: numbering, bullets and marks, headings, captions and pictures, paper
/// metadata, references, code, prose. A rule adds its words to its section here rather than keeping a list of its own.</remarks>
internal static class Vocabulary
{
    /// <summary>Counters: the numerals of every numbering a page uses.</summary>
    internal static class Numerals
    {
        /// <summary>Chinese numerals one to ten, in order: <c>一、</c>, <c>（三）</c>, <c>第五部分</c>.</summary>
        public const string Chinese = "一二三四五六七八九十";
    }

    /// <summary>Glyphs that open a list item.</summary>
    internal static class Bullets
    {
    }

    /// <summary>Words that make or unmake a heading.</summary>
    internal static class Headings
    {
    }

    /// <summary>Pictures and what stands under them.</summary>
    internal static class Figures
    {
    }

    /// <summary>Labels of a paper's metadata block and the values that say a thing is not there yet.</summary>
    internal static class Metadata
    {
    }

    /// <summary>Reference lists: their headings and what a citation looks like.</summary>
    internal static class References
    {
    }

    /// <summary>Words of code in many languages.</summary>
    internal static class Code
    {
    }

    /// <summary>Words of prose: connectives, bylines, words a sentence does not end on.</summary>
    internal static class Prose
    {
    }
}
