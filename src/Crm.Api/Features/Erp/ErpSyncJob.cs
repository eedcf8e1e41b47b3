using Crm.Api.Contracts;
using ErpBridge.Sync;

namespace Crm.Api.Features.Erp;

/// <summary>A full delta sync of the ERP's master and supply data, run now or on a schedule.</summary>
public sealed class ErpSyncJob(ErpSyncService sync)
{
    public async Task<SyncResponse> RunAsync(CancellationToken ct) => await RunAsync(full: false, ct);

    public async Task<SyncResponse> RunAsync(bool full, CancellationToken ct)
    {
        var report = await sync.SyncAllAsync(ct, full);
        return new SyncResponse(
            report.StartedAt, report.FinishedAt,
            [.. report.Entities.Select(e => new EntitySyncResponse(e.Entity.ToString(), e.Rows, e.Pages, e.Cursor))]);
    }
}
