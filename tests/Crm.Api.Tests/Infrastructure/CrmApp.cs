using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>One Crm.Api host, configured only through its documented configuration keys. "Development" is the
/// environment of the README's run command.</summary>
public sealed class CrmApp(IReadOnlyDictionary<string, string?> settings, string environment = "Testing") : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.UseEnvironment(environment);
    }

    /// <summary>A browser-like client: it keeps the sign-in cookie.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
}
