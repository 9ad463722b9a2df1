namespace AiDigest.Generators.Model;

/// <summary>
/// A corrections file as the parse step receives it: where it is (diagnostics are reported there) and its text.
/// Value-equal by path and text, so editing it re-parses only the archive it corrects.
/// </summary>
/// <param name="Path">The file's path, as the compiler names it.</param>
/// <param name="Text">Its content (a corrections file is small: one correction a line).</param>
internal sealed record CorrectionsFile(string Path, string Text);
