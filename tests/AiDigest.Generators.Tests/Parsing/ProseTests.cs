using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>Lines that are prose whatever their shape: bylines, dialogue, speech, polls, questions answered at once.</summary>
[TestClass]
public sealed class ProseTests
{
    [TestMethod]
    [DataRow("作者\uFF1A李然、周一鸣")]
    [DataRow("作者 | 李然")]
    [DataRow("编辑:小舟")]
    [DataRow("来源\uFF1A硅星人")]
    [DataRow("来源 https://openai.com/index/thinking-with-images/")]
    [DataRow("转载自\uFF1A量子位")]
    [DataRow("本文经硅星人授权转载，转载请联系出处。")]
    [DataRow("编者按\uFF1A本文作者是一位大模型训练工程师。")]
    [DataRow("本文第一作者为上海交通大学博士生程磊,指导老师为张拳石教授。")]
    [DataRow("本文一作为肖泽琪,本科毕业于浙江大学。")]
    [DataRow("作者介绍:刘梦源,北京大学深圳研究生院研究员。")]
    [DataRow("By Maria Chen, The Edge Report")]
    [DataRow("Editor's note: this post is adapted from a blog.")]
    public void Bylines(string line) => Assert.IsTrue(ProseShapes.IsByline(line), line);

    [TestMethod]
    [DataRow("作者用 Qwen3-8B 做 SFT+DPO 私域后训练")]
    [DataRow("作者表示，代码将开源。")]
    [DataRow("作者被逼全员审稿!网友痛批不如GPT")]
    [DataRow("本文提出 MobileDreamer:先用 PaddleOCR-VL 抽象页面")]
    [DataRow("By the end of 2025, agents were everywhere.")]
    [DataRow("文本草图表示")]
    public void NotBylines(string line) => Assert.IsFalse(ProseShapes.IsByline(line), line);

    [TestMethod]
    [DataRow("问\uFF1A为什么当初会把长上下文作为第一个突破口？", true)]
    [DataRow("答:我们认为长上下文是必要条件。", true)]
    [DataRow("Q: Will small models replace cloud models?", true)]
    [DataRow("A\uFF1A软件 2.0 是神经网络的权重。", true)]
    [DataRow("Q : which model?", true)]
    [DataRow("Qwen3: 亮点解析", false)]
    [DataRow("问题 1:能否数学证明", false)]
    public void Dialogue(string line, bool dialogue) => Assert.AreEqual(dialogue, ProseShapes.IsDialogue(line), line);

    [TestMethod]
    [DataRow("网友吐槽:这是人能写出来的review吗?", true)]
    [DataRow("网友表示\uFF1A这才是开源该有的样子！", true)]
    [DataRow("朱俊彦说:这只是一小步", true)]
    [DataRow("小说:三体", false)]
    [DataRow("论文名称:WorldMem", false)]
    [DataRow("表示:", false)]
    [DataRow("实验结果:树立可信评估新标准", false)]
    public void Speech(string line, bool speech) => Assert.AreEqual(speech, ProseShapes.IsSpeech(line), line);

    [TestMethod]
    public void InterviewQuestionsAndAnswersAreNoHeadings()
    {
        var article = TestArchive.Article(
            "来源\uFF1A硅星人",
            "一、关于长上下文",
            "问\uFF1A为什么当初会把长上下文作为突破口？",
            "答\uFF1A我们认为它是必要条件。",
            "问\uFF1A成本怎么降下来？",
            "答\uFF1A靠稀疏化。");

        CollectionAssert.AreEqual(new[] { "一、关于长上下文" }, article.Sections.Select(s => s.Heading).ToArray());
        Assert.IsNull(article.Lede, "a byline is no lede");
    }

    [TestMethod]
    public void AQuestionTheNextParagraphAnswersIsProseAndSoIsOneAskedAloud()
    {
        var article = TestArchive.Article("导语", "正文。", "为什么偏偏是 21?", "因为 DNA 双螺旋每 10.5 个碱基旋转一圈。", "效果怎么样呢?", "作者做了测试。", "Gengram 是怎么工作的?", "它的核心逻辑承袭自 Engram。");

        CollectionAssert.AreEqual(new[] { "Gengram 是怎么工作的?" }, article.Sections.Select(s => s.Heading).ToArray());
    }

    [TestMethod]
    public void APollsQuestionAndOptionsAreNoHeadings()
    {
        var article = TestArchive.Article("导语", "正文。", "请在手机微信登录投票", "投票\uFF1A你认为哪个更重要？ 单选", "长上下文", "推理能力", "两者同样重要");

        Assert.AreEqual(0, article.Sections.Count);
        Assert.AreEqual(ElementKind.NumberedItem, article.ElementAt(13).Kind);
        Assert.AreEqual(ElementKind.Paragraph, article.ElementAt(9).Kind);
    }

    [TestMethod]
    public void TablesScoreScalesAndTableTitlesAreNoHeadings()
    {
        var article = TestArchive.Article(
            "导语", "正文。",
            "| 模型 | 得分 |\n| --- | --- |\n| A | 1 |",
            "评分含义如下\uFF1A", "1:拒绝", "2:弱拒绝", "3:边缘拒绝", "4:边缘接受",
            "ROI 一览表\uFF1A为什么值得训 8B", "对比口径如下。", "结论。");

        Assert.AreEqual(0, article.Sections.Count);
        Assert.AreEqual(ElementKind.Table, article.ElementAt(7).Kind);
        Assert.AreEqual(9, article.ElementAt(7).EndLine);
    }

    [TestMethod]
    [DataRow("本文一作为肖泽琪。")]
    [DataRow("作者\uFF1A李然")]
    [DataRow("编者按\uFF1A本文来自投稿。")]
    [DataRow("转载自量子位")]
    public void ABylineOrAnEditorsNoteIsNoLedeButTheStandfirstAfterItIs(string first) =>
        Assert.AreEqual("一个模型同时做好推理和代码。", TestArchive.Article(first, "一个模型同时做好推理和代码。", "正文。").Lede);

    [TestMethod]
    public void AfterSeveralBylinesTheStandfirstIsTheLede() =>
        Assert.AreEqual("摘要一句。", TestArchive.Article("作者 | 陈默", "编辑 | 周周", "摘要一句。", "正文。").Lede);

    [TestMethod]
    public void ALongParagraphAfterABylineIsTheBodyBeginningNotALede()
    {
        var opening = string.Concat(System.Linq.Enumerable.Repeat("当深度学习深陷低效的规模定律时，", 8)) + "我们是否可以回到起点？";

        Assert.IsNull(TestArchive.Article("本文第一作者为上海交通大学博士生程磊。", opening, "正文。").Lede);
    }

    [TestMethod]
    public void ABylineAloneBeforeTheBodyLeavesNoLede() =>
        Assert.IsNull(TestArchive.Article("作者\uFF1A李然", "1. 背景", "正文。").Lede);

    [TestMethod]
    public void AStandfirstIsTheLedeEvenBeforeAByline()
    {
        var article = TestArchive.Article("推理提速3倍还不掉点？", "作者\uFF1A李然", "正文。");

        Assert.AreEqual("推理提速3倍还不掉点？", article.Lede);
    }

    [TestMethod]
    [DataRow("Q1：什么是空间智能？")]
    [DataRow("问2：为什么是现在？")]
    public void NumberedQuestionsOfAnInterviewAreDialogue(string line) => Assert.IsTrue(ProseShapes.IsDialogue(line), line);

    [TestMethod]
    [DataRow("机器之心报道")]
    [DataRow("新智元报道")]
    [DataRow("西风 发自 凹非寺")]
    [DataRow("梦晨 克雷西 发自 凹非寺")]
    [DataRow("量子位 | 公众号 QbitAI")]
    public void MastheadCreditsAreBylines(string line)
    {
        Assert.IsTrue(ProseShapes.IsByline(line), line);
        Assert.AreEqual("让智能体真正上网办事\uFF0C成功率能有多少\uFF1F", TestArchive.Article(line, "让智能体真正上网办事\uFF0C成功率能有多少\uFF1F", "正文\u3002").Lede);
    }

    [TestMethod]
    [DataRow("媒体怎么报道")]
    [DataRow("据外媒报道\uFF0COpenAI 将发布新模型")]
    [DataRow("信号发自太空")]
    [DataRow("关注公众号领取资料")]
    public void OtherLinesWithTheseWordsAreNoBylines(string line) => Assert.IsFalse(ProseShapes.IsByline(line), line);
}
