using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace AiDigest.Generators.Tests.Support;

/// <summary>
/// The answer-key floors: for each page and metric, the score it reached last (<c>Fixtures/floors.tsv</c>, one
/// <c>page metric value</c> a line). Floors ratchet: a score may not fall below its floor, and a score that rose must
/// be written down as the new floor, so a later change cannot give back a gain unnoticed.
/// </summary>
internal sealed class ScoreFloors
{
    /// <summary>Set to <c>ratchet</c> to raise the floors to the current scores (never lowering one), to <c>write</c> to set every floor to the current score (a deliberate loss; say why in the commit).</summary>
    public const string Variable = "AIDIGEST_FLOORS";

    private const double Tolerance = 0.0005;

    private readonly SortedDictionary<string, SortedDictionary<string, double>> _floors;

    private ScoreFloors(SortedDictionary<string, SortedDictionary<string, double>> floors) => _floors = floors;

    public static string FilePath => Path.Combine(Repository.Root, "tests", "AiDigest.Generators.Tests", "Fixtures", "floors.tsv");

    /// <summary>The seed's key and every <c>page-*.key</c> under <c>Fixtures/</c> (held-out pages included) with its page, in a stable order.</summary>
    public static IEnumerable<(string Key, string? Page)> Pages()
    {
        yield return ("seed.key", null);
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var keys = Directory.EnumerateFiles(root, "page-*.key", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .OrderBy(path => path.Contains('/', StringComparison.Ordinal))
            .ThenBy(path => path, StringComparer.Ordinal);
        foreach (var key in keys) yield return (key, key.Substring(0, key.Length - ".key".Length) + ".txt");
    }

    public static ScoreFloors Load() => Parse(File.Exists(FilePath) ? File.ReadAllText(FilePath) : "");

    /// <summary>Floors from the text of a floors file.</summary>
    public static ScoreFloors Parse(string text)
    {
        var floors = new SortedDictionary<string, SortedDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
            var fields = line.Split('\t');
            if (fields.Length != 3) throw new FormatException("floors.tsv: expected 'page<TAB>metric<TAB>value': " + line);
            Of(floors, fields[0])[fields[1]] = double.Parse(fields[2], CultureInfo.InvariantCulture);
        }
        return new ScoreFloors(floors);
    }

    /// <summary>What is wrong with <paramref name="score"/> against the floors of <paramref name="page"/>: a fall, an unrecorded rise, a missing floor.</summary>
    public IReadOnlyList<string> Check(string page, KeyScore score)
    {
        var problems = new List<string>();
        if (!_floors.TryGetValue(page, out var floors))
        {
            problems.Add(page + " has no floors: record its first scores with " + Variable + "=write (see Fixtures/README.md)");
            return problems;
        }
        foreach (var (metric, value) in score.Metrics())
        {
            if (!floors.TryGetValue(metric, out var floor))
            {
                problems.Add(metric + ": no floor recorded");
                continue;
            }
            var lowerIsBetter = metric == "diagnostics";
            var fell = lowerIsBetter ? value > floor + Tolerance : value < floor - Tolerance;
            var rose = lowerIsBetter ? value < floor - Tolerance : value > floor + Tolerance;
            if (fell) problems.Add(Format("{0}: {1:0.000} fell below its floor {2:0.000}", metric, value, floor));
            if (rose) problems.Add(Format("{0}: {1:0.000} rose above its floor {2:0.000}: ratchet it ({3}=ratchet)", metric, value, floor, Variable));
        }
        return problems;
    }

    /// <summary>Records <paramref name="score"/> as the floors of <paramref name="page"/>; with <paramref name="raiseOnly"/>, a floor is never lowered.</summary>
    public void Record(string page, KeyScore score, bool raiseOnly)
    {
        var floors = Of(_floors, page);
        foreach (var (metric, value) in score.Metrics())
        {
            var lowerIsBetter = metric == "diagnostics";
            if (raiseOnly && floors.TryGetValue(metric, out var floor) && (lowerIsBetter ? value > floor : value < floor)) continue;
            floors[metric] = value;
        }
    }

    public void Save() => File.WriteAllText(FilePath, Format());

    /// <summary>The text of the floors file.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.Append("# Answer-key floors: page, metric, the score it reached (diagnostics: the most allowed). Written by\n");
        text.Append("# AIDIGEST_FLOORS=ratchet|write dotnet test tests/AiDigest.Generators.Tests --filter AnswerKeyTests; never by hand.\n");
        foreach (var (page, floors) in _floors)
        {
            foreach (var (metric, value) in floors) text.Append(page).Append('\t').Append(metric).Append('\t').Append(value.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }

    private static SortedDictionary<string, double> Of(SortedDictionary<string, SortedDictionary<string, double>> floors, string page)
    {
        if (!floors.TryGetValue(page, out var pageFloors)) floors[page] = pageFloors = new SortedDictionary<string, double>(StringComparer.Ordinal);
        return pageFloors;
    }

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
