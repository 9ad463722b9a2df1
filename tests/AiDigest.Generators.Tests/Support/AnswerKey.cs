using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace AiDigest.Generators.Tests.Support;

/// <summary>A page read by a person: the facts of each article as listed in a <c>*.key</c> file (format: <c>Fixtures/README.md</c>).</summary>
internal sealed class AnswerKey
{
    public List<KeyArticle> Articles { get; } = new();

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static AnswerKey Load(string keyFile)
    {
        var key = new AnswerKey();
        KeyArticle? article = null;
        var number = 0;
        foreach (var raw in File.ReadAllLines(FixturePath(keyFile)))
        {
            number++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
            var (head, values) = SplitValues(line);
            var words = head.Split(' ');
            try
            {
                if (words[0] == "article")
                {
                    article = new KeyArticle(Int(words[1]), Int(words[2]), Rest(head, 3));
                    key.Articles.Add(article);
                    continue;
                }
                if (article is null) throw new FormatException("a fact before the first article");
                switch (words[0])
                {
                    case "lede":
                        article.Lede = words[1] == "none" ? null : Int(words[1]);
                        break;
                    case "section":
                        article.Sections.Add(new KeySection(Int(words[1]), Int(words[2]), words[3] == "-" ? null : Int(words[3]), Rest(head, 4)));
                        break;
                    case "figure":
                        article.Figures.Add(new KeyFigure(Int(words[1]), values.Count > 0 ? values[0] : null));
                        break;
                    case "video":
                        article.Videos.Add(new KeyVideo(Int(words[1]), words[2]));
                        break;
                    case "code":
                        article.CodeBlocks.Add(new KeyCode(Int(words[1]), Int(words[2]), words[3] == "-" ? null : words[3]));
                        break;
                    case "reference":
                        article.References.Add(new KeyReference(Int(words[1]), words[2] == "-" ? null : words[2], Named(values, "url"), Named(values, "arxiv")));
                        break;
                    case "paper":
                        var title = Rest(head, 1);
                        article.Papers.Add(new KeyPaper(
                            title == "-" ? null : title, Named(values, "arxiv"), Named(values, "paper"), Named(values, "code"),
                            Named(values, "project"), Named(values, "demo"), Named(values, "model")));
                        break;
                    case "link":
                        article.Links.Add(new KeyLink(Int(words[1]), words[2]));
                        break;
                    default:
                        throw new FormatException("unknown fact '" + words[0] + "'");
                }
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException)
            {
                throw new FormatException(keyFile + " line " + number + ": " + e.Message, e);
            }
        }
        return key;
    }

    private static (string Head, List<string> Values) SplitValues(string line)
    {
        var parts = line.Split(new[] { " | " }, StringSplitOptions.None);
        return (parts[0], parts.Skip(1).ToList());
    }

    private static string? Named(List<string> values, string name) =>
        values.Where(v => v.StartsWith(name + "=", StringComparison.Ordinal)).Select(v => v.Substring(name.Length + 1)).SingleOrDefault();

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The text after the first <paramref name="words"/> words.</summary>
    private static string Rest(string head, int words)
    {
        var at = 0;
        for (var i = 0; i < words; i++)
        {
            at = head.IndexOf(' ', at);
            if (at < 0) return string.Empty;
            at++;
        }
        return head.Substring(at);
    }
}

internal sealed class KeyArticle(int line, int endLine, string title)
{
    public int Line => line;

    public int EndLine => endLine;

    public string Title => title;

    public int? Lede { get; set; }

    public List<KeySection> Sections { get; } = new();

    public List<KeyFigure> Figures { get; } = new();

    public List<KeyVideo> Videos { get; } = new();

    public List<KeyCode> CodeBlocks { get; } = new();

    public List<KeyReference> References { get; } = new();

    public List<KeyPaper> Papers { get; } = new();

    public List<KeyLink> Links { get; } = new();
}

internal sealed record KeySection(int Line, int Level, int? ParentLine, string Heading);

internal sealed record KeyFigure(int Line, string? Caption);

internal sealed record KeyVideo(int Line, string Duration);

internal sealed record KeyCode(int Line, int EndLine, string? Language);

internal sealed record KeyReference(int Line, string? Marker, string? Url, string? ArxivId);

internal sealed record KeyPaper(string? Title, string? ArxivId, string? PaperUrl, string? CodeUrl, string? ProjectUrl, string? DemoUrl, string? ModelUrl);

internal sealed record KeyLink(int Line, string Url);
