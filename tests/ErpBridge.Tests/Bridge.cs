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

    public static Bridge Rest(string baseUrl, int pageSize = 500) => new(new()
    {
        ["Erp:Mode"] = "Rest", ["Erp:BaseUrl"] = baseUrl, ["Erp:PageSize"] = pageSize.ToString(),
    });

    public static Bridge FileDrop(string inbound, string? outbound = null, int pageSize = 500) => new(new()
    {
        ["Erp:Mode"] = "FileDrop", ["Erp:InboundFolder"] = inbound, ["Erp:OutboundFolder"] = outbound ?? inbound, ["Erp:PageSize"] = pageSize.ToString(),
    });

    public RecordingStore Store { get; } = new();

    public Task<SyncReport> SyncAsync() => _services.CreateScope().ServiceProvider.GetRequiredService<ErpSyncService>().SyncAllAsync(CancellationToken.None);

    public IErpOrderGateway Gateway => _services.GetRequiredService<IErpOrderGateway>();

    public void Dispose() => _services.Dispose();
}
