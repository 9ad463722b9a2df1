using System;
using System.IO;
using System.Linq;
using System.Text;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>
/// A real consumer built by MSBuild with the package's props and targets: archives in UTF-16, little and big endian,
/// with file names of spaces, brackets, emoji and CJK, declared with <c>&lt;AiDigestArchive&gt;</c>, are embedded as
/// resources, build without a diagnostic, and their texts are read from the embedded files at run time exactly.
/// </summary>
[TestClass]
public sealed class EmbeddedArchiveBuildTests
{
    private const string Archive = "#第一篇\r\n\r\n导语一行\u3002\r\n\r\n01 第一节\r\n\r\n第一节的正文, with 😀 and more.\r\n\r\n....\r\n#Second\r\n\r\nLede two.\r\n\r\nBody two.\r\n....\r\n";

    [TestMethod]
    [Timeout(600_000)]
    public void Utf16ArchivesWithUnusualFileNamesAreEmbeddedAndReadBackAtRunTime()
    {
        using var folder = new DotNetCli.TempFolder("aidigest-encodings");
        var generator = Path.Combine(AppContext.BaseDirectory, "AiDigest.Generators.dll");
        var package = Path.Combine(AppContext.BaseDirectory, "package");
        folder.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{package}/AiDigest.Generators.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{generator}" />
                <AiDigestArchive Include="seeds/*.txt" />
              </ItemGroup>
              <Import Project="{package}/AiDigest.Generators.targets" />
            </Project>
            """);
        folder.Write("Program.cs", """
            using AiDigest;

            var resources = typeof(Digest).Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal);
            Console.WriteLine(string.Join("|", resources));
            foreach (var article in Digest.Articles)
            {
                Console.WriteLine(article.FileName + ": " + article.Title + " / " + article.Text.Replace("\n", "\\n")
                    + string.Concat(article.Sections.Select(s => " / " + s.Heading + " = " + s.Text)));
            }
            """);
        var utf16 = Path.Combine(folder.Path, "seeds", "新闻 [2025] 🚀.txt");
        var bigEndian = Path.Combine(folder.Path, "seeds", "big endian (16).txt");
        Directory.CreateDirectory(Path.GetDirectoryName(utf16)!);
        File.WriteAllBytes(utf16, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Archive)).ToArray());
        File.WriteAllBytes(bigEndian, Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Archive.Replace("\r\n", "\n"))).ToArray());

        var build = DotNetCli.Run(folder.Path, "build -nologo -v:q");

        Assert.AreEqual(0, build.ExitCode, build.ToString());
        Assert.IsFalse(build.Output.Contains("AIDG", StringComparison.Ordinal), "no diagnostic, with warnings as errors:\n" + build);
        var run = DotNetCli.Run(folder.Path, "run --no-build");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var lines = run.Output.Replace("\r\n", "\n").TrimEnd().Split('\n');
        Assert.AreEqual("AiDigest.Archive.big endian (16).txt|AiDigest.Archive.新闻 [2025] 🚀.txt", lines[0], "both embedded");
        foreach (var file in new[] { "big endian (16).txt", "新闻 [2025] 🚀.txt" })
        {
            CollectionAssert.Contains(lines, file + ": 第一篇 / 导语一行\u3002\\n01 第一节\\n第一节的正文, with 😀 and more. / 01 第一节 = 第一节的正文, with 😀 and more.", run.Output);
            CollectionAssert.Contains(lines, file + ": Second / Lede two.\\nBody two.", run.Output);
        }
        Assert.AreEqual(5, lines.Length, run.Output);
    }
}
