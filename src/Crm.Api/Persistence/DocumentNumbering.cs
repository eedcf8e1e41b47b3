namespace Crm.Api.Persistence;

public static class DocumentNumbering
{
    /// <summary>Stores a new document and gives it its number in one transaction: the number is made from the id
    /// the database assigns. <paramref name="alongside"/> adds what must be stored with it (an idempotency record).</summary>
    public static async Task SaveNewDocumentAsync<T>(
        this CrmDbContext db, T document, Action assignNumber, Action<T>? alongside, CancellationToken ct)
        where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(document);
        await db.SaveChangesAsync(ct);
        assignNumber();
        alongside?.Invoke(document);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
