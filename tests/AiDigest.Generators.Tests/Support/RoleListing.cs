using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Tests.Support;

/// <summary>
/// What the parser read on a page, one line per element: its line (or line range), kind, heading level, the rule
/// that decided it, and the start of its text; then each article's papers. Two listings compared line by line show
/// what a change to the rules moved (the role diff), before any score does.
/// </summary>
internal static class RoleListing
{
    private const int Shown = 40;

    public static string Of(ArchiveModel archive)
    {
        var text = new StringBuilder();
        text.Append("# What the parser read: line[-end] kind [level] rule | text. Written by RoleDiffTests; approve a change by\n");
        text.Append("# renaming *.received.roles to *.roles (or AIDIGEST_ROLES=approve), after reading what moved.\n");
        foreach (var element in archive.Prologue) Append(text, element, null);
        foreach (var article in archive.Articles)
        {
            var levels = article.Sections.ToDictionary(section => section.Line, section => section.Level);
            foreach (var element in article.Elements) Append(text, element, levels);
            foreach (var paper in article.Papers)
            {
                text.Append(paper.Line.ToString(CultureInfo.InvariantCulture)).Append(" paper | ")
                    .Append(paper.Title ?? "-").Append(" | ").Append(paper.ArxivId ?? paper.PaperUrl ?? "-")
                    .Append(paper.CodeUrl is null ? "" : " | code " + paper.CodeUrl).Append('\n');
            }
        }
        foreach (var element in archive.Epilogue) Append(text, element, null);
        return text.ToString();
    }

    /// <summary>The lines of <paramref name="after"/> that differ from <paramref name="before"/>, keyed by their first line: <c>-</c> what was read, <c>+</c> what is read now.</summary>
    public static IReadOnlyList<string> Diff(string before, string after)
    {
        var old = Entries(before);
        var now = Entries(after);
        var changes = new List<string>();
        foreach (var key in old.Keys.Union(now.Keys).OrderBy(key => key.Line).ThenBy(key => key.Paper))
        {
            old.TryGetValue(key, out var was);
            now.TryGetValue(key, out var @is);
            if (was == @is) continue;
            if (was is not null) changes.Add("- " + was);
            if (@is is not null) changes.Add("+ " + @is);
        }
        return changes;
    }

    private static Dictionary<(int Line, bool Paper), string> Entries(string listing)
    {
        var entries = new Dictionary<(int, bool), string>();
        foreach (var line in listing.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var end = 0;
            while (end < line.Length && char.IsDigit(line[end])) end++;
            var number = int.Parse(line.Substring(0, end), CultureInfo.InvariantCulture);
            var paper = line.IndexOf(" paper |", StringComparison.Ordinal) == end;
            var key = (number, paper);
            entries[key] = entries.TryGetValue(key, out var earlier) ? earlier + " / " + line : line;
        }
        return entries;
    }

    private static void Append(StringBuilder text, ElementModel element, Dictionary<int, int>? levels)
    {
        text.Append(element.Line.ToString(CultureInfo.InvariantCulture));
        if (element.EndLine != element.Line) text.Append('-').Append(element.EndLine.ToString(CultureInfo.InvariantCulture));
        text.Append(' ').Append(element.Kind);
        if (levels is not null && levels.TryGetValue(element.Line, out var level)) text.Append(' ').Append(level.ToString(CultureInfo.InvariantCulture));
        if (element.Rule.Length > 0) text.Append(' ').Append(element.Rule);
        text.Append(" | ").Append(Start(element.Text)).Append('\n');
    }

    private static string Start(string text)
    {
        var firstLine = text.IndexOf('\n') is var newline and >= 0 ? text.Substring(0, newline) : text;
        firstLine = firstLine.Trim();
        var info = new StringInfo(firstLine);
        return info.LengthInTextElements <= Shown ? firstLine : info.SubstringByTextElements(0, Shown) + "…";
    }
}
