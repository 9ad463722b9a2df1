namespace AiDigest.Generators.Model;

/// <summary>A block of code (fenced or not) in an article.</summary>
/// <param name="Line">1-based first line of the block (its opening fence, when fenced).</param>
/// <param name="EndLine">1-based last line of the block (its closing fence, when fenced).</param>
/// <param name="Language">The language a reader would name (<c>python</c>, <c>shell</c>, <c>json</c>…): the fence's tag, else a best guess from the code; null when nothing tells.</param>
internal sealed record CodeBlockModel(int Line, int EndLine, string? Language);
