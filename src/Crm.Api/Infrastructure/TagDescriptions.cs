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
        ["Customers"] = "Customers as the ERP masters them, with the fields the CRM owns (receiving days).",
        ["Available to promise"] = "Available-to-promise checks that reserve nothing.",
        ["Quotes"] = "Quotes from draft to accepted, and their conversion to an order.",
        ["Sales orders"] = "Orders: entry, confirmation (reserving availability), changes, manual promises, history.",
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
