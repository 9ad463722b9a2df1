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
    internal static class Metadata
    {
    }

    /// <summary>Reference lists: their headings and what a citation looks like.</summary>
    internal static class References
    {
    }

    /// <summary>Words of code in many languages.</summary>
    internal static class Code
    {
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
