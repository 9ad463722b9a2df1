namespace AiDigest.Generators.Model;

/// <summary>A section heading and the text under it (up to the next heading).</summary>
/// <param name="ParentLine">The line of the level-1 heading a level-2 heading belongs to; null for a level-1 heading and for a sub-heading before any.</param>
/// <param name="Text">The non-blank lines under the heading; empty when the archive's texts are read at run time.</param>
/// <param name="TextStart">Where <paramref name="Text"/> starts in the article's <c>Text</c> (it is always a part of it).</param>
/// <param name="Bytes">Where the lines under the heading (blank lines included) lie in the archive file's bytes.</param>
internal sealed record SectionModel(string Heading, int Level, int Line, int? ParentLine, string Text, int TextStart, ByteRange Bytes);
