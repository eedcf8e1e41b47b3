using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Catalog;

/// <summary>Managers make and change price lists, and import their lines from a file.</summary>
public sealed class PriceListCommands(CrmDbContext db, PriceListImport import, UnitOfWork unitOfWork)
{
    public async Task<long> CreateAsync(PriceListRequest request, Viewer viewer, CancellationToken ct)
    {
        var (customer, lines) = await CheckedAsync(request, viewer, ct);
        var list = PriceList.Create(request.Name!, request.Currency!, customer, request.CustomerGroup, request.ValidFrom!.Value, request.ValidTo, lines);
        db.PriceLists.Add(list);
        await unitOfWork.SaveAsync(ct);
        return list.Id.Value;
    }

    public async Task UpdateAsync(long id, PriceListRequest request, Viewer viewer, CancellationToken ct)
    {
        var list = await LoadAsync(id, ct);
        var (customer, lines) = await CheckedAsync(request, viewer, ct);
        list.Change(request.Name!, request.Currency!, customer, request.CustomerGroup, request.ValidFrom!.Value, request.ValidTo, lines);
        await unitOfWork.SaveAsync(ct);
    }

    /// <summary>Reads price-list lines from a CSV file and merges them into the list. A file with a bad row changes
    /// nothing, unless the good rows are asked for; then those are taken and the others reported.</summary>
    public async Task<PriceListImportResponse> ImportAsync(long id, Stream csv, bool applyValidRows, CancellationToken ct)
    {
        var list = await LoadAsync(id, ct);
        var read = await import.ReadAsync(csv, ct);
        // A file whose header cannot be read has no good rows to take.
        if (read.Errors.Count > 0 && (!applyValidRows || read.RowsRead == 0))
            throw new RequestValidationException(read.Errors.GroupBy(e => $"rows[{e.Row}].{e.Field}").ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()));
        list.Merge(read.Lines);
        await unitOfWork.SaveAsync(ct);
        return new PriceListImportResponse(read.RowsRead, read.Lines.Count, read.Errors);
    }

    private async Task<PriceList> LoadAsync(long id, CancellationToken ct)
    {
        var listId = new PriceListId(id);
        return await db.PriceLists.Include(l => l.Lines).FirstOrDefaultAsync(l => l.Id == listId, ct) ?? throw new NotFoundException("Price list", id);
    }

    /// <summary>The customer (one the user sees) and the lines, every item one the ERP sells.</summary>
    private async Task<(CustomerNumber? Customer, List<PriceBreakInput> Lines)> CheckedAsync(PriceListRequest request, Viewer viewer, CancellationToken ct)
    {
        CustomerNumber? customer = null;
        if (!string.IsNullOrWhiteSpace(request.CustomerNumber))
        {
            customer = new CustomerNumber(request.CustomerNumber);
            if (!await db.CustomerNumbersVisibleTo(viewer, includeDeletedInErp: false).AnyAsync(c => c == customer, ct))
                throw RequestValidationException.For("customerNumber", $"Customer {request.CustomerNumber} is not known.");
        }
        var lines = (request.Lines ?? []).NoNulls("lines").Select(l => new PriceBreakInput(l.ItemNumber!, l.MinQuantity!.Value, l.UnitPrice!.Value)).ToList();
        await import.EnsureItemsExistAsync(lines, i => $"lines[{i}].itemNumber", ct);
        return (customer, lines);
    }
}
