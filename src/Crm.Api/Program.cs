using Crm.Api.Features.Demo;
using Crm.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
var trimmedUi = TrimmedUi.Find(builder.Environment);
trimmedUi?.ServeFrom(builder.Environment);
// Demo users and data only when asked for, or for the README's run command (Development); never by default elsewhere.
var demo = builder.Configuration.GetValue("Demo:Enabled", builder.Environment.IsDevelopment());

var (provider, connectionString) = builder.AddCrmDatabase();
builder.AddCrmJobs(provider, connectionString);
builder.AddCrmPlatform(demo);
builder.AddAreaModules(typeof(Program).Assembly);

var app = builder.Build();
await app.Services.MigrateCrmDatabaseAsync();
await DemoData.SeedAsync(app.Services, demo);

app.UseCrmPlatform();
// The UI's files, fingerprinted and compressed at build time; public, so the sign-in page can load.
app.MapStaticAssets(trimmedUi?.Manifest).AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapAreaModules();
app.MapCrmJobs();
app.MapAppPages();

app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
