using System.Text;

namespace AiDigest.Generators.Emitting;

/// <summary>Builds generated source with consistent indentation and <c>\n</c> line endings on every platform (same input, same bytes).</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    /// <param name="capacity">What the file is expected to hold, in characters: a large file then grows without copies.</param>
    public CodeWriter(int capacity = 16 * 1024) => _builder = new StringBuilder(capacity);

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>A line whose middle is written straight into the file (a literal of megabytes is not copied on its way).</summary>
    public CodeWriter Line(string prefix, System.Action<StringBuilder> middle, string suffix)
    {
        _builder.Append(' ', _indent * 4).Append(prefix);
        middle(_builder);
        _builder.Append(suffix).Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> block; the text is escaped for XML.</summary>
    public CodeWriter Summary(string text)
    {
        Line("/// <summary>" + CSharpLiteral.XmlDoc(text) + "</summary>");
        return this;
    }

    public override string ToString() => _builder.ToString();
}
