using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// What code looks like in a scraped article, line by line: the lines that open a block (a markdown fence, or the
/// first line of a shell session, a Python, JavaScript, C-family, Go, Rust, SQL, JSON, YAML, TOML/INI, .env,
/// nginx, Dockerfile, BibTeX, LaTeX or mermaid snippet), the lines that go on with one, and the language a reader
/// would name. A block ends where prose resumes: Chinese text outside strings and comments, or an English sentence.
/// </summary>
internal static class CodeShapes
{
    /// <summary>A markdown fence (three or more backticks or tildes), with the info string after it.</summary>
    public static bool IsFence(string line, out string info)
    {
        info = string.Empty;
        var start = TextShapes.LeadingSpaces(line);

        // Most lines are ruled out by their first character, before any copy is made.
        if (line.Length - start < 3 || line[start] is not ('`' or '~')) return false;
        var t = TextShapes.Trim(line);
        var marks = 0;
        while (marks < t.Length && t[marks] == t[0]) marks++;
        if (marks < 3) return false;
        info = TextShapes.Trim(t.Substring(marks));
        return info.IndexOf('`') < 0;
    }

    /// <summary>The language named by a fence's info string (<c>```bash</c> → <c>shell</c>); null when it names none.</summary>
    public static string? LanguageOfFence(string info)
    {
        if (info.Length == 0) return null;
        var end = 0;
        while (end < info.Length && !TextShapes.IsSpace(info[end]) && info[end] != '{') end++;
        var tag = info.Substring(0, end).ToLowerInvariant();
        return Vocabulary.Code.FenceTags.TryGetValue(tag, out var language) ? language : tag.Length > 0 && IsWord(tag) ? tag : null;
    }


    /// <summary>
    /// Whether <paramref name="line"/> opens a block of code, and in which language (null when the code's language
    /// cannot be told). <paramref name="next"/> is the next non-blank line, or null: YAML, TOML, INI, .env and JSON
    /// show themselves only over two lines.
    /// </summary>
    public static bool StartsCode(string line, string? next, out string? language)
    {
        language = null;
        var start = TextShapes.LeadingSpaces(line);

        // Every opening starts with an ASCII character: a line of Chinese text is ruled out before any copy is made.
        if (start == line.Length || line[start] > '~') return false;
        var t = TextShapes.Trim(line);
        if (IsFence(t, out var info))
        {
            language = LanguageOfFence(info);
            return true;
        }
        if (HasProse(t) && !(t[0] == '#' && t.Length > 1 && t[1] == ' ')) return false;
        language = Opening(t, next is null ? null : TextShapes.Trim(next));
        return language is not null;
    }

    /// <summary>The language the first line of a block shows, "" for code of no nameable language, null for no code.</summary>
    private static string? Opening(string t, string? next)
    {
        switch (t[0])
        {
            case '$':
                if (t == "$$" || FormulaShapes.IsOneLineDisplay(t)) return "latex";
                return t.Length > 2 && t[1] == ' ' && !HasProse(t) ? "shell" : null;
            case '#':
                if (IsPreprocessorDirective(t)) return t.StartsWith("#include", StringComparison.Ordinal) && !t.Contains(".h>") && !t.Contains(".h\"") ? "cpp" : "c";
                if (t.StartsWith("#[", StringComparison.Ordinal) || t.StartsWith("#![", StringComparison.Ordinal)) return "rust";
                if (t.StartsWith("#!/", StringComparison.Ordinal)) return "shell";

                // A comment opens a block only when code follows it ("# 检查 GPU" above "import torch").
                if (t.Length > 1 && t[1] == ' ' && next is not null && !HasProse(next) && next[0] != '#' && Opening(next, null) is { } following) return following;
                return null;
            case '@':
                if (IsBibTexEntry(t)) return "bibtex";
                return next is not null && (next.StartsWith("def ", StringComparison.Ordinal) || next.StartsWith("class ", StringComparison.Ordinal) || next.StartsWith("async def ", StringComparison.Ordinal)) && IsIdentifierStart(t, 1) ? "python" : null;
            case '\\':
                return t.StartsWith("\\begin{", StringComparison.Ordinal) || t == "\\[" || FormulaShapes.IsOneLineDisplay(t) ? "latex" : null;
            case '-':
                return t.StartsWith("--- ", StringComparison.Ordinal) && next is not null && next.StartsWith("+++ ", StringComparison.Ordinal) ? "diff" : null;
            case '>':
                return IsPythonPrompt(t) ? "python" : null;
            case '{':
                if (t == "{") return next is not null && next.Length > 0 && next[0] == '"' ? "json" : null;
                return t.StartsWith("{\"", StringComparison.Ordinal) ? "json" : null;
            case '[':
                if (t == "[" || t.StartsWith("[{", StringComparison.Ordinal) || t.StartsWith("[\"", StringComparison.Ordinal)) return next is null || next[0] is '{' or '"' or ']' ? "json" : null;
                return IsSectionHeader(t) && next is not null && IsKeyEquals(next) ? "toml" : null;
        }
        if (t[0] is >= 'A' and <= 'Z') return UpperCaseOpening(t, next);
        if (t[0] is >= 'a' and <= 'z' or '_') return LowerCaseOpening(t, next);
        return null;
    }

    private static string? UpperCaseOpening(string t, string? next)
    {
        var word = FirstWord(t);
        if (Vocabulary.Code.SqlOpenings.Contains(word) && SecondWordIsCode(t, word)) return "sql";
        if (word == "FROM" && IsDockerImage(t)) return "dockerfile";
        if (IsEnvLine(t) && (next is null || IsEnvLine(next) || !HasProse(next))) return "dotenv";
        return null;
    }

    private static string? LowerCaseOpening(string t, string? next)
    {
        var word = FirstWord(t);
        switch (word)
        {
            case "diff":
                return t.StartsWith("diff --git ", StringComparison.Ordinal) ? "diff" : null;
            case "from":
                return t.Contains(" import ") ? "python" : null;
            case "import":
                if (t.Contains(" from ") && (t.Contains("'") || t.Contains("\""))) return "javascript";
                if (t.StartsWith("import {", StringComparison.Ordinal)) return "javascript";
                if (t.StartsWith("import (", StringComparison.Ordinal) || t.StartsWith("import \"", StringComparison.Ordinal)) return "go";
                if (t.StartsWith("import java", StringComparison.Ordinal)) return "java";
                return t.Length > 7 && IsIdentifierStart(t, 7) && IsImportList(t, 7) ? "python" : null;
            case "def":
            case "class":
                return t.Length > word.Length + 1 && IsIdentifierStart(t, word.Length + 1) && (t.EndsWith(":", StringComparison.Ordinal) || t.Contains("(")) ? "python" : null;
            case "async":
                return t.StartsWith("async def ", StringComparison.Ordinal) ? "python" : t.StartsWith("async fn ", StringComparison.Ordinal) ? "rust" : null;
            case "print":
                return t.StartsWith("print(", StringComparison.Ordinal) ? "python" : null;
            case "if":
                return t.StartsWith("if __name__", StringComparison.Ordinal) ? "python" : null;
            case "const":
            case "let":
            case "var":
                if (t.StartsWith("let mut ", StringComparison.Ordinal)) return "rust";
                return t.Length > word.Length + 1 && IsIdentifierStart(t, word.Length + 1) && t.Contains("=") ? "javascript" : null;
            case "function":
                return t.Contains("(") ? "javascript" : null;
            case "export":
                return t.StartsWith("export default ", StringComparison.Ordinal) || t.StartsWith("export const ", StringComparison.Ordinal)
                    || t.StartsWith("export function ", StringComparison.Ordinal) ? "javascript" : IsShellCommand(t, word) ? "shell" : null;
            case "console":
                return t.StartsWith("console.", StringComparison.Ordinal) ? "javascript" : null;
            case "package":
                if (t.EndsWith(";", StringComparison.Ordinal) && t.Contains(".")) return "java";
                return t.Length > 8 && IsWord(t.Substring(8)) ? "go" : null;
            case "func":
                return t.Contains("(") ? "go" : null;
            case "type":
                return IsGoTypeDeclaration(t) ? "go" : null;
            case "use":
                return t.Contains("::") && t.EndsWith(";", StringComparison.Ordinal) ? "rust" : null;
            case "fn":
            case "pub":
            case "impl":
            case "mod":
                return (t.StartsWith("fn ", StringComparison.Ordinal) || t.StartsWith("pub fn ", StringComparison.Ordinal) || t.StartsWith("impl ", StringComparison.Ordinal)
                    || (t.StartsWith("mod ", StringComparison.Ordinal) && t.EndsWith(";", StringComparison.Ordinal))) && (t.Contains("(") || t.Contains("{") || t.EndsWith(";", StringComparison.Ordinal)) ? "rust" : null;
            case "public":
                return t.StartsWith("public class ", StringComparison.Ordinal) || t.StartsWith("public static ", StringComparison.Ordinal) ? "java" : null;
            case "template":
                return t.StartsWith("template <", StringComparison.Ordinal) || t.StartsWith("template<", StringComparison.Ordinal) ? "cpp" : null;
            case "server":
            case "http":
            case "events":
            case "stream":
            case "upstream":
            case "location":
                return t.EndsWith("{", StringComparison.Ordinal) ? "nginx" : null;
            case "graph":
            case "flowchart":
            case "sequenceDiagram":
            case "classDiagram":
            case "stateDiagram":
            case "stateDiagram-v2":
            case "gantt":
            case "erDiagram":
            case "mindmap":
            case "pie":
            case "journey":
                return IsDiagramOpening(t) ? "mermaid" : null;
        }
        if (Vocabulary.Code.ShellCommands.Contains(word) && IsShellCommand(t, word)) return "shell";
        if (IsCSignature(t)) return t.Contains("std::") || t.Contains("::") ? "cpp" : "c";
        if (IsYamlKey(t) && next is not null && (IsYamlKey(next) || next.StartsWith("- ", StringComparison.Ordinal))) return "yaml";
        if (IsKeyEquals(t) && next is not null && (IsKeyEquals(next) || IsSectionHeader(next))) return "toml";
        if (IsAssignment(t)) return "python";
        return null;
    }

    /// <summary>
    /// Whether <paramref name="line"/> goes on with a block of <paramref name="language"/> (null: a block whose
    /// language is not known): blank lines, comments, indented lines, closing brackets, the language's own shapes,
    /// and lines with code punctuation that are not prose.
    /// </summary>
    public static bool ContinuesCode(string line, string? language)
    {
        if (TextShapes.IsBlank(line)) return true;
        var t = TextShapes.Trim(line);
        if (t[0] is '\u2022' or '\u25CF' or '\u25AA' or '\u25E6') return false;
        var indented = line[0] is ' ' or '\t';
        if (HasProse(t))
        {
            // Text outside strings and comments: prose, but for the values of a configuration and a diagram's labels.
            return language switch
            {
                "yaml" => IsYamlKey(t) || t.StartsWith("- ", StringComparison.Ordinal),
                "toml" or "ini" => IsKeyEquals(t),
                "mermaid" => indented,
                _ => false,
            };
        }
        if (IsComment(t)) return true;
        if (IsClosingBrackets(t)) return true;
        switch (language)
        {
            case "shell":
                if (t[0] == '$' || t.EndsWith("\\", StringComparison.Ordinal) || Vocabulary.Code.ShellCommands.Contains(FirstWord(t)) && IsShellCommand(t, FirstWord(t))) return true;
                break;
            case "sql":
                if (t[0] is >= 'A' and <= 'Z' && Vocabulary.Code.SqlClauses.Contains(FirstWord(t))) return true;
                break;
            case "dockerfile":
                if (Vocabulary.Code.DockerInstructions.Contains(FirstWord(t))) return true;
                break;
            case "yaml":
                if (IsYamlKey(t) || t.StartsWith("- ", StringComparison.Ordinal) || t == "---") return true;
                break;
            case "toml":
            case "ini":
                if (IsKeyEquals(t) || IsSectionHeader(t)) return true;
                break;
            case "dotenv":
                if (IsEnvLine(t)) return true;
                break;
            case "latex":
                return true;
            case "diff":
                if (CodeEvidence.IsDiffLine(line)) return true;
                break;
            case "makefile":
                if (line[0] == '\t' || CodeEvidence.IsMakeLine(t)) return true;
                break;
            case "powershell":
                if (CodeEvidence.IsPowerShellLine(t)) return true;
                break;
            case "mermaid":
                // A diagram's statements are indented under its opening line, and may read like words ("participant V as vLLM").
                if (indented) return true;
                break;
        }
        if (Opening(t, null) is not null) return true;
        if (IsEnglishProse(t)) return false;
        if (indented) return true;
        if (t is "end" or "pass" or "else" or "fi" or "done" or "---") return true;
        return TextShapes.IndexOfAny(t, CodePunctuation) >= 0 && !LinkScanner.IsUrlOnly(t);
    }

    /// <summary>The language a whole block shows, once its lines are known: a finer guess than its first line gives.</summary>
    public static string? Refine(string? language, IReadOnlyList<string> lines)
    {
        switch (language)
        {
            case "javascript":
                foreach (var line in lines)
                {
                    if (line.Contains("interface ") || line.Contains(": string") || line.Contains(": number") || line.Contains("type ") && line.Contains(" = {")) return "typescript";
                }
                return language;
            case "toml":
                foreach (var line in lines)
                {
                    var t = TextShapes.Trim(line);
                    if (IsKeyEquals(t) && !IsTomlValue(TextShapes.Trim(t.Substring(t.IndexOf('=') + 1)))) return "ini";
                }
                return language;
            case "c":
                foreach (var line in lines)
                {
                    if (line.Contains("std::") || line.Contains("<vector>") || line.Contains("<iostream>") || line.Contains("template")) return "cpp";
                }
                return language;
            default:
                return language;
        }
    }

    private const string CodePunctuation = "()[]{}=;,'\"<>";

    /// <summary>
    /// <c>#include &lt;vector&gt;</c>, <c>#define N 10</c>, <c>#pragma once</c>: a preprocessor line, which starts with <c>#</c>
    /// like an article title but is code. The directive is lower case and followed by a space, <c>&lt;</c>, <c>"</c> or nothing.
    /// </summary>
    public static bool IsPreprocessorDirective(string t)
    {
        if (t.Length < 3 || t[0] != '#') return false;
        foreach (var directive in Vocabulary.Code.PreprocessorDirectives)
        {
            if (string.CompareOrdinal(t, 1, directive, 0, directive.Length) != 0) continue;
            var after = 1 + directive.Length;
            if (after == t.Length || t[after] is ' ' or '\t' or '<' or '"') return true;
        }
        return false;
    }

    private static bool IsComment(string t) =>
        t[0] == '#' || t.StartsWith("//", StringComparison.Ordinal) || t.StartsWith("--", StringComparison.Ordinal) || t.StartsWith("%%", StringComparison.Ordinal)
        || t.StartsWith("/*", StringComparison.Ordinal) || t.StartsWith("*", StringComparison.Ordinal) || t.StartsWith("<!--", StringComparison.Ordinal) || t[0] == ';';

    private static bool IsClosingBrackets(string t)
    {
        foreach (var c in t)
        {
            if (c is not ('}' or ']' or ')' or ';' or ',' or ' ')) return false;
        }
        return true;
    }

    /// <summary>Chinese text (or full-width punctuation) outside string literals and comments: prose, not code.</summary>
    public static bool HasProse(string t)
    {
        var quote = '\0';
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }
            if (c == '"' || (c is '\'' or '`' && (i == 0 || !char.IsLetterOrDigit(t[i - 1]))))
            {
                quote = c;
                continue;
            }
            if (c == '#' && (i == 0 || t[i - 1] == ' ')) return false;
            if (i == 0 && t.StartsWith("-- ", StringComparison.Ordinal)) return false;
            if (c == '/' && i + 1 < t.Length && t[i + 1] == '/' && (i == 0 || t[i - 1] == ' ')) return false;
            if (c > '\u2E80' && (TextShapes.IsCjk(c) || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF')) return true;
        }
        return false;
    }

    /// <summary>
    /// A Python REPL prompt with a statement after it (<c>&gt;&gt;&gt; import openai</c>, <c>&gt;&gt;&gt; x.__version__</c>):
    /// the statement opens code or holds code punctuation. <c>&gt;&gt;&gt; Key results</c> (words) is no prompt.
    /// </summary>
    private static bool IsPythonPrompt(string t)
    {
        if (!t.StartsWith(">>> ", StringComparison.Ordinal)) return false;
        var statement = TextShapes.Trim(t.Substring(4));
        if (statement.Length == 0 || IsEnglishProse(statement)) return false;
        return Opening(statement, null) is not null || TextShapes.IndexOfAny(statement, CodePunctuation) >= 0 || statement.IndexOf('.') > 0 || statement.IndexOf('_') >= 0;
    }

    /// <summary>An English sentence: four or more words, nearly all letters, no code operators.</summary>
    public static bool IsEnglishProse(string t)
    {
        var words = 1;
        var letters = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (c > '~' && c is not ('\u2018' or '\u2019' or '\u201C' or '\u201D')) return false;
            if (c == ' ') words++;
            else if (char.IsLetter(c)) letters++;
            else if (c is '=' or '{' or '}' or '<' or '>' or '|' or '\\' or '_' or '$' or '@' or '`' or '[' or ']' or '*' or '#') return false;
            else if (c == '(' && i > 0 && char.IsLetterOrDigit(t[i - 1])) return false;
        }
        if (t.EndsWith(";", StringComparison.Ordinal) || t.EndsWith("{", StringComparison.Ordinal) || CodeEvidence.HasOption(t)) return false;
        return words >= 4 && letters >= (t.Length - words) * 0.7;
    }

    /// <summary>
    /// A command line: a command and arguments that look like a shell's (options, paths, assignments, pipes). A
    /// command that is also an everyday English word needs such an argument, or at most two plain words.
    /// </summary>
    private static bool IsShellCommand(string t, string word)
    {
        if (HasProse(t)) return false;
        var rest = TextShapes.Trim(t.Substring(word.Length));
        if (rest.Length == 0) return !Vocabulary.Code.AmbiguousCommands.Contains(word);
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (c is '/' or '=' or '&' or '|' or '>' or '~' or '$' or '"' or '\'') return true;
            if (c == '-' && (i == 0 || rest[i - 1] == ' ')) return true;
            if (c == '.' && i + 1 < rest.Length && rest[i + 1] != ' ') return true;
        }
        if (!Vocabulary.Code.AmbiguousCommands.Contains(word)) return !IsEnglishProse(t);
        var tokens = rest.Split(' ');
        if (tokens.Length > 2) return false;
        foreach (var token in tokens)
        {
            if (!IsWord(token)) return false;
        }
        return true;
    }

    private static bool IsDiagramOpening(string t)
    {
        if (t.StartsWith("graph ", StringComparison.Ordinal) || t.StartsWith("flowchart ", StringComparison.Ordinal))
        {
            var direction = TextShapes.Trim(t.Substring(t.IndexOf(' ') + 1));
            return direction is "TD" or "TB" or "BT" or "LR" or "RL";
        }
        return t.IndexOf(' ') < 0;
    }

    /// <summary><c>type Result struct {</c>, <c>type Store interface {</c>: a Go type declaration.</summary>
    private static bool IsGoTypeDeclaration(string t)
    {
        var words = t.Split(' ');
        return words.Length == 4 && IsWord(words[1]) && words[2] is "struct" or "interface" && words[3] == "{";
    }

    private static bool IsBibTexEntry(string t)
    {
        var brace = t.IndexOf('{');
        return brace > 1 && IsWord(t.Substring(1, brace - 1));
    }

    private static bool IsSectionHeader(string t)
    {
        if (t.Length < 3 || t[0] != '[' || t[t.Length - 1] != ']') return false;
        foreach (var c in t)
        {
            if (!(char.IsLetterOrDigit(c) && c < 128) && c is not ('[' or ']' or '.' or '_' or '-' or '"')) return false;
        }
        return true;
    }

    /// <summary><c>key = value</c> (TOML, INI): an identifier, an equals sign with spaces, a value.</summary>
    private static bool IsKeyEquals(string t)
    {
        var equals = t.IndexOf(" = ", StringComparison.Ordinal);
        if (equals <= 0) return false;
        for (var i = 0; i < equals; i++)
        {
            var c = t[i];
            if (!(char.IsLetterOrDigit(c) && c < 128) && c is not ('_' or '-' or '.' or '"')) return false;
        }
        return true;
    }

    private static bool IsTomlValue(string value)
    {
        if (value.Length == 0) return false;
        if (value[0] is '"' or '\'' or '[' or '{') return true;
        if (value is "true" or "false") return true;
        return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
    }

    /// <summary><c>OPENAI_API_KEY=sk-…</c>: an upper-case name, an equals sign, a value without spaces.</summary>
    private static bool IsEnvLine(string t)
    {
        var equals = t.IndexOf('=');
        if (equals <= 0 || t.IndexOf(' ') >= 0) return false;
        for (var i = 0; i < equals; i++)
        {
            if (t[i] is not (>= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        }
        return t[0] is >= 'A' and <= 'Z';
    }

    /// <summary><c>model: Qwen/Qwen3-32B</c>: a lower-case key (indented or not), a colon, a value that is not prose.</summary>
    private static bool IsYamlKey(string t)
    {
        var colon = t.IndexOf(':');
        if (colon <= 0 || t[0] is not (>= 'a' and <= 'z' or '_')) return false;
        for (var i = 0; i < colon; i++)
        {
            var c = t[i];
            if (c is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '.')) return false;
        }
        return colon == t.Length - 1 || t[colon + 1] == ' ';
    }

    private static bool IsAssignment(string t)
    {
        var equals = t.IndexOf(" = ", StringComparison.Ordinal);
        if (equals <= 0 || !IsIdentifierStart(t, 0)) return false;
        for (var i = 0; i < equals; i++)
        {
            var c = t[i];
            if (!(char.IsLetterOrDigit(c) && c < 128) && c is not ('_' or '.' or '[' or ']' or ',' or ' ')) return false;
        }
        var value = t.Substring(equals + 3);
        return TextShapes.IndexOfAny(value, "([{\"'") >= 0;
    }

    /// <summary><c>double local_energy(const std::vector&lt;int&gt;&amp; spins, double J) {</c>: a C-family function signature.</summary>
    private static bool IsCSignature(string t)
    {
        var open = t.IndexOf('(');
        if (open <= 0 || !(t.EndsWith("{", StringComparison.Ordinal) || t.EndsWith(";", StringComparison.Ordinal) || t.EndsWith(")", StringComparison.Ordinal))) return false;
        var head = TextShapes.Trim(t.Substring(0, open));
        var space = head.LastIndexOf(' ');
        if (space <= 0) return false;
        var type = head.Substring(0, space).Replace("unsigned ", string.Empty).Replace("static ", string.Empty).Replace("const ", string.Empty).TrimEnd('*', '&', ' ');
        return Vocabulary.Code.CTypes.Contains(type) && IsIdentifierStart(head, space + 1);
    }

    private static bool IsDockerImage(string t)
    {
        var parts = t.Split(' ');
        if (parts.Length is not (2 or 4)) return false;
        if (parts.Length == 4 && parts[2] is not ("AS" or "as")) return false;
        foreach (var c in parts[1])
        {
            if (!(char.IsLetterOrDigit(c) && c < 128) && c is not ('.' or ':' or '/' or '-' or '_' or '@' or '$' or '{' or '}')) return false;
        }
        return parts[1].Length > 0 && !(parts[1][0] is >= 'A' and <= 'Z');
    }

    private static bool SecondWordIsCode(string t, string word)
    {
        var rest = TextShapes.Trim(t.Substring(word.Length));
        return rest.Length > 0 && (rest[0] == '*' || rest.IndexOf(',') >= 0 || rest.IndexOf('(') >= 0 || rest.Contains(" FROM ") || rest.StartsWith("INTO ", StringComparison.Ordinal)
            || rest.StartsWith("TABLE ", StringComparison.Ordinal) || rest.Contains(" SET ") || rest.Contains(" AS ") || rest.StartsWith("FROM ", StringComparison.Ordinal));
    }

    private static bool IsImportList(string t, int start)
    {
        for (var i = start; i < t.Length; i++)
        {
            var c = t[i];
            if (!(char.IsLetterOrDigit(c) && c < 128) && c is not ('_' or '.' or ',' or ' ')) return false;
        }
        return true;
    }

    private static string FirstWord(string t)
    {
        var end = 0;
        while (end < t.Length && t[end] is not (' ' or '(' or '\t' or '.' or ':' or '{' or '[' or '<' or ';' or '=')) end++;
        return t.Substring(0, end);
    }

    private static bool IsIdentifierStart(string t, int i) => i < t.Length && (t[i] is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_');

    private static bool IsWord(string text)
    {
        if (text.Length == 0) return false;
        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) && c < 128) && c is not ('_' or '-' or '+' or '#')) return false;
        }
        return true;
    }
}
