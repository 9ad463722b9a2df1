using System;
using System.IO;
using System.Linq;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Tests.Support;

/// <summary>Small inline archives for parser tests, and the real seed.</summary>
internal static class TestArchive
{
    public const string SeedFileName = "000_8b386abc4c2cc943.txt";

    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "seeds", SeedFileName);

    public static string SeedText => File.ReadAllText(SeedPath);

    public static ArchiveModel ParseSeed() => ArchiveParser.Parse("seeds/" + SeedFileName, SeedText);

    /// <summary>Joins lines with LF and parses them as an archive called <c>test.txt</c>.</summary>
    public static ArchiveModel Parse(params string[] lines) => ArchiveParser.Parse("seeds/test.txt", string.Join("\n", lines));

    /// <summary>One article, blank lines between the given body lines as in the real archive, closed by a separator.</summary>
    public static ArticleModel Article(params string[] bodyLines)
    {
        var lines = new[] { "#Test article", string.Empty }
            .Concat(bodyLines.SelectMany(line => new[] { line, string.Empty }))
            .Concat(new[] { "...." });
        var archive = Parse(lines.ToArray());
        return archive.Articles.Single();
    }

    /// <summary>
    /// The model without its byte offsets: CRLF, CR and a BOM move those (they address the file's bytes)
    /// but must not change anything a consumer sees.
    /// </summary>
    public static ArchiveModel WithoutByteOffsets(this ArchiveModel archive) => archive with
    {
        ByteLength = 0,
        Articles = archive.Articles.Select(article => article with
        {
            Bytes = default,
            Sections = article.Sections.Select(section => section with { Bytes = default }).ToEquatableArray(),
            Blocks = article.Blocks.Select(block => block with { Bytes = default }).ToEquatableArray(),
        }).ToEquatableArray(),
    };

    /// <summary>The articles' ids, as the dataset gives them (ids are decided where all archives come together).</summary>
    public static string[] ArticleIds(this ArchiveModel archive) =>
        DigestDataset.Build(new[] { archive }).Articles.Select(a => a.Id).ToArray();

    public static ElementModel ElementAt(this ArticleModel article, int line) => article.Elements.Single(e => e.Line <= line && line <= e.EndLine);
}
