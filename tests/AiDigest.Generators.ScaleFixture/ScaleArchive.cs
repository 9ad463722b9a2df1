using System;
using System.Text;

namespace AiDigest.Generators.ScaleFixture;

/// <summary>
/// Synthesises an N-page archive from a one-page seed, the way a user's archive grows: page after page, each with
/// its header, its articles and its footer. Titles (and so ids and named members) are made distinct per page, and
/// so is every long paragraph (a page tag inside it), so that no storage can pass off 100 pages as one page
/// repeated. Headings, captions, metadata, references and links keep the seed's text, so every page has the
/// seed's structure.
/// </summary>
public static class ScaleArchive
{
    public static string Synthesize(string seed, int pages)
    {
        if (pages < 1) throw new ArgumentOutOfRangeException(nameof(pages), pages, "at least one page");
        var text = seed.TrimStart('\uFEFF').Replace("\r\n", "\n");
        if (!text.EndsWith('\n')) text += "\n";
        var builder = new StringBuilder(text.Length * pages + pages * 64);
        for (var page = 1; page <= pages; page++)
        {
            builder.Append(page == 1 ? text : RetitlePage(text, page));
        }
        return builder.ToString();
    }

    /// <summary><c>#Title</c> → <c>#Title · p2</c> on every article start (a title line after a separator, or the first).</summary>
    private static string RetitlePage(string text, int page)
    {
        var lines = text.Split('\n');
        var atBoundary = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim() == "....") atBoundary = true;
            else if (atBoundary && line.StartsWith('#'))
            {
                lines[i] = line.TrimEnd(' ', '\u00A0') + " · p" + page;
                atBoundary = false;
            }
            else if (IsLongProse(line))
            {
                lines[i] = line.Substring(0, 12) + "〔第" + page + "页〕" + line.Substring(12);
            }
        }
        return string.Join("\n", lines);
    }

    /// <summary>A paragraph long enough never to be anything but prose, with no URL to disturb.</summary>
    private static bool IsLongProse(string line)
    {
        if (line.Length < 60 || line.Contains("http", StringComparison.OrdinalIgnoreCase) || char.IsWhiteSpace(line[0])) return false;
        var cjk = 0;
        foreach (var c in line)
        {
            if (c >= '\u4E00' && c <= '\u9FFF') cjk++;
        }
        return cjk >= 30;
    }

    public static int Main(string[] args)
    {
        if (args.Length != 3 || !int.TryParse(args[1], out var pages))
        {
            Console.Error.WriteLine("usage: AiDigest.Generators.ScaleFixture <seed.txt> <pages> <out.txt>");
            return 2;
        }
        var archive = Synthesize(System.IO.File.ReadAllText(args[0]), pages);
        System.IO.File.WriteAllText(args[2], archive, new UTF8Encoding(false));
        Console.WriteLine($"{args[2]}: {pages} pages, {Encoding.UTF8.GetByteCount(archive):N0} bytes");
        return 0;
    }
}
