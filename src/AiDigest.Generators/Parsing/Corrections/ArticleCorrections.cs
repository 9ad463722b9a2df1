using System.Collections.Generic;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Parsing.Corrections;

/// <summary>The corrections of one article's lines, from one corrections file, and the problems found applying them.</summary>
internal sealed class ArticleCorrections
{
    public ArticleCorrections(string path)
    {
        Path = path;
    }

    /// <summary>The corrections file, where problems are reported.</summary>
    public string Path { get; }

    /// <summary>The corrections whose lines are in the article's body, in file order.</summary>
    public List<Correction> Items { get; } = new();

    /// <summary>What applying them found (reported in the corrections file).</summary>
    public List<ArchiveDiagnostic> Diagnostics { get; } = new();
}
