using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// Code recognised by evidence that holds across languages rather than by a list of openings: a line with no prose
/// scores a point for each sign of code it shows (a statement word of some language, a statement end, a code operator,
/// member access, a call, a density of code punctuation, a sigil, an assignment to a capitalised name, indentation),
/// and two for a command line (a command with options or paths) or a PowerShell cmdlet. A run of such lines is a
/// block; its language is named by what its lines show together (<see cref="LanguageOf"/>).
/// </summary>
internal static class CodeEvidence
{
    /// <summary>What a run of lines needs: one line this strong, or two lines in a row that add up to it.</summary>
    public const int Strong = 3;

    /// <summary>Code punctuation whose density marks a line as code.</summary>
    private const string Punctuation = "(){}[];=<>$@|&\\";

    /// <summary>
    /// The evidence that the line <paramref name="line"/> is code: 0 for a blank line, prose (CJK text outside strings
    /// and comments, an English sentence), a URL alone or a formula.
    /// </summary>
    public static int Score(string line)
    {
        if (TextShapes.IsBlank(line)) return 0;
        var t = TextShapes.Trim(line);
        if (CodeShapes.HasProse(t) || CodeShapes.IsEnglishProse(t) || LinkScanner.IsUrlOnly(t) || IsMarkdownLink(t) || FormulaShapes.IsFormula(t) || LineShapes.IsBullet(t) && !IsDiffLine(line)) return 0;
        var score = 0;
        var word = FirstWord(t);
        if (Vocabulary.Code.StatementWords.Contains(word) || IsInstruction(t, word)) score++;
        if (HasPath(t) && t.IndexOf("://", StringComparison.Ordinal) < 0) score++;
        if (t[t.Length - 1] is ';' or '{' or '}' or '(' or '[' or ',' or '\\') score++;
        foreach (var op in Vocabulary.Code.Operators)
        {
            if (t.IndexOf(op, StringComparison.Ordinal) < 0) continue;
            score++;
            break;
        }
        // A URL's dots, slashes and query are no evidence: only what the rest of the line shows counts.
        var url = t.IndexOf("://", StringComparison.Ordinal) >= 0;
        if (!url && HasMemberAccess(t)) score++;
        if (HasCall(t)) score++;
        if (!url && IsDense(t)) score++;
        if (HasSigil(t)) score++;
        if (IsCapitalAssignment(t)) score++;
        if (line[0] == '\t' || line.StartsWith("    ", StringComparison.Ordinal)) score++;
        if (IsCommandLine(t) || IsCmdlet(t)) score += 2;
        if (HasOption(t)) score++;
        return score;
    }

    /// <summary><c>![diagram](https://…/a.png)</c>, <c>[Title](https://…)</c>: a markdown image or link standing alone.</summary>
    private static bool IsMarkdownLink(string t) =>
        (t[0] == '[' || t.StartsWith("![", StringComparison.Ordinal)) && t[t.Length - 1] == ')' && t.IndexOf("](", StringComparison.Ordinal) > 0;

    /// <summary><c>torch.nn</c>, <c>self.scale</c>, <c>tok.encode(</c>: an identifier, a dot, a member (one of them longer than a letter, or a call).</summary>
    public static bool HasMemberAccess(string t)
    {
        for (var dot = t.IndexOf('.', 1); dot > 0 && dot < t.Length - 1; dot = t.IndexOf('.', dot + 1))
        {
            if (!IsIdentifierChar(t[dot - 1]) || char.IsDigit(t[dot - 1]) || !IsAsciiLetter(t[dot + 1]) && t[dot + 1] != '_') continue;
            var start = dot - 1;
            while (start > 0 && IsIdentifierChar(t[start - 1])) start--;
            var end = dot + 1;
            while (end < t.Length && IsIdentifierChar(t[end])) end++;
            if (char.IsDigit(t[start])) continue;
            if (dot - start >= 2 && end - dot - 1 >= 2 || end < t.Length && t[end] == '(') return true;
        }
        return false;
    }

    /// <summary><c>count(*)</c>, <c>Router::new()</c>: an identifier of two or more characters right before a parenthesis.</summary>
    private static bool HasCall(string t)
    {
        if (t.Length < 3) return false;
        for (var open = t.IndexOf('(', 2); open > 0; open = open + 1 < t.Length ? t.IndexOf('(', open + 1) : -1)
        {
            var start = open;
            while (start > 0 && IsIdentifierChar(t[start - 1])) start--;
            if (open - start >= 2 && (IsAsciiLetter(t[start]) || t[start] == '_')) return true;
        }
        return false;
    }

    /// <summary>Three or more marks of code punctuation, a tenth of the line's visible characters.</summary>
    private static bool IsDense(string t)
    {
        var marks = 0;
        var visible = 0;
        foreach (var c in t)
        {
            if (c == ' ') continue;
            visible++;
            if (Punctuation.IndexOf(c) >= 0) marks++;
        }
        return marks >= 3 && marks * 10 >= visible;
    }

    /// <summary><c>$Model</c>, <c>#[derive]</c>, <c>.PHONY:</c>, <c>@@ -1 +1 @@</c>, <c>[Environment]::</c>: a mark only code opens a line with.</summary>
    private static bool HasSigil(string t)
    {
        if (t.Length < 2) return false;
        if (t[0] == '$' && (IsAsciiLetter(t[1]) || t[1] is '_' or '(' or '{')) return true;
        if (t.StartsWith("#[", StringComparison.Ordinal) || t.StartsWith(".PHONY", StringComparison.Ordinal) || IsDiffHeader(t)) return true;
        return t[0] == '[' && t.IndexOf("]::", StringComparison.Ordinal) > 1;
    }

    /// <summary><c>CXX = g++</c>, <c>CFLAGS := -O2</c>: a capitalised name (a variable of make or the shell) given a value.</summary>
    private static bool IsCapitalAssignment(string t)
    {
        var end = 0;
        while (end < t.Length && (t[end] is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) end++;
        if (end < 2) return false;
        var i = end;
        while (i < t.Length && t[i] == ' ') i++;
        if (i >= t.Length) return false;
        if (t[i] == '=') return i + 1 < t.Length && t[i + 1] != '=';
        return i + 1 < t.Length && t[i] is ':' or '?' or '+' && t[i + 1] == '=';
    }

    /// <summary>
    /// <c>pytest tests/engine/test_arg_utils.py -q</c>, <c>diff --git a/x b/x</c>: a lower-case command followed by an
    /// option (<c>-q</c>, <c>--id</c>) or a path, and not an English sentence.
    /// </summary>
    public static bool IsCommandLine(string t)
    {
        var tokens = t.Split(' ');
        var command = tokens[0];
        if (command.Length == 0 || command.Length > 24 || !IsAsciiLetter(command[0]) || char.IsUpper(command[0])) return false;
        foreach (var c in command)
        {
            if (!(IsAsciiLetter(c) || char.IsDigit(c)) && c is not ('-' or '_' or '.' or '+')) return false;
        }
        for (var k = 1; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Length > 1 && token[0] == '-' && (IsAsciiLetter(token[1]) || token[1] == '-')) return true;
            if (token.Length > 2 && token.IndexOf('/') > 0 && token.IndexOf("//", StringComparison.Ordinal) < 0 && !token.EndsWith("/", StringComparison.Ordinal) && IsPathToken(token)) return true;
        }
        return false;
    }

    /// <summary><c>WORKDIR /src</c>, <c>COPY . .</c>: a Dockerfile instruction in capitals and its arguments.</summary>
    private static bool IsInstruction(string t, string word) =>
        word.Length < t.Length && t[word.Length] == ' ' && Vocabulary.Code.DockerInstructions.Contains(word);

    /// <summary><c>/src</c>, <c>./gemm</c>, <c>tests/engine/test_x.py</c>: an argument that is a path (after the line's first word).</summary>
    private static bool HasPath(string t)
    {
        var tokens = t.Split(' ');
        for (var k = 1; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Length < 2 || !IsPathToken(token) || token.IndexOf('/') < 0) continue;
            if (token[0] == '/' || token.StartsWith("./", StringComparison.Ordinal) || token.IndexOf('.', token.LastIndexOf('/')) > 0) return true;
        }
        return false;
    }

    /// <summary><c> -q</c>, <c> --version</c>, <c> -Uri</c>: an option of a command, after its first word.</summary>
    public static bool HasOption(string t)
    {
        for (var i = t.IndexOf(" -", StringComparison.Ordinal); i >= 0 && i + 2 < t.Length; i = t.IndexOf(" -", i + 1, StringComparison.Ordinal))
        {
            if (IsAsciiLetter(t[i + 2]) || (t[i + 2] == '-' && i + 3 < t.Length && IsAsciiLetter(t[i + 3]))) return true;
        }
        return false;
    }

    private static bool IsPathToken(string token)
    {
        foreach (var c in token)
        {
            if (!(IsAsciiLetter(c) || char.IsDigit(c)) && c is not ('/' or '.' or '_' or '-' or '*')) return false;
        }
        return true;
    }

    /// <summary><c>Invoke-RestMethod -Uri …</c>, <c>Write-Host "…"</c>: a PowerShell cmdlet, an approved verb, a dash and a capitalised noun.</summary>
    public static bool IsCmdlet(string t)
    {
        var dash = t.IndexOf('-');
        if (dash < 2 || dash + 1 >= t.Length || !char.IsUpper(t[dash + 1])) return false;
        if (!Vocabulary.Code.PowerShellVerbs.Contains(t.Substring(0, dash))) return false;
        var end = dash + 1;
        while (end < t.Length && IsAsciiLetter(t[end])) end++;
        if (end == t.Length || t[end] is '(' or '|') return true;

        // Words after it: a cmdlet's arguments show themselves by a -Parameter, a $variable or a string.
        return t[end] == ' ' && (HasOption(t) || t.IndexOf('$', end) > 0 || t.IndexOf('"', end) > 0 || t.IndexOf('\'', end) > 0);
    }

    /// <summary>A line of PowerShell: a cmdlet, <c>$env:</c>, <c>[Type]::</c>, <c>param(</c>, a <c>-Parameter</c> in capitals or a <c>$Variable</c>.</summary>
    public static bool IsPowerShellLine(string t) =>
        IsCmdlet(t) || t.IndexOf("$env:", StringComparison.Ordinal) >= 0 || (t[0] == '[' && t.IndexOf("]::", StringComparison.Ordinal) > 1)
        || t.StartsWith("param(", StringComparison.Ordinal) || t.IndexOf(" -ErrorAction", StringComparison.Ordinal) >= 0 || t.StartsWith("$ErrorActionPreference", StringComparison.Ordinal);

    /// <summary><c>diff --git</c>, <c>--- a/…</c>, <c>+++ b/…</c>, <c>@@ -412,5 +412,5 @@</c>: the headers of a unified diff.</summary>
    private static bool IsDiffHeader(string t) =>
        t.StartsWith("diff --git ", StringComparison.Ordinal) || t.StartsWith("--- a/", StringComparison.Ordinal) || t.StartsWith("+++ b/", StringComparison.Ordinal)
        || (t.StartsWith("@@ -", StringComparison.Ordinal) && t.IndexOf(" @@", 3, StringComparison.Ordinal) > 0);

    /// <summary>A line of a unified diff: a header, <c>index …</c>, or a context (space), removed (<c>-</c>) or added (<c>+</c>) line.</summary>
    public static bool IsDiffLine(string line)
    {
        if (line.Length == 0) return false;
        var t = TextShapes.Trim(line);
        if (t.Length == 0) return false;
        return IsDiffHeader(t) || line[0] is ' ' or '+' or '-' || t.StartsWith("index ", StringComparison.Ordinal)
            || t.StartsWith("new file mode", StringComparison.Ordinal) || t.StartsWith("deleted file mode", StringComparison.Ordinal);
    }

    /// <summary>A line of a Makefile: <c>target: prerequisites</c>, <c>.PHONY: …</c>, <c>NAME = value</c>.</summary>
    public static bool IsMakeLine(string t)
    {
        if (t.StartsWith(".PHONY", StringComparison.Ordinal) || IsCapitalAssignment(t)) return true;
        var colon = t.IndexOf(':');
        if (colon <= 0 || (colon + 1 < t.Length && t[colon + 1] == '=')) return false;
        for (var i = 0; i < colon; i++)
        {
            if (!(IsAsciiLetter(t[i]) || char.IsDigit(t[i])) && t[i] is not ('_' or '-' or '.' or '/' or '%' or '$' or '(' or ')')) return false;
        }
        return true;
    }

    /// <summary>
    /// The language the lines of a block show together, or <paramref name="guess"/> (what its first line showed)
    /// when they show none more precisely: a unified diff, PowerShell, a Makefile, SQL clauses, a command line.
    /// </summary>
    public static string? LanguageOf(IReadOnlyList<string> lines, string? guess)
    {
        int diff = 0, changes = 0, powershell = 0, make = 0, recipes = 0, sql = 0;
        var votes = new int[Families.Length];
        var commands = 0;
        var first = true;
        var previousRule = false;
        foreach (var line in lines)
        {
            if (TextShapes.IsBlank(line))
            {
                previousRule = false;
                continue;
            }
            var t = TextShapes.Trim(line);
            if (IsDiffHeader(t)) diff++;
            if (line[0] is '+' or '-' && !(t.StartsWith("- ", StringComparison.Ordinal) && t.Length > 2 && !char.IsWhiteSpace(t[2]) && line.Length == t.Length)) changes++;
            if (IsPowerShellLine(t)) powershell++;
            if (t.StartsWith(".PHONY", StringComparison.Ordinal) || t.IndexOf("$@", StringComparison.Ordinal) >= 0 || t.IndexOf("$<", StringComparison.Ordinal) >= 0) make++;
            if (line[0] == '\t' && previousRule) recipes++;
            previousRule = line[0] != '\t' && IsMakeLine(t) && !IsCapitalAssignment(t) || previousRule && line[0] == '\t';
            var word = FirstWord(t);
            if (t[0] is >= 'A' and <= 'Z' && Vocabulary.Code.SqlClauses.Contains(word)) sql++;
            if (first && IsCommandLine(t)) commands++;
            first = false;
            for (var f = 0; f < Families.Length; f++)
            {
                if (Shows(f, t)) votes[f]++;
            }
        }
        if (diff >= 2 || (diff == 1 && changes >= 2)) return "diff";
        if (powershell > 0 && guess is null or "" or "shell" or "powershell") return "powershell";
        if ((make > 0 || recipes > 0) && guess is null or "" or "shell" or "makefile") return "makefile";
        if (sql >= 2 && guess is null or "" or "sql") return "sql";
        if (guess is null or "" && commands > 0) return "shell";
        var best = -1;
        for (var f = 0; f < Families.Length; f++)
        {
            if (votes[f] > 0 && (best < 0 || votes[f] > votes[best])) best = f;
        }
        if (best >= 0 && guess is null or "") return Families[best];

        // A first line's guess the rest contradicts: `let x = …;` opens JavaScript by its shape, but `::` and `.unwrap()` under it are Rust's.
        var guessed = guess is null ? -1 : Families.IndexOf(guess);
        if (best >= 0 && guessed >= 0 && votes[guessed] == 0 && votes[best] >= 2) return Families[best];
        return guess is "" ? null : guess;
    }

    /// <summary>The languages a block without a first-line guess is named by, by what most of its lines show.</summary>
    private static readonly ImmutableArray<string> Families = ImmutableArray.Create("rust", "cpp", "go", "python", "javascript", "java", "dockerfile", "yaml");

    /// <summary>Whether the trimmed line <paramref name="t"/> shows a habit of language family <paramref name="f"/> (see <see cref="Families"/>).</summary>
    private static bool Shows(int f, string t)
    {
        switch (Families[f])
        {
            case "rust":
                return t.StartsWith("fn ", StringComparison.Ordinal) || t.StartsWith("pub ", StringComparison.Ordinal) || t.StartsWith("let mut ", StringComparison.Ordinal)
                    || t.StartsWith("impl ", StringComparison.Ordinal) || t.StartsWith("#[", StringComparison.Ordinal) || Has(t, ".unwrap()") || Has(t, "println!(") || Has(t, "vec![")
                    || Has(t, "&mut ") || t.StartsWith("use ", StringComparison.Ordinal) && Has(t, "::");
            case "cpp":
                return Has(t, "std::") || t.StartsWith("#include", StringComparison.Ordinal) || Has(t, "nullptr") || t.StartsWith("template", StringComparison.Ordinal)
                    || Has(t, "cout <<") || t.StartsWith("for (int ", StringComparison.Ordinal) || Has(t, "->") && t.EndsWith(";", StringComparison.Ordinal) || t.StartsWith("int main(", StringComparison.Ordinal);
            case "go":
                return t.StartsWith("func ", StringComparison.Ordinal) || Has(t, " := ") || t.StartsWith("package ", StringComparison.Ordinal) || Has(t, "fmt.");
            case "python":
                return t.StartsWith("def ", StringComparison.Ordinal) || t.StartsWith("import ", StringComparison.Ordinal) || t.StartsWith("from ", StringComparison.Ordinal) && Has(t, " import ")
                    || Has(t, "self.") || t.StartsWith("print(", StringComparison.Ordinal) || t.StartsWith("elif ", StringComparison.Ordinal) || t.StartsWith("class ", StringComparison.Ordinal) && t.EndsWith(":", StringComparison.Ordinal);
            case "javascript":
                return Has(t, "=> {") || Has(t, "console.") || Has(t, "require(") || t.StartsWith("function ", StringComparison.Ordinal) || t.StartsWith("const ", StringComparison.Ordinal) && Has(t, " = ");
            case "java":
                return t.StartsWith("public class ", StringComparison.Ordinal) || Has(t, "System.out.");
            case "dockerfile":
                return t[0] is >= 'A' and <= 'Z' && Vocabulary.Code.DockerInstructions.Contains(FirstWord(t)) && t.IndexOf(' ') > 0;
            default:
                return IsYamlPair(t);
        }
    }

    private static bool Has(string t, string part) => t.IndexOf(part, StringComparison.Ordinal) >= 0;

    /// <summary><c>model: qwen3</c>: a lower-case key, a colon and a space.</summary>
    private static bool IsYamlPair(string t)
    {
        var colon = t.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || t[0] is not (>= 'a' and <= 'z')) return false;
        for (var i = 0; i < colon; i++)
        {
            if (!(IsAsciiLetter(t[i]) || char.IsDigit(t[i])) && t[i] is not ('_' or '-' or '.')) return false;
        }
        return true;
    }

    private static string FirstWord(string t)
    {
        var end = 0;
        while (end < t.Length && (IsIdentifierChar(t[end]) || t[end] == '-')) end++;
        return t.Substring(0, end);
    }

    private static bool IsIdentifierChar(char c) => IsAsciiLetter(c) || char.IsDigit(c) && c < 128 || c == '_';

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
