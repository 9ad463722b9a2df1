using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing.Citations;

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
/// One line of a paper metadata block: <c>论文地址：https://arxiv.org/abs/…</c>, <c>  • Github:…</c>,
/// <c>- 模型：…</c>, <c>Paper: Title (https://…)</c>, <c>论文：Title</c>, or a markdown link such as
/// <c>[📖 arXiv Paper](https://arxiv.org/abs/…)</c>.
/// </summary>
/// <param name="Key">The key as written (or the markdown label).</param>
/// <param name="Value">The text after the colon, trimmed (or the markdown target).</param>
/// <param name="Url">The first URL of the value, if any.</param>
/// <param name="Title">The paper's title when the line names it: a title line, or a paper label followed by a title (with or without a link after it).</param>
/// <param name="ValueColumn">0-based column where the value starts (where it would start, when empty).</param>
internal readonly record struct PaperMetadataLine(PaperField Field, string Key, string Value, string? Url, string? Title, int ValueColumn)
{
    /// <summary>The arXiv id a paper label gives instead of a link (<c>arXiv:2504.15895</c>, <c>论文:arXiv:2504.15895v2</c>, either colon), version dropped.</summary>
    public string? ArxivId { get; init; }

    /// <summary>Whether the line gives something: a link, a title or an arXiv id (else a label that needs a link has none).</summary>
    public bool GivesValue => Url is not null || Title is not null || ArxivId is not null;

    /// <summary>Whether the value says the thing does not exist yet (<c>暂未开源</c>, <c>coming soon</c>, <c>N/A</c>): a statement, not a malformed link.</summary>
    public bool StatesAbsence { get; init; }

    /// <summary>The keys of <see cref="Vocabulary.Metadata"/>, by field: spaces removed, Latin letters lower-cased, folded.</summary>
    private static readonly ImmutableDictionary<string, PaperField> Keys = BuildKeys();

    private static ImmutableDictionary<string, PaperField> BuildKeys()
    {
        var keys = new Dictionary<string, PaperField>(StringComparer.Ordinal);
        void Add(ImmutableArray<string> words, PaperField field)
        {
            foreach (var word in words) keys[word] = field;
        }
        Add(Vocabulary.Metadata.TitleKeys, PaperField.Title);
        Add(Vocabulary.Metadata.PaperKeys, PaperField.Paper);
        Add(Vocabulary.Metadata.CodeKeys, PaperField.Code);
        Add(Vocabulary.Metadata.ProjectKeys, PaperField.Project);
        Add(Vocabulary.Metadata.DemoKeys, PaperField.Demo);
        Add(Vocabulary.Metadata.ModelKeys, PaperField.Model);
        return keys.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// A paper's title on a line of its own, in English, as the first line of a metadata block
    /// (<c>Large Language Diffusion Models</c> over <c>论文链接｜https://…</c>): no CJK, at least six letters,
    /// no URL, not ending a clause.
    /// </summary>
    public static bool IsUnlabelledTitle(string trimmed)
    {
        if (trimmed.Length == 0 || trimmed.Length > 300 || TextShapes.LetterCount(trimmed) < 6) return false;
        foreach (var c in trimmed)
        {
            if (c >= '\u2E80') return false;
        }
        var end = trimmed[trimmed.Length - 1];
        if (end is '.' or ',' or ';' or ':') return false;
        return LinkScanner.FindUrls(trimmed).Count == 0 && !TryParse(trimmed, out _);
    }

    /// <summary>The metadata a block's unlabelled title line gives (see <see cref="IsUnlabelledTitle"/>).</summary>
    public static PaperMetadataLine UnlabelledTitle(string line)
    {
        var start = TextShapes.LeadingSpaces(line);
        var title = TextShapes.Trim(line);
        return new PaperMetadataLine(PaperField.Title, "", title, null, title, start);
    }

    public static bool TryParse(string line, out PaperMetadataLine metadata)
    {
        metadata = default;
        var i = TextShapes.LeadingSpaces(line);
        if (i < line.Length && IsBullet(line, i))
        {
            i++;
            while (i < line.Length && TextShapes.IsSpace(line[i])) i++;
        }

        // 📄 论文地址：…, ▶ Code: …: a pictograph or symbol before the key marks the line, like a bullet.
        var marked = i;
        while (i < line.Length && IsMark(line[i])) i++;
        if (i > marked) while (i < line.Length && TextShapes.IsSpace(line[i])) i++;
        if (i >= line.Length) return false;
        return line[i] == '[' ? TryParseMarkdownLink(line, i, out metadata) : TryParseKeyValue(line, i, out metadata);
    }

    /// <summary>Emoji (surrogate pairs, variation selectors, joiners) and symbols (arrows, stars, triangles, check marks).</summary>
    private static bool IsMark(char c) =>
        char.IsSurrogate(c) || c is '\uFE0F' or '\u200D' || c is >= '\u2190' and <= '\u21FF' || c is >= '\u2500' and <= '\u27BF' || c is >= '\u2B00' and <= '\u2BFF';

    /// <summary>A bar between a key and its link, as Chinese media set them: <c>|</c>, <c>｜</c>, <c>丨</c>.</summary>
    private static bool IsBar(char c) => c is '|' or '\uFF5C' or '\u4E28';

    private static bool StartsWithUrl(string line, int i) =>
        string.CompareOrdinal(line, i, "http://", 0, 7) == 0 || string.CompareOrdinal(line, i, "https://", 0, 8) == 0;

    /// <summary><c>•</c>, <c>●</c>, <c>·</c>, or markdown's <c>-</c> and <c>*</c> followed by a space.</summary>
    private static bool IsBullet(string line, int i) =>
        line[i] is '\u2022' or '\u25CF' or '\u00B7' || (line[i] is '-' or '*' && i + 1 < line.Length && line[i + 1] == ' ');

    /// <summary>The words that name each field in a label, in the order they are tried.</summary>
    private static readonly ImmutableArray<(PaperField Field, ImmutableArray<string> Words)> LabelWords = ImmutableArray.Create(
        (PaperField.Code, Vocabulary.Metadata.CodeWords),
        (PaperField.Demo, Vocabulary.Metadata.DemoWords),
        (PaperField.Model, Vocabulary.Metadata.ModelWords),
        (PaperField.Project, Vocabulary.Metadata.ProjectWords),
        (PaperField.Paper, Vocabulary.Metadata.PaperWords));

    // Declared before KeyStarts, which reads it when the type is initialised.

    /// <summary>The first character (lower-cased) of every key: most lines of prose fail this test at once.</summary>
    private static readonly string KeyStarts = FirstCharacters();

    /// <summary>The longest key, in characters, spaces included (<c>GitHub 地址</c>, <c>Technical Report</c>).</summary>
    private const int MaxKeyLength = 17;

    private static string FirstCharacters()
    {
        var starts = new HashSet<char>();
        foreach (var key in Keys.Keys) starts.Add(key[0]);
        foreach (var (_, words) in LabelWords)
        {
            foreach (var word in words) starts.Add(word[0]);
        }
        var characters = new char[starts.Count];
        starts.CopyTo(characters);
        Array.Sort(characters);
        return new string(characters);
    }

    /// <summary>Whether a colon stands within a variant label's length of <paramref name="start"/>.</summary>
    private static bool HasColonNear(string line, int start)
    {
        for (var j = start + 1; j < line.Length && j - start <= MaxVariantKeyLength + 2; j++)
        {
            if (TextShapes.IsColon(line[j])) return true;
        }
        return false;
    }

    private static bool TryParseKeyValue(string line, int keyStart, out PaperMetadataLine metadata)
    {
        metadata = default;
        // Most lines of prose fail here at once: no key starts so, and no label of a field's word (原论文：…) is near.
        if (KeyStarts.IndexOf(TextShapes.ToLowerInvariant(CharacterFold.Fold(line[keyStart]))) < 0 && !HasColonNear(line, keyStart)) return false;
        var colon = -1;
        for (var j = keyStart; j < line.Length && j - keyStart <= MaxKeyLength; j++)
        {
            if (TextShapes.IsColon(line[j]) || IsBar(line[j]) || IsMark(line[j]))
            {
                colon = j;
                break;
            }
        }
        if (colon < 0) return false;
        var key = TextShapes.Trim(line.Substring(keyStart, colon - keyStart));
        var normalized = NormalizeKey(key);
        var known = Keys.TryGetValue(normalized, out var field);

        var valueStart = colon + 1;
        var pointed = !TextShapes.IsColon(line[colon]);
        while (valueStart < line.Length && (TextShapes.IsSpace(line[valueStart]) || (pointed && (IsMark(line[valueStart]) || IsBar(line[valueStart]))))) valueStart++;

        // 论文链接｜https://…, 项目主页 👉 https://…: a bar or a pointing mark sets a key off only from a link.
        if (pointed && !StartsWithUrl(line, valueStart)) return false;

        // arXiv 版本：https://…, 代码与权重：https://…: a short label that is no key but names a field gives that field's
        // link; 原论文：Title（arXiv:2305.18290）, a paper's id.
        if (!known)
        {
            if (normalized.Length > MaxVariantKeyLength || !IsLabel(normalized) || FieldFromLabel(key) is not { } named) return false;
            var rest = line.Substring(valueStart);
            if (StartsWithUrl(line, valueStart) ? !LinkConfirms(named, rest) : !(named == PaperField.Paper && !TextShapes.ContainsCjk(rest) && FirstArxivMention(rest) is not null)) return false;
            field = named;
        }
        var value = TextShapes.Trim(line.Substring(valueStart));
        var urls = LinkScanner.FindUrls(value);
        var url = urls.Count > 0 ? urls[0].Url : null;
        string? title = null;
        string? mentioned = null;
        if (field == PaperField.Title) title = value.Length > 0 ? Unquote(value) : null;
        else if (field == PaperField.Paper)
        {
            // Title（arXiv:2305.18290）: the title ends where its id begins.
            var end = urls.Count > 0 ? urls[0].Column : value.Length;
            var arxivWord = url is null ? value.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase) : -1;
            if (arxivWord > 0 && FirstArxivMention(value) is { } id)
            {
                end = arxivWord;
                mentioned = id;
            }
            title = TitleBefore(value, end);
        }
        if (url is not null) field = Refine(field, key, url);
        var arxivId = field == PaperField.Paper && url is null ? (title is null ? ArxivIdOf(value) : mentioned) : null;
        var absent = url is null && arxivId is null && NotYetAvailable.Says(value);
        if (absent) title = null;
        metadata = new PaperMetadataLine(field, key, value, url, title, valueStart) { ArxivId = arxivId, StatesAbsence = absent };
        return true;
    }

    /// <summary>A label of letters only that does not end as a clause does (<c>论文地址是</c>: <see cref="Vocabulary.Metadata.ClauseEnds"/>).</summary>
    private static bool IsLabel(string normalized)
    {
        // An empty label (a line that opens with its colon) is no label.
        if (normalized.Length == 0) return false;
        foreach (var c in normalized)
        {
            if (!char.IsLetter(c)) return false;
        }
        return Vocabulary.Metadata.ClauseEnds.IndexOf(normalized[normalized.Length - 1]) < 0;
    }

    /// <summary>
    /// Whether the link after a label that is no key is what the label's word says: a paper (arXiv, a DOI, proceedings),
    /// a code repository, a model on Hugging Face or ModelScope, a demo in a Space, a project on <c>*.github.io</c>.
    /// <c>论文解读：https://zhuanlan.zhihu.com/…</c> names a paper but links a commentary: no metadata.
    /// </summary>
    private static bool LinkConfirms(PaperField field, string value)
    {
        var urls = LinkScanner.FindUrls(value);
        if (urls.Count == 0) return false;
        var url = urls[0].Url;
        var host = Urls.Host(url);
        return field switch
        {
            PaperField.Paper => Urls.IsPaperUrl(url),
            PaperField.Code => Urls.IsCodeUrl(url),
            PaperField.Model => Urls.HostIs(host, "huggingface.co") || Urls.HostIs(host, "hf.co") || Urls.HostIs(host, "modelscope.cn"),
            PaperField.Demo => url.IndexOf("/spaces/", StringComparison.Ordinal) > 0,
            PaperField.Project => Urls.HostIs(host, "github.io"),
            _ => false,
        };
    }

    /// <summary>The first valid id of an <c>arXiv:ID</c> mention in the text, or null.</summary>
    private static string? FirstArxivMention(string text)
    {
        foreach (var mention in ArxivMentions.FindMentions(text))
        {
            if (mention.Id is not null) return mention.Id;
        }
        return null;
    }

    /// <summary>The arXiv id a value is, alone or after <c>arXiv:</c> (either colon) or <c>arXiv </c>: <c>2504.15895</c>, <c>arXiv:2504.15895v2</c>.</summary>
    private static string? ArxivIdOf(string value)
    {
        var text = value;
        if (text.StartsWith("arxiv", StringComparison.OrdinalIgnoreCase) && text.Length > 5 && (TextShapes.IsColon(text[5]) || TextShapes.IsSpace(text[5])))
        {
            text = TextShapes.Trim(text.Substring(6));
        }
        return ArxivIdentifier.TryNormalize(text, out var id) ? id : null;
    }

    /// <summary>
    /// The title a paper label gives before its link, or instead of it: <c>Paper: Title (https://…)</c>,
    /// <c>论文：《Title》</c>. A pointer such as <c>见文末</c> or <c>Coming soon</c> is no title.
    /// </summary>
    private static string? TitleBefore(string value, int end)
    {
        var text = TextShapes.Trim(value.Substring(0, end));
        while (text.Length > 0 && (TextShapes.IsOpeningParenthesis(text[text.Length - 1]) || text[text.Length - 1] is '[' or '<' || TextShapes.IsColon(text[text.Length - 1])))
        {
            text = TextShapes.Trim(text.Substring(0, text.Length - 1));
        }
        text = Unquote(text);
        if (TextShapes.LetterCount(text) < 6 || NotYetAvailable.Says(text)) return null;
        var key = CharacterFold.Key(text);
        foreach (var pointer in Vocabulary.Metadata.PointerValues)
        {
            if (key.StartsWith(pointer, StringComparison.OrdinalIgnoreCase)) return null;
        }
        return text;
    }

    /// <summary>The longest label, spaces removed, that names a field without being a key (<c>arXiv版本</c>, <c>代码与权重</c>).</summary>
    private const int MaxVariantKeyLength = 8;

    /// <summary>A title without the 《》, “” or quotes around it.</summary>
    private static string Unquote(string text)
    {
        if (text.Length >= 2 && TextShapes.IsOpeningQuote(text[0]) && TextShapes.IsClosingQuote(text[text.Length - 1])) return TextShapes.Trim(text.Substring(1, text.Length - 2));
        return text;
    }

    /// <summary><c>项目地址</c> that points into a repository gives the code; a HuggingFace link to a Space gives a demo.</summary>
    private static PaperField Refine(PaperField field, string key, string url)
    {
        if (field == PaperField.Project && Urls.IsCodeUrl(url) && (CharacterFold.StartsWith(key, "项目") || key.Equals("project", StringComparison.OrdinalIgnoreCase))) return PaperField.Code;
        if (field == PaperField.Model && url.IndexOf("huggingface.co/spaces/", StringComparison.Ordinal) >= 0) return PaperField.Demo;
        return field;
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
        metadata = new PaperMetadataLine(field.Value, label, url, url, null, close + 2 + urls[0].Column);
        return true;
    }

    private static string NormalizeKey(string key)
    {
        var chars = new char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if (!TextShapes.IsSpace(c)) chars[length++] = TextShapes.ToLowerInvariant(CharacterFold.Fold(c));
        }
        return new string(chars, 0, length);
    }

    /// <summary>Whether a markdown link's text is a field's label (<c>📖 arXiv Paper</c>, <c>Code</c>) rather than a work's title: short, and naming a field.</summary>
    public static bool LabelNamesField(string label) => !TextShapes.IsWiderThan(label, MaxFieldLabelWidth) && FieldFromLabel(label) is not null;

    /// <summary>The widest markdown label that names a field, in CJK characters; a wider one is a title.</summary>
    private const double MaxFieldLabelWidth = 10;

    private static PaperField? FieldFromLabel(string label)
    {
        // Ordinal searches ignoring case rather than a lower-cased copy: that would be an ICU call for every CJK label.
        var key = CharacterFold.Key(label);
        foreach (var (field, words) in LabelWords)
        {
            foreach (var word in words)
            {
                if (key.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return field;
            }
        }
        return null;
    }

    private static PaperField? FieldFromUrl(string url)
    {
        var host = Urls.Host(url);
        if (host.EndsWith("arxiv.org", StringComparison.Ordinal) || Urls.IsPaperUrl(url)) return PaperField.Paper;
        if (Urls.IsCodeUrl(url)) return PaperField.Code;
        if (host == "github.com") return PaperField.Code;
        if (host.EndsWith("github.io", StringComparison.Ordinal)) return PaperField.Project;
        if (host == "huggingface.co") return url.IndexOf("/spaces/", StringComparison.Ordinal) >= 0 ? PaperField.Demo : PaperField.Model;
        return null;
    }
}
