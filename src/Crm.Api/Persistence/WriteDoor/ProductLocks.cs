using System.Globalization;
using System.Text;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Persistence;

/// <summary>Every change to the commitments of a product runs under that product's lock, taken inside the caller's
/// transaction and held until it ends. Part of the write door: the commitment transaction's variant of it.</summary>
public sealed class ProductLocks(CrmDbContext db)
{
    /// <summary>Two parameters a product; SQL Server takes at most 2,100 in one command.</summary>
    private const int ProductsPerCommand = 500;

    /// <summary>Bumps each product's guard row in a fixed order: the row locks serialise promises of the same product
    /// across processes, and the fixed order rules out deadlocks between orders with several products. The bumps go
    /// as one command of one statement per product: a single UPDATE of them all would lock in whatever order the
    /// database reads the rows.</summary>
    public async Task LockAsync(IEnumerable<ProductKey> products, CancellationToken ct)
    {
        var ordered = products.Distinct().OrderBy(k => k.ItemNumber, StringComparer.Ordinal).ThenBy(k => k.Plant, StringComparer.Ordinal);
        foreach (var chunk in ordered.Chunk(ProductsPerCommand))
        {
            var sql = new StringBuilder();
            var parameters = new List<object>(chunk.Length * 2);
            foreach (var key in chunk)
            {
                sql.Append(CultureInfo.InvariantCulture,
                    $"UPDATE \"AtpGuards\" SET \"Version\" = \"Version\" + 1 WHERE \"ItemNumber\" = {{{parameters.Count}}} AND \"Plant\" = {{{parameters.Count + 1}}};\n");
                parameters.Add(key.ItemNumber);
                parameters.Add(key.Plant);
            }
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }
    }
}
