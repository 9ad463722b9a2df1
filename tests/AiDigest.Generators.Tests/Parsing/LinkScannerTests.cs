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
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Tests.Parsing;

[TestClass]
public sealed class LinkScannerTests
{
    [TestMethod]
    [DataRow("Jim Fan 提到的博客:https://signull.substack.com/p/we-passed 。", "https://signull.substack.com/p/we-passed")]
    [DataRow("[📖 arXiv Paper](https://arxiv.org/abs/2505.02835)", "https://arxiv.org/abs/2505.02835")]
    [DataRow("https://x.com/papercopilot/status/1920964042123858217 \u00A0", "https://x.com/papercopilot/status/1920964042123858217")]
    [DataRow("see https://example.com/a_(b) for more.", "https://example.com/a_(b)")]
    [DataRow("链接https://x.com/karpathy/status/1?s=20,后面是中文", "https://x.com/karpathy/status/1?s=20")]
    [DataRow("(https://example.com/path).", "https://example.com/path")]
    public void UrlsAreTakenExactlyAsWrittenWithoutSurroundingPunctuation(string line, string expected)
    {
        Assert.AreEqual(expected, LinkScanner.FindUrls(line).Single().Url);
    }

    [TestMethod]
    public void ColumnsAreWhereTheUrlStarts()
    {
        var urls = LinkScanner.FindUrls("a https://a.example/ b http://b.example/x");

        CollectionAssert.AreEqual(new[] { 2, 23 }, urls.Select(u => u.Column).ToArray());
    }

    [TestMethod]
    [DataRow("https://arxiv.org/abs/2506.23075", "Arxiv")]
    [DataRow("https://github.com/wusize/Harmon", "GitHub")]
    [DataRow("https://huggingface.co/spaces/yslan/worldmem", "HuggingFace")]
    [DataRow("https://xizaoqu.github.io/worldmem", "ProjectPage")]
    [DataRow("https://x.com/karpathy/status/2017296988589723767?s=20", "Twitter")]
    [DataRow("https://twitter.com/a/status/1", "Twitter")]
    [DataRow("https://www.youtube.com/watch?v=zzXyPGEtseI", "YouTube")]
    [DataRow("https://youtu.be/zzXyPGEtseI", "YouTube")]
    [DataRow("https://zhuanlan.zhihu.com/p/693747946", "Zhihu")]
    [DataRow("https://mp.weixin.qq.com/s/MEzYIk2Ztll6fr1gyZUQXg", "WeChat")]
    [DataRow("https://sakana.ai/ctm/", "Other")]
    [DataRow("https://notarxiv.org.example.com/", "Other")]
    public void LinksAreClassifiedByHost(string url, string kind) => Assert.AreEqual(System.Enum.Parse<LinkKind>(kind), LinkScanner.Classify(url));

    [TestMethod]
    [DataRow("https://github.com/teorth/estimate_tools/blob/master/x.lean", "teorth/estimate_tools")]
    [DataRow("https://github.com/SakanaAI/continuous-thought-machines/", "SakanaAI/continuous-thought-machines")]
    [DataRow("https://github.com/owner/repo.git", "owner/repo")]
    [DataRow("https://github.com/owner", null)]
    [DataRow("https://github.com/features/copilot", null)]
    public void GitHubRepositoriesAreOwnerSlashName(string url, string? repository) =>
        Assert.AreEqual(repository, Urls.GitHubRepository(url));

    [TestMethod]
    [DataRow("https://arxiv.org/abs/2512.16969v1", "2512.16969")]
    [DataRow("https://arxiv.org/pdf/2505.05469", "2505.05469")]
    [DataRow("https://arxiv.org/pdf/2505.05469v2.pdf", "2505.05469")]
    [DataRow("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001")]
    [DataRow("https://arxiv.org/abs/1412.6980", "1412.6980")]
    [DataRow("https://arxiv.org/abs/2513.00001", null)]
    [DataRow("https://arxiv.org/list/cs.AI/recent", null)]
    public void ArxivIdsAreNormalisedWithoutVersion(string url, string? id) => Assert.AreEqual(id, Urls.ArxivIdFromUrl(url));

    [TestMethod]
    public void ArxivMentionsInRunningText()
    {
        var mentions = ArxivMentions.FindMentions("arXiv preprint arXiv:2512.16969v1, 2025. Also arXiv 2024 and arXiv 2407.08642.");

        CollectionAssert.AreEqual(new[] { "2512.16969", "2407.08642" }, mentions.Select(m => m.Id).ToArray());
    }

    [TestMethod]
    public void ArticleLinksKeepLineAndKind()
    {
        var article = TestArchive.Article("导语", "想看热闹的朋友请移步: https://www.moltbook.com/", "项目主页:https://project.example.org/x");

        CollectionAssert.AreEqual(new[] { 5, 7 }, article.Links.Select(l => l.Line).ToArray());
        Assert.AreEqual(LinkKind.Other, article.Links[0].Kind);
        Assert.AreEqual(LinkKind.ProjectPage, article.Links[1].Kind, "a project-page key makes its link a project page");
    }
}
