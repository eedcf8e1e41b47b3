using Crm.Contracts;
using Crm.Api.Features.Sales.Repromising;
using ErpBridge.Sync;

namespace Crm.Api.Features.Integration;

/// <summary>A full delta sync of the ERP's master and supply data, run now or on a schedule. The open orders of every
/// product whose supply changed are promised again straight after; in flat-file mode the ERP's acknowledgements of
/// commitment files are read back too.</summary>
public sealed class ErpSyncJob(ErpSyncService sync, ProcessBackorders backorders, AcknowledgementReader acknowledgements)
{
    public async Task<SyncResponse> RunAsync(CancellationToken ct) => await RunAsync(full: false, ct);

    public async Task<SyncResponse> RunAsync(bool full, CancellationToken ct)
    {
        var report = await sync.SyncAllAsync(ct, full);
        var repromised = await backorders.RunAsync(ct);
        var acknowledged = await acknowledgements.RunAsync(ct);
        return new SyncResponse(
            report.StartedAt, report.FinishedAt,
            [.. report.Entities.Append(acknowledged).OfType<EntitySyncResult>()
                .Select(e => new EntitySyncResponse(e.Entity.ToString(), e.Rows, e.Pages, e.Cursor, e.Rejected, e.Error))],
            repromised);
    }
}
