#nullable disable
namespace AiDigest.Generators.Runtime
{
    /// <summary>
    /// An archive embedded as a manifest resource by the package's targets: its bytes are loaded once, when a text is
    /// first read, and texts are decoded from byte ranges the generator computed while parsing, in the encoding the
    /// compiler read the file in (UTF-8, UTF-16 or UTF-32; ranges count from after the byte-order mark).
    /// </summary>
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal sealed class ArchiveSource
    {
        private readonly global::System.Reflection.Assembly assembly;
        private readonly string resourceName;
        private readonly int byteLength;
        private readonly global::System.Text.Encoding encoding;
        private readonly object gate = new object();
        private byte[] bytes;
        private int offset;

        /// <param name="assembly">The assembly that embeds the archive (the one the dataset is compiled into).</param>
        /// <param name="resourceName">The manifest resource.</param>
        /// <param name="byteLength">The archive's length in bytes, without a byte-order mark: a resource of another length is not the archive the dataset was compiled from.</param>
        /// <param name="codePage">The archive's encoding: 65001 (UTF-8), 1200 or 1201 (UTF-16 little or big endian), 12000 or 12001 (UTF-32).</param>
        public ArchiveSource(global::System.Reflection.Assembly assembly, string resourceName, int byteLength, int codePage)
        {
            this.assembly = assembly;
            this.resourceName = resourceName;
            this.byteLength = byteLength;
            this.encoding = EncodingOf(codePage);
        }

        /// <summary>The lines of the byte range that hold more than white space, joined with line feeds (as the parser joins them).</summary>
        public string NonBlankLines(int start, int length)
        {
            var text = this.encoding.GetString(this.Bytes(), this.offset + start, length);
            var builder = new global::System.Text.StringBuilder(text.Length);
            var lineStart = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
                if (!TextRules.IsBlank(text, lineStart, i))
                {
                    if (builder.Length > 0) builder.Append('\n');
                    builder.Append(text, lineStart, i - lineStart);
                }
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                lineStart = i + 1;
            }
            return builder.ToString();
        }

        private byte[] Bytes()
        {
            var loaded = global::System.Threading.Volatile.Read(ref this.bytes);
            if (loaded != null) return loaded;
            lock (this.gate)
            {
                if (this.bytes != null) return this.bytes;
                var stream = this.assembly.GetManifestResourceStream(this.resourceName);
                if (stream == null)
                {
                    throw new global::System.InvalidOperationException(
                        "The archive resource '" + this.resourceName + "' is missing from " + this.assembly.GetName().Name
                        + ": the AiDigest.Generators package's targets embed it; rebuild the project.");
                }
                byte[] buffer;
                using (stream)
                {
                    buffer = new byte[stream.Length];
                    var read = 0;
                    while (read < buffer.Length)
                    {
                        var n = stream.Read(buffer, read, buffer.Length - read);
                        if (n <= 0) break;
                        read += n;
                    }
                }
                var preamble = this.encoding.GetPreamble();
                var bom = StartsWith(buffer, preamble) ? preamble.Length : 0;
                if (buffer.Length - bom != this.byteLength)
                {
                    throw new global::System.InvalidOperationException(
                        "The archive resource '" + this.resourceName + "' does not match the archive the dataset was compiled from; rebuild the project.");
                }
                this.offset = bom;
                global::System.Threading.Volatile.Write(ref this.bytes, buffer);
                return buffer;
            }
        }

        private static bool StartsWith(byte[] buffer, byte[] prefix)
        {
            if (buffer.Length < prefix.Length) return false;
            for (var i = 0; i < prefix.Length; i++)
            {
                if (buffer[i] != prefix[i]) return false;
            }
            return true;
        }

        /// <summary>The encoding of a code page the generator writes, with its byte-order mark (what the file may start with).</summary>
        private static global::System.Text.Encoding EncodingOf(int codePage)
        {
            switch (codePage)
            {
                case 1200: return new global::System.Text.UnicodeEncoding(false, true);
                case 1201: return new global::System.Text.UnicodeEncoding(true, true);
                case 12000: return new global::System.Text.UTF32Encoding(false, true);
                case 12001: return new global::System.Text.UTF32Encoding(true, true);
                default: return new global::System.Text.UTF8Encoding(true);
            }
        }
    }
}
