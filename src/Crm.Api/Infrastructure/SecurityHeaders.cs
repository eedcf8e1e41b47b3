using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace Crm.Api.Infrastructure;

/// <summary>The headers every answer carries. The UI's policy allows only its own files, WebAssembly, and the
/// import map the build writes into index.html and the component library's one inline handler (by their hashes); the Swagger UI and the job dashboard, which are tools
/// for signed-in staff, keep their inline scripts and styles.</summary>
public sealed partial class SecurityHeaders(RequestDelegate next, IWebHostEnvironment environment)
{
    private const string Common = "default-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private const string ToolsPolicy = Common + "; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";

    // The component library's search boxes carry one inline handler; it alone is allowed, by its hash.
    private static readonly string ComponentHandlers = $" 'unsafe-hashes' {Hash("Radzen.activeElement = null")}";

    private readonly string _uiPolicy = $"{Common}; script-src 'self' 'wasm-unsafe-eval'{ImportMapHash(environment)}{ComponentHandlers}; style-src 'self' 'unsafe-inline'";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var tools = path.StartsWithSegments("/swagger") || path.StartsWithSegments("/hangfire");
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = tools ? ToolsPolicy : _uiPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.Remove(HeaderNames.Server);
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The hash of the inline import map in the UI's index.html, as the policy names it; empty without one.</summary>
    private static string ImportMapHash(IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("index.html");
        if (!file.Exists) return "";
        using var reader = new StreamReader(file.CreateReadStream());
        var match = ImportMap().Match(reader.ReadToEnd());
        return match.Success ? $" {Hash(match.Groups[1].Value)}" : "";
    }

    private static string Hash(string script) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";

    [GeneratedRegex("<script type=\"importmap\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();
}
