using System;
using System.IO;
using System.Text.RegularExpressions;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Diagnostics;

/// <summary>
/// A consumer project built by MSBuild with the package's props and targets and an <c>&lt;AiDigestCorrections&gt;</c>
/// item: the corrections are applied, and their problems are located in the corrections file.
/// </summary>
[TestClass]
[TestCategory("Slow")]
public sealed class MsBuildCorrectionsTests
{
    private const string Archive = "#First\n\nlede\n\n研究背景\n\n正文,这是一段足够长的正文,用来说明问题所在。\n\n方法\n\n正文的第二段,同样足够长,用来说明方法是什么。\n....\n";

    [TestMethod]
    public void CorrectionsAreAppliedAndTheirProblemsLocatedInTheirFile()
    {
        using var folder = new DotNetCli.TempFolder("aidigest-corrections");
        var generator = Path.Combine(AppContext.BaseDirectory, "AiDigest.Generators.dll");
        var build = Path.Combine(Repository.GeneratorSources, "build");
        folder.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(build, "AiDigest.Generators.props")}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{generator}" />
                <AiDigestArchive Include="pages/*.txt" />
                <AiDigestCorrections Include="pages/*.corrections" />
              </ItemGroup>
              <Import Project="{Path.Combine(build, "AiDigest.Generators.targets")}" />
            </Project>
            """);
        folder.Write("Program.cs", "Console.WriteLine(string.Join(\"|\", AiDigest.Digest.Articles.Single().Sections.Select(s => s.Heading + \":\" + s.Level + \":\" + s.ParentLine)));\n");
        folder.Write("pages/news.txt", Archive);
        var corrections = folder.Write("pages/news.corrections", "# news.txt\n9 \"方法\" heading 2\n5 \"研究背景的\" heading 2\n7 \"正文\" quote\n");

        var result = DotNetCli.Run(folder.Path, "build -nologo -v:q");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Matches(result.Output, new Regex(Regex.Escape(corrections) + @"\(3,4\): warning AIDG0301: .*'研究背景的'"), result.ToString());
        StringAssert.Matches(result.Output, new Regex(Regex.Escape(corrections) + @"\(4,8\): warning AIDG0303: .*'quote' is no kind"), result.ToString());

        var run = DotNetCli.Run(folder.Path, "run --no-build");
        Assert.AreEqual("研究背景:1:|方法:2:5", run.Output.TrimEnd(), "the valid correction is applied, the others are not");
    }
}
