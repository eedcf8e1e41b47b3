namespace Crm.Api.Infrastructure;

public static class ApiDocumentation
{
    /// <summary>Swagger's document and UI. Placed after authorization outside Development, where the fallback policy
    /// then asks for a signed-in user: the document maps every operation an attacker could try.</summary>
    public static void UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI();
    }
}
