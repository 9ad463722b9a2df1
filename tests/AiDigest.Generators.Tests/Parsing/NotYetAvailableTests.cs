using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>The principle of <see cref="NotYetAvailable"/>: a value that says the thing does not exist yet is no malformed link.</summary>
[TestClass]
public sealed class NotYetAvailableTests
{
    [TestMethod]
    [DataRow("代码：暂未开源")]
    [DataRow("代码:即将开源")]
    [DataRow("代碼：敬請期待")]
    [DataRow("Code: coming soon")]
    [DataRow("Demo: TBD")]
    [DataRow("模型：N/A")]
    [DataRow("代码：（尚未公开）")]
    [DataRow("代码：无")]
    public void AStatementThatTheThingIsNotOutIsNoMalformedLink(string line)
    {
        var archive = TestArchive.Parse("header https://example.com", "", "#A", "导语。", "论文地址：https://arxiv.org/abs/2503.14476", line, "....");

        Assert.AreEqual(0, archive.Diagnostics.Count, line);
        var paper = archive.Articles.Single().Papers.Single();
        Assert.IsNull(paper.CodeUrl);
        Assert.IsNull(paper.DemoUrl);
        Assert.IsNull(paper.ModelUrl);
        Assert.IsTrue(PaperMetadataLine.TryParse(line, out var metadata));
        Assert.IsTrue(metadata.StatesAbsence);
        Assert.IsNull(metadata.Url);
    }

    [TestMethod]
    [DataRow("代码链接: 见文末", DisplayName = "a pointer is still no link")]
    [DataRow("论文地址:", DisplayName = "nothing")]
    [DataRow("代码：github 上搜 DAPO 就有", DisplayName = "words that are no statement of absence")]
    public void AMissingLinkIsStillReported(string line)
    {
        var archive = TestArchive.Parse("header https://example.com", "", "#A", "导语。", line, "....");

        Assert.AreEqual(DiagnosticIds.MetadataValueNotUrl, archive.Diagnostics.Single().Id, line);
    }

    [TestMethod]
    [DataRow("暂未开源", true)]
    [DataRow("即将发布，敬请关注", true)]
    [DataRow("Coming soon!", true)]
    [DataRow("none", true)]
    [DataRow("无", true)]
    [DataRow("无需注册即可使用的在线版本", false)]
    [DataRow("NAS 上的镜像", false)]
    [DataRow("暂未开源，但作者在 https://example.com 放了演示", false)]
    public void WhatSaysAbsence(string value, bool absent) => Assert.AreEqual(absent, NotYetAvailable.Says(value), value);
}
