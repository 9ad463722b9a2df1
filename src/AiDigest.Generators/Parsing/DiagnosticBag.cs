using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing;

/// <summary>Collects an archive's problems as data, placing each at a line and 1-based column of the archive.</summary>
internal sealed class DiagnosticBag
{
    private readonly SourceLine[] _lines;
    private readonly List<ArchiveDiagnostic> _items = new();

    public DiagnosticBag(SourceLine[] lines) => _lines = lines;

    public IReadOnlyList<ArchiveDiagnostic> Items => _items;

    /// <param name="lineNumber">1-based line.</param>
    /// <param name="column">1-based column of the first character in error.</param>
    /// <param name="length">Characters in error (clamped to the line; 0 marks a position).</param>
    public void Report(string id, int lineNumber, int column, int length, params string[] arguments)
    {
        if (_lines.Length == 0)
        {
            _items.Add(new ArchiveDiagnostic(id, new TextRange(0, 0, 0, 0, 0, 0), arguments.ToEquatableArray()));
            return;
        }
        var line = _lines[System.Math.Min(System.Math.Max(lineNumber, 1), _lines.Length) - 1];
        var start = System.Math.Min(System.Math.Max(column - 1, 0), line.Text.Length);
        var clamped = System.Math.Max(0, System.Math.Min(length, line.Text.Length - start));
        _items.Add(new ArchiveDiagnostic(
            id,
            new TextRange(line.Start + start, clamped, line.Number - 1, start, line.Number - 1, start + clamped),
            arguments.ToEquatableArray()));
    }

    public void AddRange(DiagnosticBag other) => _items.AddRange(other._items);

    /// <summary>Puts a problem of the whole file before every other one.</summary>
    public void ReportFirst(ArchiveDiagnostic diagnostic) => _items.Insert(0, diagnostic);

    /// <summary>Archive order (line, column, id): the same order whichever way the articles were assembled.</summary>
    public void SortByPosition()
    {
        var indexed = new List<(ArchiveDiagnostic Diagnostic, int Order)>(_items.Count);
        for (var i = 0; i < _items.Count; i++) indexed.Add((_items[i], i));
        indexed.Sort((a, b) =>
        {
            var byStart = a.Diagnostic.Span.Start.CompareTo(b.Diagnostic.Span.Start);
            if (byStart != 0) return byStart;
            var byId = string.CompareOrdinal(a.Diagnostic.Id, b.Diagnostic.Id);
            return byId != 0 ? byId : a.Order.CompareTo(b.Order);
        });
        _items.Clear();
        foreach (var entry in indexed) _items.Add(entry.Diagnostic);
    }

    /// <summary>Marks a whole line (its text from the first non-blank character).</summary>
    public void ReportLine(string id, SourceLine line, params string[] arguments)
    {
        var indent = TextShapes.LeadingSpaces(line.Text);
        Report(id, line.Number, indent + 1, TextShapes.Trim(line.Text).Length, arguments);
    }
}
