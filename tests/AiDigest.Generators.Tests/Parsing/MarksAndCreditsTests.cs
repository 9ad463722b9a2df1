using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>Checklists, marked captions, pictures, bold headings and credits, in Simplified, Traditional and full-width spellings.</summary>
[TestClass]
public sealed class MarksAndCreditsTests
{
    private static string[] Headings(ArticleModel article) => article.Sections.Select(s => s.Heading).ToArray();

    private static string?[] Captions(ArticleModel article) => article.Figures.Select(f => f.Caption).ToArray();

    [TestMethod]
    public void ChecklistItemsAreListItemsNotHeadings()
    {
        var article = RepeatedLabelTests.Raw("导语。", string.Empty, "方法", string.Empty, "正文。", string.Empty, "\u2705 改动只有两行代码", "\u2705 在 7B 和 32B 模型上都有效", "\u274C 对非推理任务的效果还没有验证");

        CollectionAssert.AreEqual(new[] { "方法" }, Headings(article));
        Assert.AreEqual(ElementKind.BulletItem, article.ElementAt(9).Kind);
        Assert.AreEqual("list-check", article.ElementAt(9).Rule);
    }

    [TestMethod]
    [DataRow("图：训练过程中策略熵的变化")]
    [DataRow("\u25B2 图为 MemAgent 的整体框架，左边是读入，右边是记忆")]
    [DataRow("（图源：论文）")]
    [DataRow("國網中心機房一景（圖片來源：國網中心）")]
    [DataRow("圖\uFF11：Breeze 2 的架構")]
    [DataRow("图 3-2 多头注意力的结构")]
    public void AMarkedCaptionUnderAPictureCaptionsIt(string caption)
    {
        var article = TestArchive.Article("导语。", "方法", "正文。", "图片", caption, "正文。", "实验", "正文。");

        CollectionAssert.AreEqual(new[] { caption }, Captions(article));
        CollectionAssert.AreEqual(new[] { "方法", "实验" }, Headings(article));
    }

    [TestMethod]
    [DataRow("圖片")]
    [DataRow("[圖片]")]
    [DataRow("![框架图](https://mmbiz.qpic.cn/sz_mmbiz_png/framework.png)")]
    public void PicturesInEverySpelling(string picture)
    {
        var article = TestArchive.Article("导语。", "正文。", picture, "正文。");

        Assert.AreEqual(ElementKind.Image, article.ElementAt(7).Kind);
        Assert.AreEqual(1, article.Figures.Count);
    }

    [TestMethod]
    public void AWholeLineInBoldIsAHeading()
    {
        var article = TestArchive.Article("导语。", "**为什么要扩记忆**", "正文。", "这句话里**加粗**的只是强调。");

        CollectionAssert.AreEqual(new[] { "为什么要扩记忆" }, Headings(article));
        Assert.AreEqual("heading-bold", article.ElementAt(5).Rule);
    }

    [TestMethod]
    [DataRow("©PaperWeekly 原创 · 作者 | 小鹿")]
    [DataRow("机器之心编辑部")]
    [DataRow("整理｜小舟")]
    [DataRow("整理：AI 前线")]
    [DataRow("主播：阿宁")]
    [DataRow("撰文／陳品潔　編輯／林怡君")]
    public void ACreditIsNoLedeAndTheStandfirstAfterItIs(string credit)
    {
        var article = TestArchive.Article(credit, "本周我们挑出了 5 篇论文。", "正文。");

        Assert.AreEqual("本周我们挑出了 5 篇论文。", article.Lede);
        Assert.AreEqual("prose-byline", article.ElementAt(3).Rule);
    }

    [TestMethod]
    public void AReprintNoticeIsCreditsEveryLine()
    {
        var article = RepeatedLabelTests.Raw("作者：云中书", "链接：https://zhuanlan.zhihu.com/p/1921987654", "来源：知乎", "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。", string.Empty, "整理了一份入门清单。", string.Empty, "正文。");

        Assert.AreEqual("整理了一份入门清单。", article.Lede);
    }

    [TestMethod]
    public void FullWidthAndTraditionalNumberingHeadParts()
    {
        var article = TestArchive.Article("导语。", "\uFF11\uFF0E背景", "正文。", "\uFF12\uFF0E方法", "正文。", "第一部分\u3000不跟大廠比參數", "正文。", "第一步：准备数据", "正文。");

        CollectionAssert.AreEqual(new[] { "\uFF11\uFF0E背景", "\uFF12\uFF0E方法", "第一部分\u3000不跟大廠比參數", "第一步：准备数据" }, Headings(article));
    }

    [TestMethod]
    public void TimestampsBackToBackAreAListUnderTheirHeading()
    {
        var article = RepeatedLabelTests.Raw("导语。", string.Empty, "时间轴", string.Empty, "00:02:15 开场：什么是套壳", "00:08:40 第一个产品为什么失败了", "00:12:30 模型升级怎么办", string.Empty, "正文。");

        CollectionAssert.AreEqual(new[] { "时间轴" }, Headings(article));
        Assert.AreEqual("list-timestamps", article.ElementAt(7).Rule);
    }

    [TestMethod]
    public void ReferenceHeadingsInTraditionalCharacters()
    {
        var article = TestArchive.Article("导语。", "方法", "正文。", "參考文獻：", "[1] Tam Z R, et al. An Improved Traditional Chinese Evaluation Suite. arXiv:2403.01858, 2024.");

        Assert.AreEqual(ElementKind.ReferenceHeading, article.ElementAt(9).Kind);
    }
}
