namespace AiDigest.Generators.Emitting;

/// <summary>
/// Emits the run-time side of <see cref="TextStorage"/>: <c>LazyText</c>, a body text read only when first asked
/// for, either cut from the string pool compiled into the assembly (small archives) or decoded from the archive's
/// UTF-8 bytes embedded as a manifest resource (archives declared with <c>&lt;AiDigestArchive&gt;</c>).
/// </summary>
internal static class LazyTextEmitter
{
    public static void Write(CodeWriter writer, EmitOptions options)
    {
        var nullableSource = options.Nullable("ArchiveSource");
        var nullableString = options.Nullable("string");
        var nullableBytes = options.Nullable("byte[]");

        writer.Line("/// <summary>A body text, materialised as a string only when first read (and then kept).</summary>");
        writer.Line("[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]");
        writer.Open("internal sealed class LazyText");
        writer.Line("private readonly string pool;");
        writer.Line("private readonly " + nullableSource + " source;");
        writer.Line("private readonly int start;");
        writer.Line("private readonly int length;");
        writer.Line("private " + nullableString + " value;");
        writer.Line();
        writer.Line("/// <summary>A part of a string compiled into the assembly.</summary>");
        writer.Line("internal LazyText(string pool, int start, int length) { this.pool = pool; this.source = null; this.start = start; this.length = length; }");
        writer.Line();
        writer.Line("/// <summary>The non-blank lines of a byte range of an embedded archive.</summary>");
        writer.Line("internal LazyText(ArchiveSource source, int start, int length) { this.pool = string.Empty; this.source = source; this.start = start; this.length = length; }");
        writer.Line();
        writer.Line("/// <summary>The text.</summary>");
        writer.Open("internal string Value");
        writer.Open("get");
        writer.Line("var text = this.value;");
        writer.Open("if (text == null)");
        writer.Line("var source = this.source;");
        writer.Line("text = source == null ? this.pool.Substring(this.start, this.length) : source.NonBlankLines(this.start, this.length);");
        writer.Line("this.value = text;");
        writer.Close();
        writer.Line("return text;");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();

        writer.Line("/// <summary>An archive embedded as a manifest resource by the package's targets, loaded once on first use.</summary>");
        writer.Line("[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]");
        writer.Open("internal sealed class ArchiveSource");
        writer.Line("private readonly string resourceName;");
        writer.Line("private readonly int utf8Length;");
        writer.Line("private readonly object gate = new object();");
        writer.Line("private " + nullableBytes + " bytes;");
        writer.Line("private int offset;");
        writer.Line();
        writer.Line("internal ArchiveSource(string resourceName, int utf8Length) { this.resourceName = resourceName; this.utf8Length = utf8Length; }");
        writer.Line();
        writer.Line("/// <summary>The lines of the byte range that hold more than white space, joined with line feeds (as the archive parser joins them).</summary>");
        writer.Open("internal string NonBlankLines(int start, int length)");
        writer.Line("var text = global::System.Text.Encoding.UTF8.GetString(this.Bytes(), this.offset + start, length);");
        writer.Line("var builder = new global::System.Text.StringBuilder(text.Length);");
        writer.Line("var lineStart = 0;");
        writer.Open("for (var i = 0; i <= text.Length; i++)");
        writer.Line("if (i < text.Length && text[i] != '\\n' && text[i] != '\\r') continue;");
        writer.Open("if (!IsBlank(text, lineStart, i))");
        writer.Line("if (builder.Length > 0) builder.Append('\\n');");
        writer.Line("builder.Append(text, lineStart, i - lineStart);");
        writer.Close();
        writer.Line("if (i < text.Length && text[i] == '\\r' && i + 1 < text.Length && text[i + 1] == '\\n') i++;");
        writer.Line("lineStart = i + 1;");
        writer.Close();
        writer.Line("return builder.ToString();");
        writer.Close();
        writer.Line();
        writer.Open("private static bool IsBlank(string text, int start, int end)");
        writer.Open("for (var i = start; i < end; i++)");
        writer.Line("var c = text[i];");
        writer.Line("if (!(char.IsWhiteSpace(c) || c == '\\u00A0' || c == '\\u3000' || c == '\\uFEFF' || c == '\\u200B')) return false;");
        writer.Close();
        writer.Line("return true;");
        writer.Close();
        writer.Line();
        writer.Open("private byte[] Bytes()");
        writer.Line("var loaded = global::System.Threading.Volatile.Read(ref this.bytes);");
        writer.Line("if (loaded != null) return loaded;");
        writer.Open("lock (this.gate)");
        writer.Line("if (this.bytes != null) return this.bytes;");
        writer.Line("var stream = typeof(" + options.ClassName + ").Assembly.GetManifestResourceStream(this.resourceName);");
        writer.Line("if (stream == null) throw new global::System.InvalidOperationException(\"The archive resource '\" + this.resourceName + \"' is missing from \" + typeof(" + options.ClassName + ").Assembly.GetName().Name + \": the AiDigest.Generators package's targets embed it; rebuild the project.\");");
        writer.Line("var buffer = new byte[stream.Length];");
        writer.Open("using (stream)");
        writer.Line("var read = 0;");
        writer.Open("while (read < buffer.Length)");
        writer.Line("var n = stream.Read(buffer, read, buffer.Length - read);");
        writer.Line("if (n <= 0) break;");
        writer.Line("read += n;");
        writer.Close();
        writer.Close();
        writer.Line("var bom = buffer.Length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;");
        writer.Line("if (buffer.Length - bom != this.utf8Length) throw new global::System.InvalidOperationException(\"The archive resource '\" + this.resourceName + \"' does not match the archive the dataset was compiled from; rebuild the project.\");");
        writer.Line("this.offset = bom;");
        writer.Line("global::System.Threading.Volatile.Write(ref this.bytes, buffer);");
        writer.Line("return buffer;");
        writer.Close();
        writer.Close();
        writer.Close();
    }
}
