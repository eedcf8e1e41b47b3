using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Crm.Api.Infrastructure;

/// <summary>What each group of operations is for, in the document's tag list.</summary>
public sealed class TagDescriptions : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["Sign-in"] = "Sessions for people: sign in with email and password, who is signed in, sign out.",
        ["Catalog"] = "Products as the ERP masters them.",
        ["Customers"] = "Customers as the ERP masters them, with the fields the CRM owns (team, owner, receiving days, order settings).",
        ["Price lists"] = "Prices for one customer, a customer group or everyone, with volume breaks; CSV import of lines.",
        ["Teams"] = "Sales teams: a manager and members; every customer belongs to one.",
        ["Users"] = "The people and machine clients who sign in, and their roles.",
        ["Audit"] = "Who changed what on a quote, order, price list, team or customer, and when.",
        ["Dashboard"] = "The home page's figures.",
        ["Search"] = "The search box: customers, quotes and orders.",
        ["Available to promise"] = "Available-to-promise checks that reserve nothing.",
        ["Quotes"] = "Quotes from draft to accepted: versions, approvals, PDF, expiry, and their conversion to an order.",
        ["Sales orders"] = "Orders: entry, confirmation (reserving availability, credit check), credit holds, changes, manual promises, history, timeline.",
        ["Promises"] = "Lines whose promise moved or is short, backorder processing.",
        ["ERP"] = "The ERP bridge: sync, status, rejected records, dead letters.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var used = context.ApiDescriptions.SelectMany(a => a.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>())
            .SelectMany(t => t.Tags).Distinct().Order();
        document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag { Name = name, Description = Descriptions.GetValueOrDefault(name, name) }));
    }
}
