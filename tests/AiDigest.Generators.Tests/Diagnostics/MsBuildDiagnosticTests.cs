using System;
using System.IO;
using System.Text.RegularExpressions;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Diagnostics;

/// <summary>
/// A real consumer project built by MSBuild with a malformed archive: the build output names the archive, line
/// and column; the recovered dataset is still there; and the user decides the severity.
/// </summary>
[TestClass]
[TestCategory("Slow")]
public sealed class MsBuildDiagnosticTests
{
    private const string MalformedArchive = "页面 https://example.com/page\n\n#First\n\nfirst body\n\n#Second\n\n论文地址:\n\nsecond body\n....\n";

    [TestMethod]
    public void BuildOutputLocatesProblemsInTheArchiveAndTheUserOwnsTheSeverity()
    {
        using var folder = new DotNetCli.TempFolder("aidigest-diag");
        var generator = Path.Combine(AppContext.BaseDirectory, "AiDigest.Generators.dll");
        folder.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{generator}" />
                <AdditionalFiles Include="seeds/*.txt" />
                <GlobalAnalyzerConfigFiles Include="strict.globalconfig" Condition="'$(Strict)' == 'true'" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("Program.cs", "Console.WriteLine(string.Join(\"|\", AiDigest.Digest.Articles.Select(a => a.Title + \":\" + a.Text)));\n");
        folder.Write("strict.globalconfig", "is_global = true\ndotnet_diagnostic.AIDG0006.severity = error\n");
        var archive = folder.Write("seeds/bad.txt", MalformedArchive);
        var notUtf8 = Path.Combine(folder.Path, "seeds", "bytes.txt");
        File.WriteAllBytes(notUtf8, new byte[] { (byte)'#', (byte)'B', (byte)'\n', (byte)'\n', 0xE5, 0x9D, 0x8F, 0xFF, 0xFE, (byte)'\n', (byte)'.', (byte)'.', (byte)'.', (byte)'.', (byte)'\n' });

        var build = DotNetCli.Run(folder.Path, "build -nologo -v:q");
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        StringAssert.Matches(build.Output, new Regex(Regex.Escape(archive) + @"\(7,1\): warning AIDG0006: .*'Second'"), build.ToString());
        StringAssert.Matches(build.Output, new Regex(Regex.Escape(archive) + @"\(9,6\): warning AIDG0010"), build.ToString());
        StringAssert.Matches(build.Output, new Regex(Regex.Escape(notUtf8) + @"\(3,2\): warning AIDG0002"), "bytes that are not UTF-8, located in the file");

        var run = DotNetCli.Run(folder.Path, "run --no-build");
        Assert.AreEqual("First:first body|Second:论文地址:\nsecond body|B:坏\uFFFD\uFFFD", run.Output.TrimEnd(), "the recovered dataset keeps every article");

        var strict = DotNetCli.Run(folder.Path, "build -nologo -v:q --no-restore --no-incremental -p:Strict=true");
        Assert.AreNotEqual(0, strict.ExitCode, strict.ToString());
        StringAssert.Matches(strict.Output, new Regex(Regex.Escape(archive) + @"\(7,1\): error AIDG0006"), strict.ToString());

        var quiet = DotNetCli.Run(folder.Path, "build -nologo -v:q --no-restore --no-incremental -p:NoWarn=AIDG0006");
        Assert.AreEqual(0, quiet.ExitCode, quiet.ToString());
        Assert.IsFalse(quiet.Output.Contains("AIDG0006", StringComparison.Ordinal), quiet.ToString());

        var asErrors = DotNetCli.Run(folder.Path, "build -nologo -v:q --no-restore --no-incremental -p:WarningsAsErrors=AIDG0010");
        Assert.AreNotEqual(0, asErrors.ExitCode, asErrors.ToString());
        StringAssert.Contains(asErrors.Output, "error AIDG0010");
    }
}
