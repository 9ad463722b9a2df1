using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Texts;

[TestClass]
public sealed class ArxivIdentifierTests
{
    [TestMethod]
    [DataRow("2505.02835", "2505.02835")]
    [DataRow("2505.02835v2", "2505.02835")]
    [DataRow("2505.02835v12", "2505.02835")]
    [DataRow(" 2505.02835 ", "2505.02835")]
    [DataRow("0704.0001", "0704.0001", DisplayName = "April 2007: the first new-style id")]
    [DataRow("1412.9999", "1412.9999", DisplayName = "December 2014: four digits")]
    [DataRow("1501.00001", "1501.00001", DisplayName = "January 2015: five digits")]
    [DataRow("9912.12345", "9912.12345")]
    [DataRow("hep-th/9711200", "hep-th/9711200", DisplayName = "old style")]
    [DataRow("math.GT/0309136", "math.GT/0309136")]
    [DataRow("hep-th/9711200v3", "hep-th/9711200")]
    public void ValidIdsAreNormalisedWithoutVersion(string written, string expected)
    {
        Assert.IsTrue(ArxivIdentifier.TryNormalize(written, out var id), written);
        Assert.AreEqual(expected, id);
    }

    [TestMethod]
    [DataRow("0703.0001", DisplayName = "March 2007: before new-style ids")]
    [DataRow("0612.1234", DisplayName = "2006")]
    [DataRow("1412.12345", DisplayName = "five digits before 2015")]
    [DataRow("1501.0001", DisplayName = "four digits from 2015 on")]
    [DataRow("2513.01234", DisplayName = "month 13")]
    [DataRow("2500.01234", DisplayName = "month 0")]
    [DataRow("25a5.02835")]
    [DataRow("2505.0283x")]
    [DataRow("2505.02835v")]
    [DataRow("2505.02835vx")]
    [DataRow("25050.2835")]
    [DataRow("2505-02835")]
    [DataRow("2505.")]
    [DataRow("")]
    [DataRow("hep-th/971120", DisplayName = "old style with six digits")]
    [DataRow("hep th/9711200", DisplayName = "a space in the archive")]
    [DataRow("hep2/9711200", DisplayName = "a digit in the archive")]
    [DataRow("/9711200")]
    [DataRow("hep-th/97112OO")]
    public void InvalidIdsAreRejected(string written) => Assert.IsFalse(ArxivIdentifier.TryNormalize(written, out _), written);

    [TestMethod]
    [DataRow("见 arXiv:2505.02835v2。", "2505.02835")]
    [DataRow("arXiv 2505.02835 提出", "2505.02835")]
    [DataRow("arXiv: 2505.02835", "2505.02835")]
    [DataRow("ARXIV:2505.02835", "2505.02835")]
    [DataRow("(arXiv:2505.02835)", "2505.02835")]
    [DataRow("arXiv:2505.02835是最新的", "2505.02835")]
    [DataRow("arXiv:hep-th/9711200, 1997.", "hep-th/9711200")]
    [DataRow("arXiv\uFF1A2505.02835", "2505.02835")]
    public void MentionsInRunningText(string line, string id)
    {
        var mention = Assert.ContainsSingle(ArxivMentions.FindMentions(line));
        Assert.AreEqual(id, mention.Id);
    }

    [TestMethod]
    [DataRow("arXiv 2024.", DisplayName = "a venue and a year")]
    [DataRow("https://arxiv.org/abs/2505.02835", DisplayName = "a link, not a mention")]
    [DataRow("myarXiv:2505.02835", DisplayName = "glued to a word")]
    [DataRow("arXiv", DisplayName = "nothing after")]
    [DataRow("arXiv-2505.02835")]
    [DataRow("发布在 arXiv 上")]
    public void NotMentions(string line) => Assert.AreEqual(0, ArxivMentions.FindMentions(line).Count, line);

    [TestMethod]
    public void AMalformedIdIsAMentionWithoutId()
    {
        var mention = Assert.ContainsSingle(ArxivMentions.FindMentions("见 arXiv:2513.01234 的讨论"));
        Assert.IsNull(mention.Id);
        Assert.AreEqual("2513.01234", mention.Written);
        Assert.AreEqual(8, mention.Column);
    }

    [TestMethod]
    [DataRow("https://arxiv.org/abs/2505.02835", "2505.02835")]
    [DataRow("https://arxiv.org/pdf/2511.01234v2", "2511.01234")]
    [DataRow("https://arxiv.org/pdf/2511.01234v2.pdf", "2511.01234")]
    [DataRow("https://www.arxiv.org/html/2505.02835v1", "2505.02835")]
    [DataRow("http://export.arxiv.org/abs/hep-th/9711200", "hep-th/9711200")]
    [DataRow("https://arxiv.org/list/cs.AI/recent", null)]
    [DataRow("https://arxiv.org/abs/2513.01234", null)]
    [DataRow("https://example.com/abs/2505.02835", null)]
    public void IdsFromLinks(string url, string? id) => Assert.AreEqual(id, Urls.ArxivIdFromUrl(url));
}
