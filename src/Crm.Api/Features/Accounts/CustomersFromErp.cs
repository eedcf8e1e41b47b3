using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>The ERP's customers as the sync brings them, stored by Accounts: new ones join the team that takes new
/// customers, known ones take the ERP's fields, deleted ones stop taking business, and every one is indexed for the
/// duplicate check. Runs inside the sync's page transaction.</summary>
public sealed class CustomersFromErp(CrmDbContext db, UnitOfWork unitOfWork, DuplicateCheck duplicates, PhoneParsing phones, TimeProvider time)
{
    /// <returns>The prospects that are customers now: the ERP created them at the CRM's request.</returns>
    public async Task<IReadOnlyList<Account>> ApplyAsync(IReadOnlyList<Account> customers, CancellationToken ct)
    {
        var created = await ProspectsTheErpCreatedAsync(customers, ct);
        var keys = customers.Select(c => c.CustomerNumber!).ToList();
        var stored = await db.Customers.Where(c => keys.Contains(c.CustomerNumber!)).ToDictionaryAsync(c => c.CustomerNumber!, ct);
        var arrived = new List<Account>();
        // The last record wins when a page repeats a customer.
        foreach (var customer in customers.GroupBy(c => c.CustomerNumber!).Select(g => g.Last()))
        {
            if (stored.TryGetValue(customer.CustomerNumber!, out var known)) known.Update(customer);
            else arrived.Add(db.Accounts.Add(customer).Entity);
        }
        if (arrived.Count > 0 && await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.TakesNewCustomers, ct) is { } team)
            foreach (var customer in arrived) customer.JoinTeam(team);
        var page = db.ChangeTracker.Entries<Account>().Select(e => e.Entity).ToList();
        // With their ids given, the page's customers are found by the duplicate check under their current keys.
        await unitOfWork.SaveAsync(ct, withIds: ct =>
            duplicates.IndexAsync(DuplicateCheck.AccountRecord, page.ToDictionary(a => a.Id.Value, a => DuplicateCheck.KeysOf(a, phones)), ct));
        db.ChangeTracker.Clear();
        return created;
    }

    public async Task DeleteAsync(IReadOnlyList<string> customerNumbers, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var numbers = customerNumbers.Select(CustomerNumber.TryFrom).OfType<CustomerNumber>().ToList();
        foreach (var customer in await db.Customers.Where(c => numbers.Contains(c.CustomerNumber!)).ToListAsync(ct)) customer.DeletedInErp(now);
        await unitOfWork.SaveAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>A customer the ERP created at the CRM's request (it carries the CRM's reference) is the prospect that
    /// asked: it takes the number first, so the page updates it instead of adding it a second time.</summary>
    private async Task<List<Account>> ProspectsTheErpCreatedAsync(IReadOnlyList<Account> customers, CancellationToken ct)
    {
        var byReference = customers.Where(c => c.ErpReference is not null).GroupBy(c => c.ErpReference!).ToDictionary(g => g.Key, g => g.Last());
        if (byReference.Count == 0) return [];
        var references = byReference.Keys.ToList();
        var prospects = await db.Accounts.Where(a => a.CustomerNumber == null && references.Contains(a.ErpReference!)).ToListAsync(ct);
        foreach (var prospect in prospects) prospect.BecomeCustomer(byReference[prospect.ErpReference!].CustomerNumber!);
        if (prospects.Count == 0) return prospects;
        await unitOfWork.SaveAsync(ct);
        db.ChangeTracker.Clear();
        return prospects;
    }
}
