using Microsoft.Extensions.FileProviders;

namespace Crm.Api.Infrastructure;

/// <summary>The UI as production serves it (trimmed, compressed), published beside a Debug build by Crm.Api.csproj.
/// The README's run command serves it instead of the Debug build's untrimmed UI when it is there.</summary>
public sealed record TrimmedUi(string WebRoot, string Manifest)
{
    public static TrimmedUi? Find(IHostEnvironment environment)
    {
        if (!environment.IsDevelopment()) return null;
        var folder = Path.Combine(AppContext.BaseDirectory, "ui");
        var ui = new TrimmedUi(Path.Combine(folder, "wwwroot"), Path.Combine(folder, "Crm.Web.staticwebassets.endpoints.json"));
        return File.Exists(ui.Manifest) && Directory.Exists(ui.WebRoot) ? ui : null;
    }

    /// <summary>Its files only: not also the Debug build's, which development would otherwise add.</summary>
    public void ServeFrom(IWebHostEnvironment environment)
    {
        environment.WebRootPath = WebRoot;
        environment.WebRootFileProvider = new PhysicalFileProvider(WebRoot);
    }
}
