using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>Every role the body's rules decide names the rule that decided it.</summary>
[TestClass]
public sealed class RoleProvenanceTests
{
    [TestMethod]
    public void EveryRoleOfTheSeedNamesItsRule()
    {
        var undecided = TestArchive.ParseSeed().Articles
            .SelectMany(a => a.Elements)
            .Where(e => e.Kind is not (ElementKind.Header or ElementKind.Footer or ElementKind.Stray or ElementKind.Title or ElementKind.Separator
                or ElementKind.Code or ElementKind.PaperMetadata))
            .Where(e => e.Rule.Length == 0)
            .Select(e => e.Line + " " + e.Kind)
            .ToArray();

        Assert.AreEqual(0, undecided.Length, string.Join(", ", undecided.Take(10)));
    }

    [TestMethod]
    public void RuleIdsAreShortKebabCase()
    {
        var rules = TestArchive.ParseSeed().Articles.SelectMany(a => a.Elements).Select(e => e.Rule).Where(r => r.Length > 0).Distinct().ToArray();

        Assert.IsTrue(rules.Length > 10);
        foreach (var rule in rules)
        {
            Assert.IsTrue(rule.Length <= 32 && rule.All(c => c is >= 'a' and <= 'z' or '-'), rule);
        }
    }

    [TestMethod]
    public void AHeadingNamesTheRuleThatMadeIt()
    {
        var article = TestArchive.Article("导语。", "01 背景", "正文。", "研究方法", "正文。", "## 实验", "正文。");

        CollectionAssert.AreEqual(new[] { "heading-numbered", "heading-plain", "heading-markdown" },
            article.Elements.Where(e => e.Kind == ElementKind.Heading).Select(e => e.Rule).ToArray());
        Assert.AreEqual("lede", article.ElementAt(3).Rule);
    }
}
