using AiDigest.Generators.Runtime;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Runtime;

/// <summary>
/// The lookups' key normalisation. One implementation (<c>Runtime/LookupKeys.cs</c>) serves the generated lookups at
/// run time, the generator's index and the analyzer, so these cases hold for all three.
/// </summary>
[TestClass]
public sealed class LookupKeysTests
{
    [TestMethod]
    [DataRow("2505.02835", "2505.02835")]
    [DataRow("2505.02835v12", "2505.02835")]
    [DataRow("2505.02835v", "2505.02835v")]
    [DataRow("arXiv:2505.02835", "2505.02835")]
    [DataRow("arxiv:2505.02835v3", "2505.02835")]
    [DataRow("ARXIV: 2505.02835", "2505.02835")]
    [DataRow("arXiv\uFF1A2505.02835", "2505.02835")]
    [DataRow("arXiv 2505.02835", "arXiv 2505.02835")]
    [DataRow("arXiv:", "")]
    [DataRow("hep-th/9901001v2", "hep-th/9901001")]
    [DataRow("  v2  ", "v2")]
    [DataRow("", "")]
    public void ArxivIds(string value, string key) => Assert.AreEqual(key, LookupKeys.ArxivId(value));

    [TestMethod]
    [DataRow("xizaoqu/WorldMem", "xizaoqu/WorldMem")]
    [DataRow(" https://github.com/xizaoqu/WorldMem/ ", "xizaoqu/WorldMem")]
    [DataRow("http://www.github.com/xizaoqu/WorldMem.git", "xizaoqu/WorldMem")]
    [DataRow("GitHub.com/xizaoqu/WorldMem#readme", "xizaoqu/WorldMem")]
    [DataRow("xizaoqu//WorldMem/tree/main", "xizaoqu/WorldMem")]
    [DataRow("github.com/a/b?tab=readme", "a/b")]
    [DataRow("xizaoqu", "xizaoqu")]
    [DataRow("/", "/")]
    [DataRow("", "")]
    public void Repositories(string value, string key) => Assert.AreEqual(key, LookupKeys.Repository(value));

    [TestMethod]
    [DataRow("  WorldMem \t", "WorldMem")]
    [DataRow("物理图灵测试", "物理图灵测试")]
    public void TitlesAndIds(string value, string key) => Assert.AreEqual(key, LookupKeys.Text(value));
}
