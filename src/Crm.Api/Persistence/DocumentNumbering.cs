namespace Crm.Api.Persistence;

public static class DocumentNumbering
{
    /// <summary>Stores a new document and gives it its number in one transaction: the number is made from the id
    /// the database assigns. <paramref name="alongside"/> adds what must be stored with it (an idempotency record);
    /// <paramref name="events"/>, when given, has the domain events of the change handled in the same transaction.</summary>
    public static async Task SaveNewDocumentAsync<T>(
        this CrmDbContext db, T document, Action assignNumber, Action<T>? alongside, CancellationToken ct, Infrastructure.DomainEvents.UnitOfWork? events = null)
        where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(document);
        await db.SaveChangesAsync(ct);
        assignNumber();
        alongside?.Invoke(document);
        if (events is not null) await (await events.DispatchAsync([], ct)).WriteAsync(db, setBased: false, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
