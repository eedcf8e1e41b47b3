using ErpBridge.Outbound;
using ErpBridge.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ErpBridge.Tests;

/// <summary>The bridge wired as the host wires it, from configuration, over a recording store.</summary>
internal sealed class Bridge : IDisposable
{
    private readonly ServiceProvider _services;

    public Bridge(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IErpSyncStore>(Store)
            .AddErpBridge(configuration)
            .BuildServiceProvider();
    }

    /// <summary>Retries come quickly and a call waits 1 s at most, so that tests of faults run in seconds.</summary>
    public static Bridge Rest(string baseUrl, int pageSize = 500, Dictionary<string, string?>? overrides = null) => new(new Dictionary<string, string?>
    {
        ["Erp:Mode"] = "Rest", ["Erp:BaseUrl"] = baseUrl, ["Erp:PageSize"] = pageSize.ToString(),
        ["Erp:Resilience:Retry:Delay"] = "00:00:00.050", ["Erp:Resilience:Retry:MaxRetryAttempts"] = "6",
        ["Erp:Resilience:AttemptTimeout:Timeout"] = "00:00:01", ["Erp:Resilience:TotalRequestTimeout:Timeout"] = "00:00:20",
    }.Concat(overrides ?? []).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value));

    public static Bridge FileDrop(string inbound, string? outbound = null, int pageSize = 500, string? acknowledgements = null) => new(new()
    {
        ["Erp:Mode"] = "FileDrop", ["Erp:InboundFolder"] = inbound, ["Erp:OutboundFolder"] = outbound ?? inbound, ["Erp:PageSize"] = pageSize.ToString(),
        ["Erp:AcknowledgementFolder"] = acknowledgements ?? Path.Combine(inbound, "ack"),
    });

    public RecordingStore Store { get; } = new();

    public Task<SyncReport> SyncAsync() => _services.CreateScope().ServiceProvider.GetRequiredService<ErpSyncService>().SyncAllAsync(CancellationToken.None);

    public IErpOrderGateway Gateway => _services.GetRequiredService<IErpOrderGateway>();

    public IErpAcknowledgements Acknowledgements => _services.GetRequiredService<IErpAcknowledgements>();

    public void Dispose() => _services.Dispose();
}
