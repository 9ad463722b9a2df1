using System.Text;

namespace AiDigest.Generators.Emitting;

/// <summary>Builds generated source with consistent indentation and <c>\n</c> line endings on every platform (same input, same bytes).</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
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
