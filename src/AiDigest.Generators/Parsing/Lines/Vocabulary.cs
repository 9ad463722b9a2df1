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
        /// <summary>Glyphs that open a bullet item on their own (a space after them optional).</summary>
        public const string Glyphs = "\u2022\u25CF\u25AA\u25E6\u00B7";

        /// <summary>Marks of a checklist's items (<c>✅ …</c>, <c>❌ …</c>, <c>☑ …</c>): list items, never headings.</summary>
        public const string Checks = "\u2705\u274C\u2714\u2713\u2611\u2612\u2610\u2717\u2718\u274E";

        /// <summary>Markdown's list marks, a bullet when a space follows (<c>- item</c>, not <c>-30%</c>).</summary>
        public const string Markdown = "-*";
    }

    /// <summary>Words that make or unmake a heading.</summary>
    internal static class Headings
    {
        /// <summary>Words that count parts after <c>第…</c>: 第一部分, 第2章, 第三节, 第一步.</summary>
        public static readonly ImmutableArray<string> PartUnits = ImmutableArray.Create("部分", "章", "节", "篇", "讲", "步");

        /// <summary>Words that number a part in English: <c>Part 1</c>, <c>Chapter II</c>.</summary>
        public static readonly ImmutableArray<string> PartWords = ImmutableArray.Create("Part ", "PART ", "Chapter ", "CHAPTER ");

        /// <summary>Words that open spoken prose, never a heading (那么…, 所以…).</summary>
        public static readonly ImmutableArray<string> Connectives = ImmutableArray.Create("那么", "那", "所以", "但是", "但", "然后", "而且", "因此", "不过", "如果", "其实", "比如", "例如", "此外", "同时", "另外");

        /// <summary>Words that continue a sentence broken by an inline formula image (其中…, 与…, 和…).</summary>
        public static readonly ImmutableArray<string> ContinuationWords = ImmutableArray.Create("其中", "与", "和", "及", "或", "的", "即", "并", "来", "是", "表示", "分别", "下的", "中的");

        /// <summary>Words a sentence does not end on; a line ending on one runs on into the formula image after it.</summary>
        public static readonly ImmutableArray<string> DanglingWords = ImmutableArray.Create("即", "其中", "公式", "如下", "为", "的", "是", "和", "与", "及", "在");

        /// <summary>Question words a heading may end on without its question mark (SimPO 做了什么).</summary>
        public static readonly ImmutableArray<string> EndingQuestionWords = ImmutableArray.Create("什么", "哪些", "多少", "吗");

        /// <summary>Words that open a sentence about the text around it (以上…, 为了…): no caption.</summary>
        public static readonly ImmutableArray<string> TextReferences = ImmutableArray.Create("以上", "以下", "上面", "下面", "为了");

        /// <summary>Headings of a table of contents.</summary>
        public static readonly ImmutableArray<string> Contents = ImmutableArray.Create("目录", "目 录", "contents", "本文目录", "文章目录");

        /// <summary>Sections that close an article or stand for one of its top-level parts (compared without case).</summary>
        public static readonly ImmutableArray<string> ClosingSections = ImmutableArray.Create(
            "背景", "研究背景", "引言", "简介", "方法", "方法介绍", "实验", "实验结果", "结果", "结论", "总结", "小结", "展望", "结语", "讨论",
            "局限", "局限性", "写在最后", "致谢", "附录", "相关工作", "未来工作", "参考文献",
            "introduction", "background", "method", "methods", "experiments", "results", "discussion", "conclusion", "conclusions",
            "summary", "limitations", "related work", "future work", "acknowledgements", "appendix");
    }

    /// <summary>Pictures and what stands under them.</summary>
    internal static class Figures
    {
        /// <summary>Lines that stand for a picture: <c>图片</c>, <c>[图片]</c>, <c>image</c>.</summary>
        public static readonly ImmutableArray<string> Pictures = ImmutableArray.Create("图片", "[图片]", "【图片】", "image", "图");

        /// <summary>Words that open a numbered caption: <c>图 1</c>, <c>表格 2</c>, <c>Figure 3</c> (compared without case).</summary>
        public static readonly ImmutableArray<string> CaptionWords = ImmutableArray.Create("表格", "图", "表", "figure", "fig.", "table");

        /// <summary>Words that make <c>图 5 …</c> a sentence about the figure rather than its caption.</summary>
        public static readonly ImmutableArray<string> CaptionVerbs = ImmutableArray.Create("展示", "所示", "中", "为", "是", "表明", "显示", "给出", "可以", "可见", "说明", "和", "与", "的");

        /// <summary>A caption's own label (<c>图注：</c>, <c>图源：</c>, <c>Source:</c>), compared without case.</summary>
        public static readonly ImmutableArray<string> CaptionLabels = ImmutableArray.Create("图注", "图源", "图片来源", "图片说明", "图说", "题图", "配图", "图", "image", "photo", "caption", "credit",
            "来源", "出处", "source", "courtesy");

        /// <summary>Marks that open a caption under a picture: <c>▲ 图为…</c>, <c>△ …</c>.</summary>
        public const string CaptionMarks = "\u25B2\u25B3\u2191";

        /// <summary>Words that name what a picture is (…示意图, …曲线, …现场).</summary>
        public static readonly ImmutableArray<string> PictureWords = ImmutableArray.Create(
            "示意", "曲线", "占比", "对比", "分布图", "可视化", "横轴", "纵轴", "概览", "现场", "合影", "截图", "演示", "效果图", "流程图");

        /// <summary>Words of a sentence that describes a picture in figure terms.</summary>
        public static readonly ImmutableArray<string> DescriptionWords = ImmutableArray.Create(
            "示意图", "结构图", "架构图", "流程图", "框架图", "对比图", "曲线", "横轴", "纵轴", "可视化");

        /// <summary>Endings that name a table, not a heading (ROI 一览表).</summary>
        public static readonly ImmutableArray<string> TableWords = ImmutableArray.Create("一览表", "对比表", "汇总表", "统计表", "参数表", "明细表");

        /// <summary>A video's duration marker: <c>,时长17:33</c>.</summary>
        public const string Duration = "时长";

        /// <summary>Words that point at a picture elsewhere: prose about it.</summary>
        public static readonly ImmutableArray<string> Pointers = ImmutableArray.Create("上图", "下图", "如图");
    }

    /// <summary>Labels of a paper's metadata block and the values that say a thing is not there yet.</summary>
    /// <remarks>Keys are compared with white space removed and Latin letters lower-cased, on the line's key.</remarks>
    internal static class Metadata
    {
        /// <summary>Keys whose value is the paper's title: <c>论文标题：</c>, <c>論文標題：</c>, <c>Paper Title:</c>.</summary>
        public static readonly ImmutableArray<string> TitleKeys = ImmutableArray.Create("论文标题", "论文名称", "论文题目", "标题", "papertitle", "title");

        /// <summary>Keys whose value is a link to the paper (or its arXiv id, or its title before the link).</summary>
        public static readonly ImmutableArray<string> PaperKeys = ImmutableArray.Create(
            "论文", "论文链接", "论文地址", "论文网址", "论文下载", "论文连结", "arxiv", "arxiv地址", "arxiv链接", "paper", "paperlink", "pdf", "技术报告",
            "报告地址", "报告链接", "technicalreport", "techreport");

        /// <summary>Keys whose value is the code: <c>代码：</c>, <c>代碼：</c>, <c>程式碼：</c>, <c>GitHub:</c>.</summary>
        public static readonly ImmutableArray<string> CodeKeys = ImmutableArray.Create(
            "代码", "代码链接", "代码地址", "代码仓库", "论文代码", "项目代码", "开源地址", "开源代码", "开源链接", "仓库地址", "源码", "源码地址", "程式码",
            "程式码链接", "程式码连结", "github", "github地址", "github链接", "github仓库", "code", "repo", "repository");

        /// <summary>Keys whose value is a project page, a blog or a site (the code when the link is a repository and the key says project).</summary>
        public static readonly ImmutableArray<string> ProjectKeys = ImmutableArray.Create(
            "项目主页", "论文主页", "主页", "项目地址", "项目链接", "项目网站", "博客地址", "博客", "官方博客", "projectpage", "project", "homepage", "blog", "website");

        /// <summary>Keys whose value is a demo.</summary>
        public static readonly ImmutableArray<string> DemoKeys = ImmutableArray.Create(
            "demo", "demo地址", "demo链接", "在线demo", "在线体验", "体验地址", "体验链接", "试用地址", "playground");

        /// <summary>Keys whose value is a model or its weights.</summary>
        public static readonly ImmutableArray<string> ModelKeys = ImmutableArray.Create(
            "模型", "模型链接", "模型地址", "模型下载", "模型权重", "权重", "权重地址", "huggingface", "hf", "model", "weights", "checkpoint", "modelscope");

        /// <summary>
        /// Words that name a field inside a label that is no key of its own (<c>arXiv 版本：</c>, <c>代码与权重：</c>,
        /// <c>[📊 Training Code](…)</c>), tried in this order: code, demo, model, project, paper.
        /// </summary>
        public static readonly ImmutableArray<string> CodeWords = ImmutableArray.Create("code", "代码", "源码", "程式码", "仓库", "github", "gitlab", "gitee");

        /// <summary>See <see cref="CodeWords"/>.</summary>
        public static readonly ImmutableArray<string> DemoWords = ImmutableArray.Create("demo", "体验");

        /// <summary>See <see cref="CodeWords"/>.</summary>
        public static readonly ImmutableArray<string> ModelWords = ImmutableArray.Create("model", "模型", "weights", "checkpoint", "权重");

        /// <summary>See <see cref="CodeWords"/>.</summary>
        public static readonly ImmutableArray<string> ProjectWords = ImmutableArray.Create("project", "homepage", "主页", "blog", "博客");

        /// <summary>See <see cref="CodeWords"/>.</summary>
        public static readonly ImmutableArray<string> PaperWords = ImmutableArray.Create("paper", "arxiv", "论文", "pdf", "report", "报告");

        /// <summary>
        /// Values that say the thing does not exist yet (<c>代码：暂未开源</c>, <c>Code: coming soon</c>): a statement, no
        /// malformed link. Matched at the start of the value's key, Latin letters in any case.
        /// </summary>
        public static readonly ImmutableArray<string> NotYetValues = ImmutableArray.Create(
            "暂未", "暂无", "暂不", "尚未", "未开源", "未公开", "未发布", "即将", "敬请期待", "敬请关注", "待定", "待发布", "待开源", "待公开", "待更新",
            "coming soon", "to be released", "to be announced", "not yet", "not released", "not available", "unavailable", "tbd", "tba", "n/a");

        /// <summary>Values that say the same when they are the whole value (<c>代码：无</c>, <c>Code: none</c>, <c>Demo: —</c>).</summary>
        public static readonly ImmutableArray<string> NotYetWholeValues = ImmutableArray.Create("无", "没有", "na", "none", "soon", "-", "\u2014", "\u2014\u2014");

        /// <summary>Characters a label does not end on, since a clause does (<c>论文地址是：…</c>, <c>代码在：…</c>): such a line is a sentence.</summary>
        public const string ClauseEnds = "是为在的了见于";

        /// <summary>Words for a paper before its ordinal in a heading that names it: <c>论文 1：Title</c>, <c>Paper 2: Title</c>.</summary>
        public static readonly ImmutableArray<string> PaperOrdinalWords = ImmutableArray.Create("论文", "paper");

        /// <summary>Values that point elsewhere for the link (<c>见文末</c>, <c>see below</c>): no title, and still no link.</summary>
        public static readonly ImmutableArray<string> PointerValues = ImmutableArray.Create("见", "详见", "参见", "see ");
    }

    /// <summary>Reference lists: their headings and what a citation looks like.</summary>
    internal static class References
    {
        /// <summary>Whole headings (the text before the colon) that open a reference list, Latin letters in any case.</summary>
        public static readonly ImmutableArray<string> Headings = ImmutableArray.Create(
            "参考", "引用", "相关链接", "相关阅读", "延伸阅读", "扩展阅读", "推荐阅读", "相关资料", "资料来源", "引用文献", "文献",
            "references", "reference", "refs", "ref", "bibliography", "further reading", "related links", "sources", "see also", "read more",
            "links", "works cited");

        /// <summary>A heading that opens with this word names a reference list (<c>参考内容：</c>, <c>參考資料：</c>).</summary>
        public const string HeadingStart = "参考";

        /// <summary>A heading that ends in one of these names a reference list (<c>相关内容参考博客：</c>).</summary>
        public static readonly ImmutableArray<string> HeadingEnds = ImmutableArray.Create("参考博客", "参考文献", "参考链接");

        /// <summary>
        /// Words of where a work appeared, evidence that a line is a citation (<c>in Proc. EMNLP</c>, <c>arXiv preprint</c>,
        /// <c>Advances in Neural Information Processing Systems</c>), lower-case.
        /// </summary>
        public static readonly ImmutableArray<string> VenueWords = ImmutableArray.Create(
            "proc.", "proceedings", "conference", "journal", "trans.", "transactions", "preprint", "advances in", "workshop", "symposium",
            "neurips", "nips", "icml", "iclr", "acl", "emnlp", "naacl", "cvpr", "iccv", "eccv", "aaai", "ijcai", "kdd", "sigir", "nature", "science",
            "vol.", "pp.", "doi");

        /// <summary>The word for paper in running text (<c>论文《…》</c>, <c>論文《…》</c>): what names a work as a paper.</summary>
        public const string PaperWord = "论文";

        /// <summary>The word for paper in English running text (<c>the paper "…"</c>), any case.</summary>
        public const string EnglishPaperWord = "paper";

        /// <summary>What may stand between the English word and the title (<c>paper titled "…"</c>).</summary>
        public const string Titled = " titled ";

        /// <summary>Characters that may stand between the word for paper and the title after it (<c>论文中《…》</c>, <c>论文是“…”</c>).</summary>
        public const string PaperWordJoinersAfter = "中是为";

        /// <summary>Characters that may stand between a title and the word for paper after it (<c>《…》这篇论文</c>, <c>“…”的论文</c>).</summary>
        public const string PaperWordJoinersBefore = "这篇的";

        /// <summary>The document-type tag of a web page (GB/T 7714): an entry that carries it cites no paper.</summary>
        public const string WebPageTag = "[EB/OL]";

        /// <summary>The mark of several authors: <c>et al.</c>, <c>等</c> after names.</summary>
        public const string EtAl = "et al";
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
        /// <summary>Openings of an answer (因为…, 其实…): the question before it is asked in passing.</summary>
        public static readonly ImmutableArray<string> AnswerOpenings = ImmutableArray.Create("因为", "答案", "简单来说", "简单说", "其实", "原因是", "原因在于");

        /// <summary>Words that ask.</summary>
        public static readonly ImmutableArray<string> QuestionWords = ImmutableArray.Create("什么", "怎么", "如何", "为何", "哪", "吗", "呢");

        /// <summary>Characters that make a short line a sentence (pronouns, the copula, aspect and modal words, particles).</summary>
        public const string SentenceCharacters = "这那我你他她它是有了在会能要把被让也都就还吗呢吧将已为";

        /// <summary>Pronouns and demonstratives a sentence about a picture opens with.</summary>
        public const string Pronouns = "这那我你他她它";

        /// <summary>Personal pronouns: a line that holds one speaks of someone.</summary>
        public const string PersonalPronouns = "我你他她它";

        /// <summary>
        /// Labels a byline opens with, a colon, a bar or a space after them (<c>作者：</c>, <c>整理｜</c>, <c>主播：</c>): who
        /// wrote, edited, compiled or presents the article, and the parts of a reprint notice (<c>来源：</c>, <c>链接：</c>).
        /// </summary>
        public static readonly ImmutableArray<string> BylineLabels = ImmutableArray.Create(
            "作者", "作者介绍", "编辑", "责编", "来源", "编者按", "编译", "校对", "出品", "撰文", "文", "译者",
            "整理", "主播", "责任编辑", "翻译", "策划", "采访", "口述", "链接");

        /// <summary>Openings that make a byline by themselves: a reprint's or a copyright's notice.</summary>
        public static readonly ImmutableArray<string> BylineOpenings = ImmutableArray.Create("转载自", "本文转载自", "本文来源", "本文来自",
            "\u00A9", "著作权归", "版权归", "版权声明");

        /// <summary>Verbs of saying that end a speaker before a colon (网友表示：…).</summary>
        public static readonly ImmutableArray<string> SpeechVerbs = ImmutableArray.Create(
            "表示", "说", "说道", "写道", "指出", "认为", "吐槽", "回应", "提到", "强调", "透露", "坦言", "感叹", "评论", "问道");

        /// <summary>Words of a licence notice: <c>本文经…授权</c>.</summary>
        public const string Licensed = "本文经";

        /// <summary>…and the word that grants it.</summary>
        public const string Grants = "授权";

        /// <summary>A sentence about the article's authors opens with this (<c>本文第一作者为…</c>, <c>本文一作…</c>).</summary>
        public const string ThisArticle = "本文";

        /// <summary>Words that name an author in such a sentence.</summary>
        public static readonly ImmutableArray<string> AuthorWords = ImmutableArray.Create("作者", "一作");

        /// <summary>A dateline's verb between a reporter and a place: <c>西风 发自 凹非寺</c>.</summary>
        public const string Dateline = "发自";

        /// <summary>The channel of a masthead credit: <c>量子位 | 公众号 QbitAI</c>.</summary>
        public const string Channel = "公众号";

        /// <summary>Words ending in a verb of saying that are nouns (<c>小说：</c>, <c>学说：</c>): no speech.</summary>
        public static readonly ImmutableArray<string> NotSpeech = ImmutableArray.Create("小说", "学说");

        /// <summary>A poll's label: <c>投票：…</c>.</summary>
        public const string Poll = "投票";

        /// <summary>The particle a question asked aloud ends on (<c>结果呢？</c>).</summary>
        public const char SpokenQuestionParticle = '呢';

        /// <summary>Endings of a desk's credit under a title: <c>机器之心编辑部</c>, <c>新智元报道</c>.</summary>
        public static readonly ImmutableArray<string> DeskEndings = ImmutableArray.Create("编辑部", "报道");
    }
}
