using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AiDigest.Sample;

/// <summary>The sample's table style. Spectre.Console measures cells in terminal columns, so CJK text (two columns a character) lines up.</summary>
internal static class Tables
{
    public static Table Create(string title, params (string Header, Justify Justify)[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]" + Markup.Escape(title) + "[/]");
        foreach (var (header, justify) in columns) table.AddColumn(new TableColumn(Markup.Escape(header)) { Alignment = justify });
        return table;
    }

    /// <summary>Dataset text as a cell: never read as markup, so brackets in titles print as written.</summary>
    public static IRenderable Cell(string text) => new Text(text);

    public static IRenderable Cell(int value) => new Text(value.ToString(CultureInfo.InvariantCulture));
}
