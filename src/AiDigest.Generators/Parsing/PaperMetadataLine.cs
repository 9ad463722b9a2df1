using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing;

/// <summary>Which fact about a paper a metadata line gives.</summary>
internal enum PaperField
{
    Title,
    Paper,
    Code,
    Project,
    Demo,
    Model,
}

/// <summary>
/// One line of a paper metadata block: <c>论文地址:https://arxiv.org/abs/…</c>, <c>  • Github:…</c>,
/// or a markdown link such as <c>[📖 arXiv Paper](https://arxiv.org/abs/…)</c>.
/// </summary>
/// <param name="Key">The key as written (or the markdown label).</param>
/// <param name="Value">The text after the colon, trimmed (or the markdown target).</param>
/// <param name="ValueColumn">0-based column where the value starts (where it would start, when empty).</param>
internal readonly record struct PaperMetadataLine(PaperField Field, string Key, string Value, string? Url, int ValueColumn)
{
    /// <summary>Keys with spaces removed and Latin letters lower-cased.</summary>
    private static readonly ImmutableDictionary<string, PaperField> Keys = new Dictionary<string, PaperField>(StringComparer.Ordinal)
    {
        ["论文标题"] = PaperField.Title, ["论文名称"] = PaperField.Title, ["论文题目"] = PaperField.Title,
        ["papertitle"] = PaperField.Title, ["title"] = PaperField.Title,
        ["论文链接"] = PaperField.Paper, ["论文地址"] = PaperField.Paper, ["论文网址"] = PaperField.Paper,
        ["arxiv地址"] = PaperField.Paper, ["arxiv链接"] = PaperField.Paper, ["arxiv"] = PaperField.Paper,
        ["paper"] = PaperField.Paper, ["paperlink"] = PaperField.Paper, ["技术报告"] = PaperField.Paper,
        ["论文"] = PaperField.Paper, ["pdf"] = PaperField.Paper,
        ["代码链接"] = PaperField.Code, ["代码地址"] = PaperField.Code, ["代码"] = PaperField.Code,
        ["论文代码"] = PaperField.Code, ["项目代码"] = PaperField.Code, ["开源地址"] = PaperField.Code,
        ["开源代码"] = PaperField.Code, ["仓库地址"] = PaperField.Code, ["github"] = PaperField.Code,
        ["github地址"] = PaperField.Code, ["github链接"] = PaperField.Code, ["github仓库"] = PaperField.Code,
        ["code"] = PaperField.Code,
        ["项目主页"] = PaperField.Project, ["论文主页"] = PaperField.Project, ["项目地址"] = PaperField.Project,
        ["项目链接"] = PaperField.Project, ["项目网站"] = PaperField.Project, ["projectpage"] = PaperField.Project,
        ["project"] = PaperField.Project, ["homepage"] = PaperField.Project,
        ["demo"] = PaperField.Demo, ["demo地址"] = PaperField.Demo, ["demo链接"] = PaperField.Demo,
        ["在线demo"] = PaperField.Demo, ["在线体验"] = PaperField.Demo,
        ["模型链接"] = PaperField.Model, ["模型地址"] = PaperField.Model, ["模型下载"] = PaperField.Model,
        ["huggingface"] = PaperField.Model, ["model"] = PaperField.Model,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    public static bool TryParse(string line, out PaperMetadataLine metadata)
    {
        metadata = default;
        var i = TextShapes.LeadingSpaces(line);
        if (i < line.Length && line[i] == '•')
        {
            i++;
            while (i < line.Length && TextShapes.IsSpace(line[i])) i++;
        }
        if (i >= line.Length) return false;
        return line[i] == '[' ? TryParseMarkdownLink(line, i, out metadata) : TryParseKeyValue(line, i, out metadata);
    }

    /// <summary>The first character (lower-cased) of every key: most lines of prose fail this test at once.</summary>
    private static readonly string KeyStarts = FirstCharacters();

    /// <summary>The longest key, in characters, spaces included (<c>GitHub 地址</c>, <c>Project Page</c>).</summary>
    private const int MaxKeyLength = 16;

    private static string FirstCharacters()
    {
        var starts = new HashSet<char>();
        foreach (var key in Keys.Keys) starts.Add(key[0]);
        var characters = new char[starts.Count];
        starts.CopyTo(characters);
        Array.Sort(characters);
        return new string(characters);
    }

    private static bool TryParseKeyValue(string line, int keyStart, out PaperMetadataLine metadata)
    {
        metadata = default;
        if (KeyStarts.IndexOf(TextShapes.ToLowerInvariant(line[keyStart])) < 0) return false;
        var colon = -1;
        for (var j = keyStart; j < line.Length && j - keyStart <= MaxKeyLength; j++)
        {
            if (TextShapes.IsColon(line[j]))
            {
                colon = j;
                break;
            }
        }
        if (colon < 0) return false;
        var key = TextShapes.Trim(line.Substring(keyStart, colon - keyStart));
        if (!Keys.TryGetValue(NormalizeKey(key), out var field)) return false;

        var valueStart = colon + 1;
        while (valueStart < line.Length && TextShapes.IsSpace(line[valueStart])) valueStart++;
        var value = TextShapes.Trim(line.Substring(valueStart));
        var urls = LinkScanner.FindUrls(line.Substring(valueStart));
        metadata = new PaperMetadataLine(field, key, value, urls.Count > 0 ? urls[0].Url : null, valueStart);
        return true;
    }

    private static bool TryParseMarkdownLink(string line, int open, out PaperMetadataLine metadata)
    {
        metadata = default;
        var close = line.IndexOf("](", open, StringComparison.Ordinal);
        if (close < 0) return false;
        var label = TextShapes.Trim(line.Substring(open + 1, close - open - 1));
        var urls = LinkScanner.FindUrls(line.Substring(close + 2));
        if (urls.Count == 0) return false;
        var url = urls[0].Url;
        var field = FieldFromLabel(label) ?? FieldFromUrl(url);
        if (field is null) return false;
        metadata = new PaperMetadataLine(field.Value, label, url, url, close + 2 + urls[0].Column);
        return true;
    }

    private static string NormalizeKey(string key)
    {
        var chars = new char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if (!TextShapes.IsSpace(c)) chars[length++] = TextShapes.ToLowerInvariant(c);
        }
        return new string(chars, 0, length);
    }

    private static PaperField? FieldFromLabel(string label)
    {
        // Ordinal searches ignoring case rather than a lower-cased copy: that would be an ICU call for every CJK label.
        foreach (var (field, words) in LabelWords)
        {
            foreach (var word in words)
            {
                if (label.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return field;
            }
        }
        return null;
    }

    /// <summary>The words that name each field in a label, in the order they are tried.</summary>
    private static readonly ImmutableArray<(PaperField Field, ImmutableArray<string> Words)> LabelWords = ImmutableArray.Create(
        (PaperField.Code, ImmutableArray.Create("code", "代码", "github")),
        (PaperField.Demo, ImmutableArray.Create("demo", "体验")),
        (PaperField.Model, ImmutableArray.Create("model", "模型", "weights", "checkpoint")),
        (PaperField.Project, ImmutableArray.Create("project", "homepage", "主页")),
        (PaperField.Paper, ImmutableArray.Create("paper", "arxiv", "论文", "pdf")));

    private static PaperField? FieldFromUrl(string url)
    {
        var host = Urls.Host(url);
        if (host.EndsWith("arxiv.org", StringComparison.Ordinal)) return PaperField.Paper;
        if (host == "github.com") return PaperField.Code;
        if (host.EndsWith("github.io", StringComparison.Ordinal)) return PaperField.Project;
        if (host == "huggingface.co") return url.IndexOf("/spaces/", StringComparison.Ordinal) >= 0 ? PaperField.Demo : PaperField.Model;
        return null;
    }
}
