using Spectre.Console;

namespace AiDigest.Sample;

/// <summary>The <c>search</c> command: <c>Digest.Search</c>'s hits, one row per matching line.</summary>
internal static class SearchResults
{
    /// <summary>Writes the hits; false when there are none (the caller exits with a non-zero code).</summary>
    public static bool Write(IAnsiConsole console, string text)
    {
        var hits = Digest.Search(text);
        if (hits.Count == 0)
        {
            console.WriteLine($"No line of any article contains '{text}'.");
            return false;
        }
        var table = Tables.Create($"{hits.Count} lines contain '{text}'",
            ("line", Justify.Right), ("field", Justify.Left), ("article", Justify.Left), ("section", Justify.Left), ("text", Justify.Left));
        foreach (var hit in hits)
        {
            table.AddRow(Tables.Cell(hit.Line), Tables.Cell(hit.Field.ToString()), Tables.Cell(hit.Article.Title), Tables.Cell(hit.Section?.Heading ?? "-"), Tables.Cell(hit.Text.Trim()));
        }
        console.Write(table);
        return true;
    }
}
