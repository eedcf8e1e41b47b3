using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using ErpBridge.Sync;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Integration;

/// <summary>The rejection report: every record the ERP sent that the CRM did not take, by file and line, until the ERP
/// sends it again fixed.</summary>
public sealed class ErpRejections(CrmDbContext db)
{
    public Task<PagedResult<RejectionResponse>> ListAsync(string? entity, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.ErpRejections.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity))
        {
            if (!Enum.TryParse<ErpEntity>(entity, ignoreCase: true, out var known) || !Enum.IsDefined(known))
                throw RequestValidationException.For("entity", $"'{entity}' is not one of {string.Join(", ", Enum.GetNames<ErpEntity>())}.");
            query = query.Where(r => r.Entity == known.ToString());
        }
        return query
            .OrderBy(r => r.Entity).ThenBy(r => r.Source).ThenBy(r => r.Line).ThenBy(r => r.Id)
            .Select(r => new RejectionResponse(r.Id, r.Entity, r.Source, r.Line, r.Key, r.Field, r.Reason, r.RejectedAt))
            .PageAsync(page, pageSize, ct);
    }
}
