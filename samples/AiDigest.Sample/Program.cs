using System;
using System.Text;
using AiDigest.Sample;
using Spectre.Console;

// dotnet run --project samples/AiDigest.Sample                         → the overview
// dotnet run --project samples/AiDigest.Sample -- show WorldMem        → one article's outline
// dotnet run --project samples/AiDigest.Sample -- papers --with-code   → the cited papers that have code
// dotnet run --project samples/AiDigest.Sample -- search 物理图灵测试   → matching lines
// dotnet run --project samples/AiDigest.Sample -- export out.json      → the whole dataset as JSON
// dotnet run --project samples/AiDigest.Sample -- --help               → every command (and `<command> --help`)
Console.OutputEncoding = Encoding.UTF8;

// Colours and styles only on a terminal: redirected output (a file, a pipe, a test) gets plain text.
var redirected = Console.IsOutputRedirected;
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
    ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
    Out = new AnsiConsoleOutput(Console.Out),
});
if (redirected) console.Profile.Width = DigestCli.RedirectedWidth;

return DigestCli.Run(args, console, Console.Out, Console.Error);
