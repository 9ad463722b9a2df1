using System;
using System.IO;
using System.Text;
using AiDigest.Sample;

// dotnet run --project samples/AiDigest.Sample                    → overview
// dotnet run --project samples/AiDigest.Sample -- export out.json → the whole dataset as JSON
Console.OutputEncoding = Encoding.UTF8;

if (args.Length >= 1 && args[0] == "export")
{
    if (args.Length != 2)
    {
        Console.Error.WriteLine("usage: AiDigest.Sample export <file.json>");
        return 2;
    }
    var json = DatasetExport.ToJson(DatasetExport.Create());
    File.WriteAllText(args[1], json + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    Console.WriteLine($"Wrote {args[1]} ({json.Length:N0} characters).");
    return 0;
}

if (args.Length > 0)
{
    Console.Error.WriteLine("usage: AiDigest.Sample [export <file.json>]");
    return 2;
}

Overview.Write(Console.Out);
return 0;
