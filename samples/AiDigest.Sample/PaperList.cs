using System.Linq;
using Spectre.Console;

namespace AiDigest.Sample;

/// <summary>The <c>papers</c> command: the distinct cited papers, optionally only those with code.</summary>
internal static class PaperList
{
    public static int Write(IAnsiConsole console, bool withCode)
    {
        var papers = withCode ? Digest.Papers.WithCode : (System.Collections.Generic.IReadOnlyList<Paper>)Digest.Papers;
        var table = Tables.Create(withCode ? $"Papers with code ({papers.Count})" : $"Papers ({papers.Count})",
            ("#", Justify.Right), ("paper", Justify.Left), ("arXiv", Justify.Left), ("code", Justify.Left), ("cited by", Justify.Left));
        var number = 0;
        foreach (var paper in papers)
        {
            table.AddRow(
                Tables.Cell(++number), Tables.Cell(Name(paper)), Tables.Cell(paper.ArxivId ?? "-"), Tables.Cell(paper.CodeUrl ?? "-"),
                Tables.Cell(string.Join(", ", paper.Articles.Select(a => a.Title))));
        }
        console.Write(table);
        return DigestCli.Success;
    }

    /// <summary>A paper's title, else its arXiv id, else its paper link.</summary>
    public static string Name(Paper paper) =>
        paper.Title ?? (paper.ArxivId is null ? null : "arXiv:" + paper.ArxivId) ?? paper.PaperUrl ?? paper.CodeUrl ?? "(untitled)";
}
