using System.Text;
using Microsoft.OpenApi;

namespace Crm.Api.Infrastructure;

/// <summary>The API document: readable schema names, an operationId on every operation (the endpoint's name, else
/// one made from its method and route), and the session cookie as the security scheme.</summary>
public static class OpenApiSetup
{
    public const string CookieScheme = "sessionCookie";

    public static void AddCrmOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "B2BCrm API",
                Version = "v1",
                Description = "Order-centric CRM: availability-to-promise, quotes, orders and the ERP bridge.",
                License = new OpenApiLicense { Name = "Proprietary" },
            });
            o.AddServer(new OpenApiServer { Url = "/", Description = "The B2BCrm node that serves this document" });
            o.DocumentFilter<TagDescriptions>();
            o.CustomSchemaIds(SchemaName);
            o.CustomOperationIds(api =>
                api.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName
                ?? OperationName(api.HttpMethod ?? "GET", api.RelativePath ?? ""));
            o.AddSecurityDefinition(CookieScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "b2bcrm",
                Description = "The session cookie that POST /api/auth/login sets.",
            });
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] });
        });
    }

    /// <summary>"PagedResult`1[OrderSummary]" becomes "PagedResultOfOrderSummary"; a nested type keeps its parent's name.</summary>
    public static string SchemaName(Type type)
    {
        var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] + "Of" + string.Concat(type.GetGenericArguments().Select(SchemaName)) : type.Name;
        return type.DeclaringType is { } parent ? SchemaName(parent) + name : name;
    }

    /// <summary>"POST api/orders/{id}/lines/{lineNumber}/cancel" becomes "postOrdersByIdLinesByLineNumberCancel".</summary>
    private static string OperationName(string method, string route)
    {
        var name = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "api"))
        {
            var words = segment.StartsWith('{') ? ["by", segment.Trim('{', '}').Split(':')[0]] : segment.Split('-');
            foreach (var word in words) name.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }
        return name.ToString();
    }
}
