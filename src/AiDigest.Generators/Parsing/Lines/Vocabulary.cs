using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace AiDigest.Generators.Parsing.Lines;

/// <summary>
/// Every word, label, glyph and numeral the rules look for, in one place. Each is written as a key
/// (<see cref="Text.CharacterFold"/>: Simplified, ASCII punctuation, ASCII digits), and rules match it against a line's
/// key, never against its raw text, so one entry covers its full-width and Traditional spellings.
/// </summary>
/// <remarks>Sections by what the words tell: numbering, bullets and marks, headings, captions and pictures, paper
/// metadata, references, code, prose. A rule adds its words to its section here rather than keeping a list of its own.</remarks>
internal static class Vocabulary
{
    /// <summary>Counters: the numerals of every numbering a page uses.</summary>
    internal static class Numerals
    {
        /// <summary>Chinese numerals one to ten, in order: <c>一、</c>, <c>（三）</c>, <c>第五部分</c>.</summary>
        public const string Chinese = "一二三四五六七八九十";
    }

    /// <summary>Glyphs that open a list item.</summary>
    internal static class Bullets
    {
    }

    /// <summary>Words that make or unmake a heading.</summary>
    internal static class Headings
    {
    }

    /// <summary>Pictures and what stands under them.</summary>
    internal static class Figures
    {
    }

    /// <summary>Labels of a paper's metadata block and the values that say a thing is not there yet.</summary>
    internal static class Metadata
    {
    }

    /// <summary>Reference lists: their headings and what a citation looks like.</summary>
    internal static class References
    {
    }

    /// <summary>
    /// Words of code in many languages. Code is ASCII, its own key: these are matched on the line as written (a
    /// full-width <c>ＳＥＬＥＣＴ</c> is prose, not SQL).
    /// </summary>
    internal static class Code
    {
        /// <summary>A fence's info string and the language a reader names for it (<c>```bash</c> → shell).</summary>
        public static readonly ImmutableDictionary<string, string> FenceTags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sh"] = "shell", ["bash"] = "shell", ["zsh"] = "shell", ["shell"] = "shell", ["console"] = "shell", ["shell-session"] = "shell",
            ["py"] = "python", ["python"] = "python", ["python3"] = "python",
            ["js"] = "javascript", ["javascript"] = "javascript", ["jsx"] = "javascript", ["node"] = "javascript",
            ["ts"] = "typescript", ["typescript"] = "typescript", ["tsx"] = "typescript",
            ["c"] = "c", ["h"] = "c", ["cpp"] = "cpp", ["c++"] = "cpp", ["cc"] = "cpp", ["cxx"] = "cpp", ["hpp"] = "cpp",
            ["java"] = "java", ["go"] = "go", ["golang"] = "go", ["rs"] = "rust", ["rust"] = "rust", ["sql"] = "sql",
            ["json"] = "json", ["jsonc"] = "json", ["yaml"] = "yaml", ["yml"] = "yaml", ["toml"] = "toml", ["ini"] = "ini", ["cfg"] = "ini",
            ["env"] = "dotenv", ["dotenv"] = "dotenv", ["nginx"] = "nginx", ["conf"] = "nginx", ["dockerfile"] = "dockerfile", ["docker"] = "dockerfile",
            ["bib"] = "bibtex", ["bibtex"] = "bibtex", ["tex"] = "latex", ["latex"] = "latex", ["math"] = "latex", ["mermaid"] = "mermaid",
            ["ps1"] = "powershell", ["powershell"] = "powershell", ["pwsh"] = "powershell", ["make"] = "makefile", ["makefile"] = "makefile",
            ["diff"] = "diff", ["patch"] = "diff",
        }.ToImmutableDictionary(StringComparer.Ordinal);

        /// <summary>Commands a shell line opens with.</summary>
        public static readonly ImmutableHashSet<string> ShellCommands = ImmutableHashSet.Create(StringComparer.Ordinal,
            "pip", "pip3", "conda", "git", "docker", "docker-compose", "curl", "wget", "cd", "export", "npm", "npx", "yarn", "pnpm", "apt", "apt-get",
            "brew", "sudo", "python", "python3", "uv", "uvx", "bash", "sh", "chmod", "mkdir", "ls", "cat", "echo", "source", "make", "cmake",
            "nvidia-smi", "huggingface-cli", "ollama", "vllm", "kubectl", "cargo", "go", "rm", "cp", "mv", "tar", "unzip", "ssh", "scp",
            "torchrun", "accelerate", "deepspeed", "llamafactory-cli", "modelscope", "hf", "node", "java", "javac", "gcc", "g++", "nohup");

        /// <summary>Commands that are also everyday English words: they need a shell-like argument to count.</summary>
        public static readonly ImmutableHashSet<string> AmbiguousCommands = ImmutableHashSet.Create(StringComparer.Ordinal,
            "cd", "export", "cat", "echo", "source", "make", "go", "ls", "rm", "cp", "mv", "tar", "python", "java", "node", "sh", "hf", "uv");

        /// <summary>SQL statements, in capitals, that open a query.</summary>
        public static readonly ImmutableHashSet<string> SqlOpenings = ImmutableHashSet.Create(StringComparer.Ordinal,
            "SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "WITH");

        /// <summary>SQL clauses, in capitals, that a query's lines open with.</summary>
        public static readonly ImmutableHashSet<string> SqlClauses = ImmutableHashSet.Create(StringComparer.Ordinal,
            "SELECT", "FROM", "WHERE", "GROUP", "ORDER", "HAVING", "LIMIT", "OFFSET", "JOIN", "LEFT", "RIGHT", "INNER", "OUTER", "ON", "AND", "OR",
            "UNION", "VALUES", "SET", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "WITH", "AS", "CASE", "WHEN", "THEN", "ELSE", "END", "RETURNING");

        /// <summary>Dockerfile instructions.</summary>
        public static readonly ImmutableHashSet<string> DockerInstructions = ImmutableHashSet.Create(StringComparer.Ordinal,
            "FROM", "RUN", "COPY", "ADD", "CMD", "ENV", "WORKDIR", "EXPOSE", "ENTRYPOINT", "ARG", "LABEL", "USER", "VOLUME", "HEALTHCHECK", "SHELL", "ONBUILD", "STOPSIGNAL");

        /// <summary>C preprocessor directives (after <c>#</c>).</summary>
        public static readonly ImmutableArray<string> PreprocessorDirectives = ImmutableArray.Create(
            "include", "define", "undef", "ifdef", "ifndef", "if", "elif", "else", "endif", "pragma", "error", "warning", "region", "endregion", "import", "line", "nullable");

        /// <summary>Return types of a C-family function signature.</summary>
        public static readonly ImmutableHashSet<string> CTypes = ImmutableHashSet.Create(StringComparer.Ordinal,
            "void", "int", "double", "float", "char", "bool", "auto", "size_t", "long", "short", "std::string", "string", "int64_t", "int32_t", "uint8_t");

        /// <summary>
        /// Words a statement of some language opens with (Python, JavaScript, C, C++, Java, Go, Rust, shell, SQL,
        /// PowerShell, Makefile): one piece of evidence that a line is code, never enough alone.
        /// </summary>
        public static readonly ImmutableHashSet<string> StatementWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "def", "class", "import", "from", "return", "if", "elif", "else", "for", "while", "do", "try", "except", "catch", "finally", "throw",
            "raise", "with", "yield", "lambda", "async", "await", "assert", "fn", "let", "mut", "const", "var", "use", "struct", "enum", "impl",
            "pub", "mod", "trait", "match", "func", "package", "function", "switch", "case", "break", "continue", "static", "void", "int", "public",
            "private", "protected", "namespace", "template", "typedef", "using", "include", "param", "foreach", "begin", "end", "fi", "done", "then",
            "export", "local", "echo", "ifeq", "ifneq", "endif", "define",
            "SELECT", "FROM", "WHERE", "GROUP", "ORDER", "HAVING", "LIMIT", "JOIN", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "UNION", "VALUES");

        /// <summary>Operators only code writes (<c>::</c>, <c>-&gt;</c>, <c>:=</c>, <c>&amp;&amp;</c>, <c>$(</c>…): one piece of evidence that a line is code.</summary>
        public static readonly ImmutableArray<string> Operators = ImmutableArray.Create(
            "::", "->", "=>", ":=", "==", "!=", "+=", "-=", "&&", "||", "$(", "${", "</", "/>", "<<", "++", "**");

        /// <summary>The approved verbs of PowerShell cmdlets (<c>Get-Command</c>, <c>Invoke-RestMethod</c>, <c>Write-Host</c>).</summary>
        public static readonly ImmutableHashSet<string> PowerShellVerbs = ImmutableHashSet.Create(StringComparer.Ordinal,
            "Add", "Clear", "Compress", "ConvertFrom", "ConvertTo", "Copy", "Disable", "Enable", "Enter", "Exit", "Expand", "Export", "ForEach", "Format",
            "Get", "Import", "Install", "Invoke", "Join", "Measure", "Move", "New", "Out", "Read", "Register", "Remove", "Rename", "Resolve", "Restart",
            "Select", "Set", "Sort", "Split", "Start", "Stop", "Test", "Uninstall", "Update", "Wait", "Where", "Write");

        /// <summary>Names of functions a formula uses (<c>log p(x)</c>, <c>softmax(QK^T)</c>): identifiers of mathematics, not of code.</summary>
        public static readonly ImmutableHashSet<string> MathFunctions = ImmutableHashSet.Create(StringComparer.Ordinal,
            "log", "ln", "exp", "sin", "cos", "tan", "tanh", "sigmoid", "softmax", "max", "min", "argmax", "argmin", "sup", "inf", "lim", "sum", "prod",
            "det", "tr", "diag", "Var", "Cov", "KL", "sgn", "sign", "mod", "clip", "mean", "std", "dim", "rank", "span", "Pr");
    }

    /// <summary>Words of prose: connectives, bylines, words a sentence does not end on.</summary>
    internal static class Prose
    {
    }
}
