#nullable disable
namespace AiDigest.Generators.Runtime
{
    /// <summary>
    /// A body text (an article's or a section's <c>Text</c>), made a string only when first read and then kept: cut
    /// from the string pool compiled into the assembly, or decoded from the archive embedded as a resource.
    /// </summary>
    [global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
    internal sealed class LazyText
    {
        private readonly string pool;
        private readonly ArchiveSource source;
        private readonly int start;
        private readonly int length;
        private string value;

        /// <summary>A part of a string compiled into the assembly.</summary>
        public LazyText(string pool, int start, int length)
        {
            this.pool = pool;
            this.start = start;
            this.length = length;
        }

        /// <summary>The non-blank lines of a byte range of an embedded archive.</summary>
        public LazyText(ArchiveSource source, int start, int length)
        {
            this.pool = string.Empty;
            this.source = source;
            this.start = start;
            this.length = length;
        }

        /// <summary>The text. Two threads that read it first at once each make it; both get equal strings.</summary>
        public string Value
        {
            get
            {
                var text = this.value;
                if (text == null)
                {
                    text = this.source == null ? this.pool.Substring(this.start, this.length) : this.source.NonBlankLines(this.start, this.length);
                    this.value = text;
                }
                return text;
            }
        }
    }
}
