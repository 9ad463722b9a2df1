using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>Principle: standalone questions, each over a wider answer, three or more in an article, are its headings.</summary>
[TestClass]
public sealed class QuestionRunTests
{
    private static string[] Headings(ArticleModel article) => article.Sections.Select(s => s.Heading).ToArray();

    private const string Q1 = "为什么你们坚持做 3B 这个尺寸，而不是像别人一样先做一个大模型？";
    private const string Q2 = "小模型的能力上限到底由什么决定，是数据还是参数？";
    private const string Q3 = "如果只能给同行一个建议，你会说什么？";
    private const string Answer = "我们算过一笔账。现在旗舰手机能给模型留出来的内存，大概就是 4GB 左右，再大就要和系统抢内存了。";

    [TestMethod]
    public void QuestionsOverAnswersAreTheInterviewsHeadings()
    {
        var article = TestArchive.Article("导语。", "以下是对话实录：", Q1, Answer, Q2, Answer, Answer, Q3, Answer);

        CollectionAssert.AreEqual(new[] { Q1, Q2, Q3 }, Headings(article));
        Assert.IsTrue(article.Sections.All(s => s.Level == 1));
        Assert.AreEqual("heading-question-run", article.ElementAt(7).Rule);
    }

    [TestMethod]
    public void TwoQuestionsAreNoRun()
    {
        var article = TestArchive.Article("导语。", Q1, Answer, Q2, Answer);

        Assert.AreEqual(0, article.Sections.Count);
    }

    [TestMethod]
    public void QuestionsAmongHeadingsOfAnotherShapeAreProse()
    {
        var article = TestArchive.Article("导语。", Q1, Answer, "AI 之间互坑", Answer, Q2, Answer, "AI 吐槽大会", Answer, Q3, Answer);

        CollectionAssert.AreEqual(new[] { "AI 之间互坑", "AI 吐槽大会" }, Headings(article));
    }

    [TestMethod]
    public void ASpeakersQuestionsAreDialogue()
    {
        var article = TestArchive.Article("导语。", "主持人：" + Q1, Answer, "主持人：" + Q2, Answer, "主持人：" + Q3, Answer);

        Assert.AreEqual(0, article.Sections.Count);
        Assert.AreEqual(ElementKind.Paragraph, article.ElementAt(5).Kind);
    }

    [TestMethod]
    public void QuestionsBackToBackHeadNothing()
    {
        var article = TestArchive.Article("导语。", Q1, Q2, Q3, "好。");

        Assert.AreEqual(0, article.Sections.Count(s => s.Heading == Q1 || s.Heading == Q2));
    }
}
