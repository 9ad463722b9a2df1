using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// Code by evidence that holds across languages (<see cref="CodeEvidence"/>): a run of code-shaped lines is a block
/// whatever its first line, its lines together name its language, a command's output stays with it; prose, bullets,
/// headings and formulas of other pages stay what they are.
/// </summary>
[TestClass]
public sealed class CodeEvidenceTests
{
    [TestMethod]
    [DataRow("for (int kk = 0; kk < K; kk += 32) {\n    __m256i a = _mm256_loadu_si256((const __m256i*)(A + kk));\n    acc = std::max(acc, a);\n}", "cpp")]
    [DataRow("let tok = Arc::new(Tokenizer::from_file(\"t.json\").unwrap());\nprintln!(\"{}\", tok.len());", "rust")]
    [DataRow("WORKDIR /src\nCOPY . .\nRUN cargo build --release\nCMD [\"tok-server\"]", "dockerfile")]
    [DataRow("--- a/vllm/engine/arg_utils.py\n+++ b/vllm/engine/arg_utils.py\n@@ -412,5 +412,5 @@ class EngineArgs:\n-            default=256,\n+            default=EngineArgs.max_num_seqs,", "diff")]
    [DataRow("diff --git a/x.py b/x.py\nindex 3f2c1a9..8b7d4e0 100644\n--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n-a = 1\n+a = 2", "diff")]
    [DataRow("winget install --id Ollama.Ollama -e\n$env:OLLAMA_MODELS = \"D:\\ollama\\models\"\nollama --version", "powershell")]
    [DataRow("param([string]$Model = \"qwen3:8b\")\n$ErrorActionPreference = \"Stop\"\nWrite-Host \"模型 $Model 已就绪\" -ForegroundColor Green", "powershell")]
    [DataRow("Invoke-RestMethod -Uri http://localhost:11434/api/tags -Method Get", "powershell")]
    [DataRow("CXX      = g++\nCXXFLAGS = -O3 -march=native\n\ngemm: gemm.cpp\n\t$(CXX) $(CXXFLAGS) -o $@ $<\n\n.PHONY: bench", "makefile")]
    [DataRow("-- 每天的调用量\nSELECT\n    l.model,\n    count(*) AS calls\nFROM logs AS l\nGROUP BY l.model\nLIMIT 10;", "sql")]
    [DataRow("pytest tests/engine/test_arg_utils.py -q\n........................   [100%]\n24 passed in 3.41s", "shell")]
    [DataRow("pip install torch==2.5.1\npython -c \"import torch; print(torch.__version__)\"\n2.5.1+cu124 True", "shell")]
    [DataRow("import torch\nimport torch.nn as nn\n\nclass LoRALinear(nn.Module):\n    def forward(self, x):\n        return self.base(x)", "python")]
    public void ARunOfCodeShapedLinesIsOneBlockNamedByWhatItsLinesShow(string code, string language)
    {
        var article = TestArchive.Article("导语。", "照着做：", code, "完成。");

        var lines = code.Split('\n').Length;
        var block = article.CodeBlocks.Single();
        Assert.AreEqual((7, 7 + lines - 1, language), (block.Line, block.EndLine, block.Language), code);
        Assert.AreEqual(0, article.Sections.Count, "no line of code is a heading");
        Assert.AreEqual(ElementKind.Paragraph, article.ElementAt(7 + lines + 1).Kind, "prose resumes after the block");
    }

    [TestMethod]
    public void AnOpeningLineAndTheOutputUnderItAreOneBlock()
    {
        var article = TestArchive.Article("导语。", "跑一下：", "$ make bench\ng++ -O3 -o gemm gemm.cpp\nnaive:    31.2 GFLOPS\ntiled:   187.5 GFLOPS", "快了六倍。");

        Assert.AreEqual((7, 10, "shell"), article.CodeBlocks.Select(c => (c.Line, c.EndLine, c.Language)).Single());
        Assert.AreEqual("code-opening", article.ElementAt(7).Rule);
    }

    [TestMethod]
    public void EachBlockRecordsTheRuleThatTookIt()
    {
        var article = TestArchive.Article("导语。", "```python\nx = 1\n```", "WORKDIR /src\nCOPY . .", "$$", "x^2", "$$", "$$\\hat{A} = \\sum_l \\delta_l$$", "结束。");

        CollectionAssert.AreEqual(
            new[] { "code-fence", "code-evidence", "formula-latex", "formula-latex" },
            article.Elements.Where(e => e.Kind == ElementKind.Code).Select(e => e.Rule).ToArray(),
            string.Join(" / ", article.Elements.Select(e => e.Line + " " + e.Kind + " " + e.Rule)));
    }

    [TestMethod]
    [DataRow("Part 1: The case for small models")]
    [DataRow("Step 2: Install the package")]
    [DataRow("We trained the model for three days on eight GPUs.")]
    [DataRow("GPT-4o, Claude 3.5 and Gemini 1.5 Pro")]
    [DataRow("Results (2024)")]
    [DataRow("10/10(100%)")]
    [DataRow("Q&A")]
    [DataRow("https://github.com/vllm-project/vllm")]
    [DataRow("L = -log p(x)")]
    [DataRow("![diagram](https://example.com/a.png)")]
    [DataRow("[Attention Is All You Need](https://arxiv.org/abs/1706.03762)")]
    [DataRow("— Andrej Karpathy (@karpathy)")]
    [DataRow("Ho, J., Jain, A., & Abbeel, P. (2020). Denoising diffusion probabilistic models. NeurIPS.")]
    [DataRow("[3] A. Vaswani et al., \"Attention is all you need,\" in Proc. NeurIPS, 2017, pp. 5998–6008.")]
    [DataRow("Table 1. Results on GSM8K (8-shot, maj@1)")]
    [DataRow("")]
    [DataRow("a")]
    public void ProseHeadingsUrlsAndFormulasShowNoEvidenceOfCode(string line) =>
        Assert.IsTrue(CodeEvidence.Score(line) < CodeEvidence.Strong, line);

    [TestMethod]
    public void EnglishLinesAndBulletsBetweenCodeStayProse()
    {
        var article = TestArchive.Article(
            "导语。",
            "Part 1: The case for small models",
            "We trained the model for three days on eight GPUs.",
            "- 第一点：显存",
            "- 第二点：速度",
            "GPT-4o, Claude 3.5 and Gemini 1.5 Pro",
            "结束。");

        Assert.AreEqual(0, article.CodeBlocks.Count);
        Assert.IsFalse(article.Elements.Any(e => e.Kind == ElementKind.Code));
    }

    [TestMethod]
    [DataRow("Invoke-RestMethod -Uri http://x", true)]
    [DataRow("Write-Host \"ok\"", true)]
    [DataRow("Get-Started guide", false)]
    [DataRow("Re-Run", false)]
    [DataRow("Get-", false)]
    public void ACmdletIsAnApprovedVerbADashAndACapitalisedNoun(string line, bool cmdlet) =>
        Assert.AreEqual(cmdlet, CodeEvidence.IsCmdlet(line), line);

    [TestMethod]
    [DataRow("pytest tests/test_x.py -q", true)]
    [DataRow("diff --git a/x b/x", true)]
    [DataRow("see docs for details", false)]
    [DataRow("Ollama --version", false)]
    [DataRow("read the docs/ folder", false)]
    public void ACommandLineIsALowerCaseCommandWithAnOptionOrAPath(string line, bool command) =>
        Assert.AreEqual(command, CodeEvidence.IsCommandLine(line), line);
}
