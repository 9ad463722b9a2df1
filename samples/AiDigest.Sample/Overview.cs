using System;
using System.Linq;
using Spectre.Console;

namespace AiDigest.Sample;

/// <summary>The overview the sample prints by default: plain LINQ over the generated dataset, laid out by Spectre.Console.</summary>
internal static class Overview
{
    public static void Write(IAnsiConsole console)
    {
        var articles = Digest.Articles;
        console.Write(new Rule("[bold]AiDigest[/]: a typed dataset compiled from the archive").LeftJustified());
        foreach (var archive in Digest.Archives)
        {
            console.WriteLine($"Archive {archive.FileName}: {archive.Articles.Count} articles, from {archive.SourceUrl ?? "(no source URL)"}");
        }
        console.WriteLine(
            $"{articles.Count} articles, {articles.Sum(a => a.Sections.Count)} sections, {Digest.Papers.Count} distinct papers, " +
            $"{articles.Sum(a => a.References.Count)} references, {Digest.Links.Count} links, {articles.Sum(a => a.Figures.Count)} figures, " +
            $"{articles.Sum(a => a.VideoDurations.Count)} videos");
        console.WriteLine();

        var table = Tables.Create("Articles", ("#", Justify.Right), ("line", Justify.Right), ("sections", Justify.Right), ("papers", Justify.Right), ("refs", Justify.Right), ("id", Justify.Left), ("title", Justify.Left));
        foreach (var article in articles)
        {
            table.AddRow(
                Tables.Cell(article.Index + 1), Tables.Cell(article.Line), Tables.Cell(article.Sections.Count), Tables.Cell(article.Papers.Count),
                Tables.Cell(article.References.Count), Tables.Cell(article.Id), Tables.Cell(article.Title));
        }
        console.Write(table);

        var withCode = Digest.Papers.WithCode;
        var papers = Tables.Create($"Papers with code ({withCode.Count})", ("paper", Justify.Left), ("arXiv", Justify.Left), ("code", Justify.Left));
        foreach (var paper in withCode)
        {
            papers.AddRow(Tables.Cell(PaperList.Name(paper)), Tables.Cell(paper.ArxivId ?? "-"), Tables.Cell(paper.CodeUrl!));
        }
        console.Write(papers);

        var repositories = Digest.Links
            .Where(l => l.Kind == LinkKind.GitHub && l.Repository is not null)
            .GroupBy(l => l.Repository!, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Repository: g.First().Repository!, Count: g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Repository, StringComparer.Ordinal)
            .Take(10);
        var repositoryTable = Tables.Create("Most-linked GitHub repositories", ("links", Justify.Right), ("repository", Justify.Left));
        foreach (var (repository, count) in repositories) repositoryTable.AddRow(Tables.Cell(count), Tables.Cell(repository));
        console.Write(repositoryTable);

        var kinds = Tables.Create("Links by kind", ("links", Justify.Right), ("kind", Justify.Left));
        foreach (var group in Digest.Links.GroupBy(l => l.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
        {
            kinds.AddRow(Tables.Cell(group.Count()), Tables.Cell(group.Key.ToString()));
        }
        console.Write(kinds);

        WriteQueries(console);
    }

    /// <summary>Queries the compiler checks: named members (a typo does not compile) and constant lookups (a typo is warning AIDG02xx, with a fix).</summary>
    private static void WriteQueries(IAnsiConsole console)
    {
        var table = Tables.Create("Compile-checked queries", ("query", Justify.Left), ("result", Justify.Left));
        var worldMem = Digest.Articles.WorldMem;
        var r1 = Digest.Papers.ByArxivId("2505.02835");
        table.AddRow(Tables.Cell("Digest.Articles.WorldMem"), Tables.Cell($"line {worldMem.Line}, {worldMem.Sections.Count} sections: {worldMem.Lede}"));
        table.AddRow(Tables.Cell("Digest.Articles.物理图灵测试"), Tables.Cell($"line {Digest.Articles.物理图灵测试.Line}: {Digest.Articles.物理图灵测试.Lede}"));
        table.AddRow(Tables.Cell("Digest.Papers.CSBrain"), Tables.Cell($"arXiv:{Digest.Papers.CSBrain.ArxivId}, code {Digest.Papers.CSBrain.CodeUrl}"));
        table.AddRow(Tables.Cell("Papers.ByArxivId(\"2505.02835\")"), Tables.Cell($"{r1?.CodeUrl}, cited by {string.Join(", ", r1?.Articles.Select(a => a.Title) ?? Enumerable.Empty<string>())}"));
        if (Digest.Papers.TryGetByRepository("xizaoqu/WorldMem", out var byRepository))
        {
            table.AddRow(Tables.Cell("Papers.ByRepository(\"xizaoqu/WorldMem\")"), Tables.Cell(byRepository.Title ?? byRepository.CodeUrl ?? string.Empty));
        }
        table.AddRow(Tables.Cell("Articles.ById(\"csbrain\")"), Tables.Cell(Digest.Articles.ById("csbrain")?.Title ?? "(none)"));
        table.AddRow(Tables.Cell("Papers.WithCode"), Tables.Cell($"{Digest.Papers.WithCode.Count} papers"));
        table.AddRow(Tables.Cell("Links.ByKind(LinkKind.HuggingFace)"), Tables.Cell($"{Digest.Links.ByKind(LinkKind.HuggingFace).Count} links"));
        foreach (var query in new[] { "物理图灵测试", "Minecraft" })
        {
            table.AddRow(Tables.Cell($"Digest.Search(\"{query}\")"), Tables.Cell($"{Digest.Search(query).Count} hits (see: search {query})"));
        }
        console.Write(table);
    }
}
