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
        var text = Normalize(seed);
        var builder = new StringBuilder(text.Length * pages + pages * 64);
        for (var page = 1; page <= pages; page++)
        {
            builder.Append(page == 1 ? text : RetitlePage(text, page));
        }
        return builder.ToString();
    }

    /// <summary>Page <paramref name="page"/> (1-based) on its own: what one file of an archive that grows a file per page holds.</summary>
    public static string Page(string seed, int page)
    {
        if (page < 1) throw new ArgumentOutOfRangeException(nameof(page), page, "pages count from 1");
        var text = Normalize(seed);
        return page == 1 ? text : RetitlePage(text, page);
    }

    private static string Normalize(string seed)
    {
        var text = seed.TrimStart('\uFEFF').Replace("\r\n", "\n");
        return text.EndsWith('\n') ? text : text + "\n";
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

    /// <summary>
    /// <c>&lt;seed.txt&gt; &lt;pages&gt; &lt;out.txt&gt;</c> writes one N-page archive; <c>&lt;seed.txt&gt; &lt;first&gt;-&lt;last&gt; &lt;folder&gt;</c>
    /// writes those pages as files <c>page-001.txt</c>… into the folder, one file per page.
    /// </summary>
    public static int Main(string[] args)
    {
        var dash = args.Length == 3 ? args[1].IndexOf('-') : -1;
        if (dash > 0 && int.TryParse(args[1].Substring(0, dash), out var first) && int.TryParse(args[1].Substring(dash + 1), out var last))
        {
            var seed = System.IO.File.ReadAllText(args[0]);
            System.IO.Directory.CreateDirectory(args[2]);
            for (var page = first; page <= last; page++)
            {
                System.IO.File.WriteAllText(System.IO.Path.Combine(args[2], $"page-{page:D3}.txt"), Page(seed, page), new UTF8Encoding(false));
            }
            Console.WriteLine($"{args[2]}: pages {first} to {last}, one file each");
            return 0;
        }
        if (args.Length != 3 || !int.TryParse(args[1], out var pages))
        {
            Console.Error.WriteLine("usage: AiDigest.Generators.ScaleFixture <seed.txt> <pages> <out.txt> | <seed.txt> <first>-<last> <folder>");
            return 2;
        }
        var archive = Synthesize(System.IO.File.ReadAllText(args[0]), pages);
        System.IO.File.WriteAllText(args[2], archive, new UTF8Encoding(false));
        Console.WriteLine($"{args[2]}: {pages} pages, {Encoding.UTF8.GetByteCount(archive):N0} bytes");
        return 0;
    }
}
