using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>The metadata keys, field words and reference headings of <c>Vocabulary</c>, matched on folded keys: Traditional and full-width spellings are the same words.</summary>
[TestClass]
public sealed class CitationVocabularyTests
{
    [TestMethod]
    [DataRow("論文標題：The Breeze 2 Herd of Models", "Title")]
    [DataRow("論文地址：https://arxiv.org/abs/2501.13921", "Paper")]
    [DataRow("論文連結：https://arxiv.org/abs/2210.03629", "Paper")]
    [DataRow("程式碼：https://github.com/mtkresearch/Breeze2", "Code")]
    [DataRow("代碼：https://github.com/o/r", "Code")]
    [DataRow("代码：https://gitee.com/zju-medhalu/medhalu-zh", "Code")]
    [DataRow("模型下載：https://huggingface.co/MediaTek-Research/Breeze2", "Model")]
    [DataRow("ＧｉｔＨｕｂ：https://github.com/o/r", "Code")]
    [DataRow("项目地址：https://gitlab.com/group/project", "Code")]
    [DataRow("[Technical Report](https://example.com/report.pdf)", "Paper")]
    [DataRow("[Paper](https://openreview.net/forum?id=abc)", "Paper")]
    [DataRow("[链接](https://aclanthology.org/2024.emnlp-main.626/)", "Paper")]
    [DataRow("[链接](https://gitlab.com/o/r)", "Code")]
    public void KeysMatchOnTheirFoldedSpelling(string line, string field)
    {
        Assert.IsTrue(PaperMetadataLine.TryParse(line, out var metadata), line);
        Assert.AreEqual(field, metadata.Field.ToString(), line);
    }

    [TestMethod]
    [DataRow("參考文獻：")]
    [DataRow("參考資料")]
    [DataRow("延伸閱讀：")]
    [DataRow("推薦閱讀")]
    [DataRow("Refs:")]
    [DataRow("参考文献")]
    public void ReferenceHeadingsMatchOnTheirFoldedSpelling(string line) => Assert.IsTrue(ReferenceLists.IsHeading(line, out _), line);

    [TestMethod]
    [DataRow("https://doi.org/10.1109/TPAMI.2025.3571846", true)]
    [DataRow("https://openreview.net/pdf?id=Xk3pQ7rTmB", true)]
    [DataRow("https://openreview.net/forum?id=Xk3pQ7rTmB", true)]
    [DataRow("https://openreview.net/group?id=ICLR.cc/2025", false)]
    [DataRow("https://aclanthology.org/2025.acl-long.873.pdf", true)]
    [DataRow("https://proceedings.neurips.cc/paper_files/paper/2022/hash/b1ef-Abstract-Conference.html", true)]
    [DataRow("https://proceedings.mlr.press/v202/kim23a.html", true)]
    [DataRow("https://openaccess.thecvf.com/content/CVPR2024/html/Leng_CVPR_2024_paper.html", true)]
    [DataRow("https://arxiv.org/pdf/2505.21034v2", true)]
    [DataRow("https://arxiv.org/list/cs.AI/recent", false)]
    [DataRow("https://doi.org/", false)]
    [DataRow("https://zhuanlan.zhihu.com/p/1", false)]
    public void PaperLinks(string url, bool paper) => Assert.AreEqual(paper, Urls.IsPaperUrl(url), url);

    [TestMethod]
    [DataRow("https://github.com/o/r", true)]
    [DataRow("https://gitlab.com/ict-edge-llm/specdec-edge", true)]
    [DataRow("https://gitee.com/zju-medhalu/medhalu-zh", true)]
    [DataRow("https://gitlab.com/explore", false)]
    [DataRow("https://github.com/o", false)]
    [DataRow("https://example.com/o/r", false)]
    public void CodeLinks(string url, bool code) => Assert.AreEqual(code, Urls.IsCodeUrl(url), url);
}
