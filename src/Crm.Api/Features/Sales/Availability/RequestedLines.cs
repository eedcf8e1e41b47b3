using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Availability;

/// <summary>A line as a client sends it, before the item is known to exist.</summary>
public sealed record RequestedLine(string ItemNumber, string? Plant, decimal Quantity, bool CompleteDelivery, DateOnly? RequestedDeliveryDate = null);

/// <summary>A line whose item exists, with its plant settled and the item's list price.</summary>
public sealed record ResolvedLine(LineRequest Request, decimal ListPrice);

/// <summary>Checks that every requested item exists and settles each line's plant: the line's, else the request's,
/// else the item's own. Unknown items, and items the ERP deleted, are reported per line.</summary>
public sealed class RequestedLines(CrmDbContext db)
{
    public async Task<IReadOnlyList<ResolvedLine>> ResolveAsync(IReadOnlyList<RequestedLine> lines, string? plant, CancellationToken ct)
    {
        var items = lines.Select(l => l.ItemNumber.Trim()).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber))
            .ToDictionaryAsync(p => p.ItemNumber, p => new { p.Plant, p.UnitPrice, p.DeletedInErpAt, p.BaseUnit }, ct);

        var errors = new Dictionary<string, string[]>();
        var resolved = new List<ResolvedLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!products.TryGetValue(line.ItemNumber.Trim(), out var product))
            {
                errors[$"lines[{i}].itemNumber"] = [$"Item {line.ItemNumber} is not known."];
                continue;
            }
            if (product.DeletedInErpAt is not null)
            {
                errors[$"lines[{i}].itemNumber"] = [$"Item {line.ItemNumber} was deleted in the ERP and can no longer be sold."];
                continue;
            }
            var linePlant = line.Plant ?? plant ?? product.Plant;
            if (linePlant != product.Plant)
            {
                errors[$"lines[{i}].plant"] = [$"Item {line.ItemNumber} is not kept at plant {linePlant}."];
                continue;
            }
            try
            {
                new UnitOfMeasure(product.BaseUnit).Quantity(line.Quantity, $"lines[{i}].quantity");
            }
            catch (DomainRuleException e)
            {
                errors[e.Field!] = [e.Message];
                continue;
            }
            resolved.Add(new ResolvedLine(new LineRequest(line.ItemNumber.Trim(), linePlant, line.Quantity, line.CompleteDelivery, line.RequestedDeliveryDate), product.UnitPrice));
        }
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return resolved;
    }

    /// <summary>An order entered earlier may name items the ERP has deleted since: it can no longer be confirmed.</summary>
    public static void EnsureStillSold(IReadOnlyList<string> itemNumbers, IReadOnlySet<string> deletedInErp)
    {
        if (deletedInErp.Count == 0) return;
        throw new RequestValidationException(itemNumbers
            .Select((item, i) => (item, i)).Where(l => deletedInErp.Contains(l.item))
            .ToDictionary(l => $"lines[{l.i}].itemNumber", l => new[] { $"Item {l.item} was deleted in the ERP and can no longer be sold." }));
    }
}
