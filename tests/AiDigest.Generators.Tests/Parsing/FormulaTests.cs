using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// A line with no CJK made mostly of operators, Greek letters and identifiers of mathematics is a formula
/// (<see cref="FormulaShapes"/>): a displayed equation of the running text, never a heading and never code. LaTeX
/// kept as source is code in LaTeX, as the pages' keys read it.
/// </summary>
[TestClass]
public sealed class FormulaTests
{
    [TestMethod]
    [DataRow("L = -log p(x)")]
    [DataRow("s(x) = ∇_x log p(x)")]
    [DataRow("q(x_t | x_{t-1}) = N(x_t; √(1-β_t) x_{t-1}, β_t I)")]
    [DataRow("O(εT²)")]
    [DataRow("Attention(Q, K, V) = softmax(QK^T / √d_k) V")]
    [DataRow("MultiHead(Q, K, V) = Concat(head_1, …, head_h) W^O")]
    [DataRow("L(N, D) = E + A / N^α + B / D^β")]
    [DataRow("dx/dt = v_t(x)，x(0) ~ p_0")]
    [DataRow("⟨R_m q, R_n k⟩ = ⟨q, R_{n-m} k⟩")]
    [DataRow("L_simple = E_{t, x_0, ε} ‖ε - ε_θ(x_t, t)‖²")]
    [DataRow("y = f(x)")]
    public void AFlattenedFormulaIsAFormula(string line) => Assert.IsTrue(FormulaShapes.IsFormula(line), line);

    [TestMethod]
    [DataRow("OPENAI_API_KEY=sk-xxxxxxxx")]
    [DataRow("x = foo(a, b)")]
    [DataRow("self.scale = alpha / r")]
    [DataRow("print(\"x = 1\")")]
    [DataRow("acc += int32_t(A[i * K + k]);")]
    [DataRow("Lecture 3: Attention")]
    [DataRow("GPT-4o vs. Claude 3.5")]
    [DataRow("C++")]
    [DataRow("A/B testing at scale")]
    [DataRow("N_opt ∝ C^a，其中 a = β / (α + β)")]
    [DataRow("- β 越小，越偏离参考模型")]
    [DataRow("https://example.org/x_t?a=b")]
    [DataRow("$$x^2$$")]
    [DataRow("# x = y^2")]
    [DataRow("Q&A")]
    [DataRow("ab")]
    [DataRow("RL → SFT → RL")]
    [DataRow("8×H100")]
    [DataRow("A100 × 8")]
    public void CodeProseAndHeadingsAreNoFormula(string line) => Assert.IsFalse(FormulaShapes.IsFormula(line), line);

    [TestMethod]
    public void AFormulaBetweenSentencesIsNeitherAHeadingNorCode()
    {
        var article = TestArchive.Article(
            "导语。",
            "1. 前向过程",
            "每一步往数据里加一点高斯噪声：",
            "q(x_t | x_{t-1}) = N(x_t; √(1-β_t) x_{t-1}, β_t I)",
            "其中 β_t 是方差表。",
            "s_θ(x_t, t) = -ε_θ(x_t, t) / √(1-ᾱ_t)",
            "2. 反向过程",
            "正文。");

        Assert.AreEqual(ElementKind.Formula, article.ElementAt(9).Kind);
        Assert.AreEqual("formula-line", article.ElementAt(9).Rule);
        Assert.AreEqual(ElementKind.Formula, article.ElementAt(13).Kind);
        CollectionAssert.AreEqual(new[] { "1. 前向过程", "2. 反向过程" }, article.Sections.Select(s => s.Heading).ToArray());
        Assert.IsTrue(article.Sections.All(s => s.Level == 1));
        Assert.AreEqual(0, article.CodeBlocks.Count);
    }

    [TestMethod]
    public void LatexDisplaysAreLatexCodeAndEndAtTheirClose()
    {
        var article = TestArchive.Article(
            "导语。",
            "$$\\hat{A}_t = \\sum_{l=0}^{\\infty} (\\gamma\\lambda)^l \\delta_{t+l}$$",
            "actor_critic.png",
            "\\begin{aligned}\nL &= a \\\\\n&= b\n\\end{aligned}",
            "结束。");

        CollectionAssert.AreEqual(new[] { (5, 5, "latex"), (9, 12, "latex") }, article.CodeBlocks.Select(c => (c.Line, c.EndLine, c.Language)).ToArray());
        Assert.AreEqual(ElementKind.Image, article.ElementAt(7).Kind);
    }

    [TestMethod]
    public void AFormulaOrADisplayAfterABlankLineEndsABlockOfCode()
    {
        var article = TestArchive.Article("导语。", "import torch\nx = torch.zeros(3)", "L = -log p(x)", "结束。");

        Assert.AreEqual((5, 6), article.CodeBlocks.Select(c => (c.Line, c.EndLine)).Single());
        Assert.AreEqual(ElementKind.Formula, article.ElementAt(8).Kind);

        var display = TestArchive.Article("导语。", "import torch\nx = torch.zeros(3)", "$$", "x^2", "$$", "结束。");
        CollectionAssert.AreEqual(new[] { (5, 6, "python"), (8, 12, "latex") }, display.CodeBlocks.Select(c => (c.Line, c.EndLine, c.Language)).ToArray());
    }
}
