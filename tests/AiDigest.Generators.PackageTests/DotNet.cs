using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AiDigest.Generators.PackageTests;

/// <summary>What one run of a command did: its exit code and everything it printed.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"$ {Command}\n(exit code {ExitCode}, {Elapsed.TotalSeconds:0.0} s)\n{Output}";
}

/// <summary>
/// Runs the dotnet CLI the way a user's shell does: in a given folder, with a time limit, output captured.
/// MSBuild variables that the test host inherits from the `dotnet test` that started it are removed, so each
/// run is an independent build; node reuse is off, so no MSBuild node outlives the run and holds its output open.
/// </summary>
internal static class DotNet
{
    public static ProcessResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunAsync(Executable(), workingDirectory, timeout, arguments).GetAwaiter().GetResult();

    /// <summary>Runs a program of its own (a published executable) the same way.</summary>
    public static ProcessResult RunProgram(string workingDirectory, TimeSpan timeout, string program, params string[] arguments) =>
        RunAsync(program, workingDirectory, timeout, arguments).GetAwaiter().GetResult();

    /// <summary>Runs and fails the calling test, with the whole output, unless the command succeeds.</summary>
    public static ProcessResult Succeed(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var result = Run(workingDirectory, timeout, arguments);
        if (result.ExitCode != 0) throw new InvalidOperationException("Command failed:\n" + result);
        return result;
    }

    private static async Task<ProcessResult> RunAsync(string program, string workingDirectory, TimeSpan timeout, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var name in InheritedBuildVariables()) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

        var command = (program == Executable() ? "dotnet" : program) + " " + string.Join(" ", arguments);
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended in the meantime.
            }
            throw new TimeoutException($"Command timed out after {timeout.TotalSeconds:0} s:\n$ {command}\n{Snapshot(output)}");
        }
        return new ProcessResult(command, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.Append(line).Append('\n');
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output) return output.ToString();
    }

    /// <summary>The dotnet host that runs this build (set by the SDK for its child processes), else the one on PATH.</summary>
    private static string Executable()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && System.IO.File.Exists(host) ? host : "dotnet";
    }

    private static IEnumerable<string> InheritedBuildVariables()
    {
        var names = new List<string>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("_MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }
        return names;
    }
}
