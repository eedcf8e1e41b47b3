using Crm.Api.Features.Sales.Orders;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using ErpBridge;
using ErpBridge.Outbound;
using ErpBridge.Sync;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Integration;

/// <summary>Applies the ERP's acknowledgements of commitment files (flat-file mode): an accepted new order gets the
/// ERP's number, a rejected commitment becomes a dead letter with the ERP's reason. Answers are safe to apply twice,
/// since a file is archived only after its answers are stored.</summary>
public sealed class AcknowledgementReader(
    CrmDbContext db, IErpAcknowledgements acknowledgements, IErpSyncStore store, ErpOptions options, UnitOfWork unitOfWork, TimeProvider time,
    ILogger<AcknowledgementReader> log)
{
    /// <returns>What was read; null when the ERP answers commitments directly (REST) and there is nothing to read.</returns>
    public async Task<EntitySyncResult?> RunAsync(CancellationToken ct)
    {
        if (options.Mode == ErpMode.Rest) return null;
        var started = time.GetUtcNow();
        var (files, rows, rejectedRows, errors) = (0, 0, 0, new List<string>());
        await foreach (var file in acknowledgements.ReadAsync(ct))
        {
            files++;
            var rejected = file.Rejected.ToList();
            foreach (var answer in file.Acknowledgements)
            {
                if (await ApplyAsync(answer, ct)) rows++;
                else rejected.Add(new RejectedRecord(ErpEntity.Acknowledgements, file.Name, answer.Line, answer.File, "file", "answers no commitment the CRM sent."));
            }
            if (file.Error is not null) errors.Add(file.Error);
            await store.ReportRejectedAsync(ErpEntity.Acknowledgements, rejected, [.. file.Acknowledgements.Select(a => a.File)], ct);
            rejectedRows += rejected.Count;
            acknowledgements.Archive(file);
            log.LogInformation("Read ERP acknowledgements {File}: {Rows} applied, {Rejected} rejected", file.Name, file.Acknowledgements.Count, rejected.Count);
        }
        var error = errors.Count == 0 ? null : string.Join(" ", errors);
        await store.RecordRunAsync(ErpEntity.Acknowledgements, new SyncRun(started, time.GetUtcNow(), rows + rejectedRows, error), ct);
        return new EntitySyncResult(ErpEntity.Acknowledgements, rows + rejectedRows, files, null, rejectedRows, error);
    }

    private async Task<bool> ApplyAsync(ErpAcknowledgement answer, CancellationToken ct)
    {
        if (!Guid.TryParseExact(answer.IdempotencyKey, "N", out var id)) return false;
        db.ChangeTracker.Clear();
        if (await db.Outbox.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } message) return false;
        if (!answer.Accepted)
        {
            message.RejectedByErp(answer.Message, time.GetUtcNow());
            await unitOfWork.SaveAsync(ct);
            return true;
        }
        if (message.Type != OutboxMessage.ChangeSalesOrder && message.SalesOrderId is { } orderId && answer.SalesOrderNumber is { } number)
            await db.ReleaseOrdersAsync(unitOfWork, new Dictionary<SalesOrderId, string?> { [orderId] = number }, log, ct);
        return true;
    }
}
