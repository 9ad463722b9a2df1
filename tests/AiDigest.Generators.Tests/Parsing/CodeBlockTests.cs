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

namespace AiDigest.Generators.Tests.Parsing;

[TestClass]
public sealed class CodeBlockTests
{
    [TestMethod]
    [DataRow("$ pip install vllm", null, "shell")]
    [DataRow("pip install vllm==0.8.5 openai", null, "shell")]
    [DataRow("git clone https://github.com/vllm-project/vllm.git", null, "shell")]
    [DataRow("cd vllm && export CUDA_VISIBLE_DEVICES=0,1", null, "shell")]
    [DataRow("curl http://localhost:8000/v1/models", null, "shell")]
    [DataRow("docker run --gpus all vllm/vllm-openai", null, "shell")]
    [DataRow("#!/bin/bash", null, "shell")]
    [DataRow("from qwen_agent.agents import Assistant", null, "python")]
    [DataRow("import torch", null, "python")]
    [DataRow("def main():", null, "python")]
    [DataRow("class Net(nn.Module):", null, "python")]
    [DataRow("model = AutoModel.from_pretrained(\"Qwen/Qwen3-8B\")", null, "python")]
    [DataRow("# 检查 GPU 是否可用", "import torch", "python")]
    [DataRow("@torch.no_grad()", "def generate(x):", "python")]
    [DataRow("import { Client } from \"@modelcontextprotocol/sdk\";", null, "javascript")]
    [DataRow("const client = new Client();", null, "javascript")]
    [DataRow("#include <vector>", null, "cpp")]
    [DataRow("#include <stdio.h>", null, "c")]
    [DataRow("int main(int argc, char** argv) {", null, "c")]
    [DataRow("public class Main {", null, "java")]
    [DataRow("package main", null, "go")]
    [DataRow("func main() {", null, "go")]
    [DataRow("use serde_json::json;", null, "rust")]
    [DataRow("#[tokio::main]", null, "rust")]
    [DataRow("fn main() {", null, "rust")]
    [DataRow("SELECT device, AVG(tps) AS tps", null, "sql")]
    [DataRow("CREATE TABLE runs (id INT)", null, "sql")]
    [DataRow("{", "\"id\": 1,", "json")]
    [DataRow("[{\"id\": 1}]", null, "json")]
    [DataRow("model: Qwen/Qwen3-32B", "tensor-parallel-size: 4", "yaml")]
    [DataRow("[package]", "name = \"demo\"", "toml")]
    [DataRow("OPENAI_API_KEY=sk-xxx", "VLLM_PORT=8000", "dotenv")]
    [DataRow("server {", null, "nginx")]
    [DataRow("FROM python:3.11-slim", null, "dockerfile")]
    [DataRow("@article{gong2025diffucoder,", null, "bibtex")]
    [DataRow("$$", null, "latex")]
    [DataRow("\\begin{equation}", null, "latex")]
    [DataRow("graph TD", null, "mermaid")]
    [DataRow("sequenceDiagram", null, "mermaid")]
    [DataRow("type Result struct {", "\tLatency time.Duration", "go")]
    [DataRow("type Store interface {", null, "go")]
    [DataRow("```yaml", null, "yaml")]
    [DataRow("```bash", null, "shell")]
    [DataRow("~~~py", null, "python")]
    public void LinesThatOpenCode(string line, string? next, string language)
    {
        Assert.IsTrue(CodeShapes.StartsCode(line, next, out var found), line);
        Assert.AreEqual(language, found);
    }

    [TestMethod]
    [DataRow("首先创建虚拟环境并安装依赖:", null)]
    [DataRow("git 是一个分布式版本控制工具", null)]
    [DataRow("Docker makes it easy to ship models to production.", null)]
    [DataRow("make sure you have enough memory", null)]
    [DataRow("Code: https://github.com/microsoft/LMOps", null)]
    [DataRow("Paper: MiniLLM (https://arxiv.org/abs/2306.08543)", "Code: https://github.com/o/r")]
    [DataRow("Q: Will small models replace cloud models?", "A: No.")]
    [DataRow("# 检查 GPU 是否可用", "然后运行下面的命令。")]
    [DataRow("x = 5", null)]
    [DataRow("{", "这是正文")]
    [DataRow("FROM the very beginning, we knew", null)]
    [DataRow("graph theory is hard", null)]
    [DataRow("type the command below and press enter", null)]
    [DataRow("type Result struct", null)]
    [DataRow("1分：完全不可用", "2分：勉强可用")]
    [DataRow("", null)]
    public void LinesThatDoNot(string line, string? next) => Assert.IsFalse(CodeShapes.StartsCode(line, next, out _), line);

    [TestMethod]
    [DataRow("", null, true)]
    [DataRow("    'model': 'Qwen3-30B-A3B',", "python", true)]
    [DataRow("# Define Tools", "python", true)]
    [DataRow("]", null, true)]
    [DataRow("print(responses)", "python", true)]
    [DataRow("import torch", "python", true)]
    [DataRow("GROUP BY device", "sql", true)]
    [DataRow("RUN pip install llama-cpp-python", "dockerfile", true)]
    [DataRow("VLLM_PORT=8000", "dotenv", true)]
    [DataRow("host = 0.0.0.0", "ini", true)]
    [DataRow("    subgraph \"顶尖模型 (Frontier Models) 后训练流程\"", "mermaid", true)]
    [DataRow("    participant V as vLLM", "mermaid", true)]
    [DataRow("The client sends a request to the gateway first.", "mermaid", false)]
    [DataRow("  \"content\": \"你好！\"", "json", true)]
    [DataRow("title: 你好", "yaml", true)]
    [DataRow("我的目前的理解是，这个 SDK 封装了 MCP 的用法。", "python", false)]
    [DataRow("  1. 长期最优解：如果公司合规允许，把私域业务数据贡献给开源生态。", null, false)]
    [DataRow("Part 3: What is still missing", "sql", false)]
    [DataRow("The result is faster than the baseline on every device.", "python", false)]
    [DataRow("  • 第一点", null, false)]
    [DataRow("二、服务器", "toml", false)]
    public void LinesThatGoOnWithCode(string line, string? language, bool continues) => Assert.AreEqual(continues, CodeShapes.ContinuesCode(line, language), line);

    [TestMethod]
    [DataRow("javascript", "const x: string = \"a\";", "typescript")]
    [DataRow("javascript", "const x = 1;", "javascript")]
    [DataRow("toml", "host = 0.0.0.0", "ini")]
    [DataRow("toml", "name = \"demo\"", "toml")]
    [DataRow("c", "std::vector<int> v;", "cpp")]
    [DataRow("c", "int x = 0;", "c")]
    [DataRow(null, "anything", null)]
    public void TheWholeBlockRefinesTheLanguage(string? first, string line, string? refined) =>
        Assert.AreEqual(refined, CodeShapes.Refine(first, new[] { line }));

    [TestMethod]
    [DataRow("```", true, "")]
    [DataRow("  ```python  ", true, "python")]
    [DataRow("~~~~", true, "")]
    [DataRow("``", false, "")]
    [DataRow("```a`b", false, "a`b")]
    public void Fences(string line, bool isFence, string info)
    {
        Assert.AreEqual(isFence, CodeShapes.IsFence(line, out var found));
        Assert.AreEqual(info, found);
    }

    [TestMethod]
    public void AnUnfencedShellSessionAndThePythonAfterItAreTwoBlocks()
    {
        var article = TestArchive.Article(
            "导语",
            "首先安装依赖：",
            "$ conda create -n vllm python=3.11 -y\npip install vllm\ngit clone https://github.com/vllm-project/vllm.git",
            "然后检查 GPU：",
            "# 检查 GPU 是否可用\nimport torch\nprint(torch.cuda.device_count())",
            "完成。");

        CollectionAssert.AreEqual(new[] { (7, 9, "shell"), (13, 15, "python") }, article.CodeBlocks.Select(c => (c.Line, c.EndLine, c.Language)).ToArray());
        Assert.AreEqual(0, article.Sections.Count, "a # comment inside code is no heading");
        Assert.AreEqual("vllm-project/vllm", article.Links.Single().Repository, "URLs in code are still links");
        Assert.AreEqual(0, article.Papers.Count);
    }

    [TestMethod]
    public void AGoTypeOpensCodeAndADiagramKeepsItsIndentedStatements()
    {
        var article = TestArchive.Article(
            "导语",
            "第四步\uFF1A写一个 Go 客户端压测",
            "type Result struct {\n\tLatency time.Duration\n\tTokens  int\n}",
            "请求链路如下\uFF1A",
            "sequenceDiagram\n    participant C as 客户端\n    participant V as vLLM\n    C->>V: POST /v1/chat/completions",
            "结束\u3002");

        CollectionAssert.AreEqual(new[] { (7, 10, "go"), (14, 17, "mermaid") }, article.CodeBlocks.Select(c => (c.Line, c.EndLine, c.Language)).ToArray());
        CollectionAssert.AreEqual(new[] { "第四步\uFF1A写一个 Go 客户端压测" }, article.Sections.Select(s => s.Heading).ToArray(), "the step heads the code, not a table of its fields");
    }

    [TestMethod]
    public void ABlockGoesOnOverBlankLinesUntilProseResumes()
    {
        var article = TestArchive.Article("导语", "[package]\nname = \"demo\"", "[dependencies]\ntokio = { version = \"1\" }", "二、服务器", "正文。");

        var block = article.CodeBlocks.Single();
        Assert.AreEqual((5, 9, "toml"), (block.Line, block.EndLine, block.Language));
        Assert.AreEqual(ElementKind.Heading, article.ElementAt(11).Kind);
    }

    [TestMethod]
    public void DisplayMathEndsAtItsClosingLineAndAMarkdownHeadingEndsABlock()
    {
        var article = TestArchive.Article("导语", "$$", "\\mathcal{L} = -\\log p", "$$", "### 细节", "正文。", "x = f(\"a\")", "## 实验", "正文。");

        CollectionAssert.AreEqual(new[] { (5, 9, "latex"), (15, 15, "python") }, article.CodeBlocks.Select(c => (c.Line, c.EndLine, c.Language)).ToArray());
        CollectionAssert.AreEqual(new[] { "细节", "实验" }, article.Sections.Select(s => s.Heading).ToArray());
    }

    [TestMethod]
    public void CodeLinesAreNeverTitlesReferencesOrPapers()
    {
        var archive = TestArchive.Parse(
            "#A", "", "导语", "", "#include <vector>", "#[tokio::main]", "#define N 10", "#pragma once", "", "```", "#Not a title", "参考文献", "[1] A. 2024.",
            "https://arxiv.org/abs/2505.02835", "```", "", "正文。", "....");

        var article = archive.Articles.Single();
        Assert.AreEqual(0, archive.Diagnostics.Count, string.Join(",", archive.Diagnostics.Select(d => d.Id)));
        Assert.AreEqual(2, article.CodeBlocks.Count);
        Assert.AreEqual(0, article.References.Count);
        Assert.AreEqual(0, article.Papers.Count);
        Assert.AreEqual(0, article.Sections.Count);
        Assert.AreEqual("2505.02835", article.Links.Single().ArxivId);
    }

    [TestMethod]
    [DataRow("#include <vector>", true)]
    [DataRow("#include\"a.h\"", true)]
    [DataRow("#define", true)]
    [DataRow("#pragma once", true)]
    [DataRow("#endif", true)]
    [DataRow("#includes", false)]
    [DataRow("#Include <x>", false)]
    [DataRow("#if你好", false)]
    [DataRow("#", false)]
    public void PreprocessorLines(string line, bool directive) => Assert.AreEqual(directive, CodeShapes.IsPreprocessorDirective(line));

    [TestMethod]
    [DataRow("print('你好')", false)]
    [DataRow("x = 1  # 注释", false)]
    [DataRow("// 注释", false)]
    [DataRow("Karpathy's 演讲", true)]
    [DataRow("你好 world", true)]
    [DataRow("value\uFF0C", true)]
    [DataRow("https://example.com//path 你好", true)]
    public void ProseOutsideStringsAndComments(string line, bool prose) => Assert.AreEqual(prose, CodeShapes.HasProse(line));

    [TestMethod]
    public void AFenceWithoutATagTakesItsLanguageFromItsFirstLine()
    {
        var article = TestArchive.Article("导语", "配置文件长这样：", "```\n{\n  \"topK\": 5\n}\n```", "正文。");

        Assert.AreEqual("json", article.CodeBlocks.Single().Language);
    }

    [TestMethod]
    public void APythonPromptOpensCodeButAPromptMarkBeforeWordsIsAHeading()
    {
        var article = TestArchive.Article(
            "导语",
            "确认版本\uFF1A",
            ">>> import openai\n>>> openai.__version__\n'1.82.0'",
            ">>> 还剩什么",
            "正文\u3002",
            ">>> Key results",
            "正文\u3002");

        CollectionAssert.AreEqual(new[] { (7, 9, "python") }, article.CodeBlocks.Select(c => (c.Line, c.EndLine, c.Language)).ToArray());
        CollectionAssert.AreEqual(new[] { ">>> 还剩什么", ">>> Key results" }, article.Sections.Select(s => s.Heading).ToArray());
    }
}
