using System;
using System.IO;
using System.Linq;
using AiDigest;

namespace AiDigest.Sample;

/// <summary>The readable overview the sample prints: plain LINQ over the generated dataset.</summary>
public static class Overview
{
    public static void Write(TextWriter output)
    {
        var articles = Digest.Articles;
        output.WriteLine("AiDigest — typed dataset compiled from the archive");
        output.WriteLine(new string('=', 60));
        foreach (var archive in Digest.Archives)
        {
            output.WriteLine($"Archive {archive.FileName}: {archive.Articles.Count} articles, from {archive.SourceUrl ?? "(no source URL)"}");
        }
        output.WriteLine(
            $"{articles.Count} articles, {articles.Sum(a => a.Sections.Count)} sections, {Digest.Papers.Count} distinct papers, " +
            $"{articles.Sum(a => a.References.Count)} references, {Digest.Links.Count} links, {articles.Sum(a => a.Figures.Count)} figures, " +
            $"{articles.Sum(a => a.VideoDurations.Count)} videos");
        output.WriteLine();

        output.WriteLine("Articles");
        output.WriteLine($"{"#",3}  {"line",5}  {"sections",8}  {"papers",6}  title");
        foreach (var article in articles)
        {
            output.WriteLine($"{article.Index + 1,3}  {article.Line,5}  {article.Sections.Count,8}  {article.Papers.Count,6}  {Shorten(article.Title, 60)}");
        }
        output.WriteLine();

        var withCode = Digest.Papers.Where(p => p.CodeUrl is not null).ToList();
        output.WriteLine($"Papers with code ({withCode.Count})");
        foreach (var paper in withCode)
        {
            var name = paper.Title ?? (paper.ArxivId is null ? paper.PaperUrl : "arXiv:" + paper.ArxivId) ?? "(untitled)";
            output.WriteLine($"  - {Shorten(name, 70)}");
            output.WriteLine($"      code: {paper.CodeUrl}" + (paper.ArxivId is null ? "" : $"  arXiv: {paper.ArxivId}"));
        }
        output.WriteLine();

        var repositories = Digest.Links
            .Where(l => l.Kind == LinkKind.GitHub && l.Repository is not null)
            .GroupBy(l => l.Repository!, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Repository: g.First().Repository!, Count: g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Repository, StringComparer.Ordinal)
            .Take(10)
            .ToList();
        output.WriteLine("Most-linked GitHub repositories");
        foreach (var (repository, count) in repositories)
        {
            output.WriteLine($"  {count,3}  {repository}");
        }
        output.WriteLine();

        output.WriteLine("Links by kind");
        foreach (var group in Digest.Links.GroupBy(l => l.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
        {
            output.WriteLine($"  {group.Count(),3}  {group.Key}");
        }
        output.WriteLine();

        WriteQueries(output);
    }

    /// <summary>Queries the compiler checks: named members (a typo does not compile) and constant lookups (a typo is warning AIDG02xx).</summary>
    private static void WriteQueries(TextWriter output)
    {
        output.WriteLine("Queries");
        var worldMem = Digest.Articles.WorldMem;
        var r1 = Digest.Papers.ByArxivId("2505.02835");
        Row(output, "Digest.Articles.WorldMem", $"line {worldMem.Line}, {worldMem.Sections.Count} sections: {worldMem.Lede}");
        Row(output, "Digest.Articles.物理图灵测试", $"line {Digest.Articles.物理图灵测试.Line}: {Digest.Articles.物理图灵测试.Lede}");
        Row(output, "Digest.Papers.CSBrain", $"arXiv:{Digest.Papers.CSBrain.ArxivId}, code {Digest.Papers.CSBrain.CodeUrl}");
        Row(output, "Papers.ByArxivId(\"2505.02835\")", $"{r1?.CodeUrl}, cited by {string.Join(", ", r1?.Articles.Select(a => a.Title) ?? Enumerable.Empty<string>())}");
        if (Digest.Papers.TryGetByRepository("xizaoqu/WorldMem", out var byRepository))
        {
            Row(output, "Papers.ByRepository(\"xizaoqu/WorldMem\")", byRepository.Title ?? byRepository.CodeUrl ?? "");
        }
        Row(output, "Articles.ById(\"csbrain\")", Digest.Articles.ById("csbrain")?.Title ?? "(none)");
        Row(output, "Papers.WithCode", $"{Digest.Papers.WithCode.Count} papers");
        Row(output, "Links.ByKind(LinkKind.HuggingFace)", $"{Digest.Links.ByKind(LinkKind.HuggingFace).Count} links");

        foreach (var query in new[] { "物理图灵测试", "Minecraft" })
        {
            var hits = Digest.Search(query);
            output.WriteLine($"  Search(\"{query}\"): {hits.Count} hits");
            foreach (var hit in hits.Take(4))
            {
                output.WriteLine($"    {hit.Line,5}  {hit.Field,-7}  {Shorten(hit.Article.Title, 16),-16}  {Shorten(hit.Section?.Heading ?? "-", 16),-16}  {Shorten(hit.Text.Trim(), 40)}");
            }
        }
    }

    private static void Row(TextWriter output, string label, string value) => output.WriteLine($"  {label,-40}  {Shorten(value, 70)}");

    private static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
}
