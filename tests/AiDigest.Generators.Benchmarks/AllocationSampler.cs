using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace AiDigest.Generators.Benchmarks;

/// <summary>
/// Which types a piece of code allocates, from the runtime's allocation-tick events (one sample per ~100 KB
/// allocated, naming the type of the object that crossed the mark): a sampled profile, good for the largest items.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int GCKeyword = 0x1;
    private const int AllocationTickEvent = 10;
    private readonly ConcurrentDictionary<string, long> _bytes = new();
    private volatile bool _recording;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)GCKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || e.EventId != AllocationTickEvent || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        _bytes.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    public void Start()
    {
        _bytes.Clear();
        _recording = true;
    }

    /// <summary>The sampled bytes by type, largest first.</summary>
    public IReadOnlyList<(string Type, long Bytes)> Stop()
    {
        _recording = false;
        return _bytes.Select(pair => (pair.Key, pair.Value)).OrderByDescending(pair => pair.Value).ToList();
    }
}
