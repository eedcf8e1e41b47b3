using Crm.Contracts;
using Crm.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace Crm.Web.Tests;

/// <summary>A rendered UI talking to a <see cref="FakeApi"/> with a small catalogue, signed in as <paramref name="roles"/>.</summary>
public abstract class UiTest : BunitContext
{
    internal FakeApi Api { get; } = new();

    protected static readonly ProductSummary Pump = new("A-100", "Hydraulic pump HP-20", "PC", 577.97m, "EUR", "P1");

    protected static readonly ProductSummary Valve = new("A-120", "Ball valve BV-1/2", "PC", 33.5m, "EUR", "P1");

    protected UiTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton(new HttpClient(Api) { BaseAddress = new Uri("http://localhost/") });
        Services.AddRadzenComponents();
        Services.AddScoped<ApiEvents>();
        Services.AddApiClients();
        Services.AddScoped<Session>();
        Services.AddScoped<LongWork>();
        Api.Answer("GET", "/api/products?pageSize=10&search=Hyd", new PagedResult<ProductSummary>([Pump], 1, 1, 10))
            .Answer("GET", "/api/products?pageSize=5&search=A-100", new PagedResult<ProductSummary>([Pump], 1, 1, 5))
            .Answer("GET", "/api/products?pageSize=5&search=A-120", new PagedResult<ProductSummary>([Valve], 1, 1, 5));
    }

    protected void SignedInAs(params string[] roles) =>
        Api.Answer("GET", "/api/auth/me", new CurrentUser("someone@demo.b2bcrm", roles, new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero)));

    protected static readonly DateOnly Today = new(2027, 3, 1);

    protected static DateOnly March(int day) => new(2027, 3, day);
}
