using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Tests.Planted.Features.Sales;

/// <summary>Uses the architecture tests must catch, planted where a Sales feature would be: Sales reading the ERP
/// bridge and the Activities domain (DESIGN.md §2 allows neither), and a save and a transaction past the write door.
/// The tests prove their rules can fail by finding exactly these.</summary>
internal sealed class PlantedForbiddenUses
{
    private readonly ErpBridge.ErpOptions? _erp = null;
    private readonly Crm.Domain.Activities.ActivityType _activity = default;

    public override string ToString() => $"{_erp}{_activity}";

    public static async Task SavePastTheDoorAsync(DbContext db)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("SELECT 1");
    }
}
