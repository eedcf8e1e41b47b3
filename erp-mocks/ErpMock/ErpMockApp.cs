using System.Text.Json;
using ErpMock.Model;
using Microsoft.AspNetCore.Http.Json;

namespace ErpMock;

/// <summary>Builds the mock ERP server; tests and benchmarks start it in-process on a free loopback port.</summary>
public static class ErpMockApp
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebApplication Build(params string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MockState>();
        builder.Services.AddProblemDetails();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        var dataset = app.Configuration["Mock:Dataset"] ?? DemoDatasetPath;
        if (dataset.Length > 0) app.Services.GetRequiredService<MockState>().Replace(Load(dataset));

        app.UseFaults();
        app.MapGet("/", () => "B2BCrm ERP mock: /erp/v1/... (the ERP contract), /_mock/... (control)");
        app.MapErp();
        app.MapControl();
        return app;
    }

    /// <summary>Where the demo dataset ships, beside the mock's binaries.</summary>
    public static string DemoDatasetPath => Path.Combine(AppContext.BaseDirectory, "datasets", "demo", "dataset.json");

    public static ErpDataset Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ErpDataset>(stream, Json)
            ?? throw new InvalidDataException($"{path} holds no dataset.");
    }
}
