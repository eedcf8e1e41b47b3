using Crm.Api.Contracts;
using Crm.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests;

/// <summary>A rendered UI talking to a <see cref="FakeApi"/> with a small catalogue.</summary>
public abstract class UiTest : BunitContext
{
    internal FakeApi Api { get; } = new();

    protected UiTest()
    {
        Services.AddSingleton(new HttpClient(Api) { BaseAddress = new Uri("http://localhost/") });
        Services.AddScoped<CrmApi>();
        Services.AddScoped<Session>();
        Api.Answer("GET", "/api/customers?pageSize=200", new PagedResult<CustomerSummary>(
                [new("C-1001", "Nordwerk Maschinenbau GmbH", "Stuttgart", "DE", 3, [DayOfWeek.Monday, DayOfWeek.Friday])], 1, 1, 200))
            .Answer("GET", "/api/products?pageSize=200", new PagedResult<ProductSummary>(
                [new("A-100", "Hydraulic pump HP-20", "PC", 577.97m, "EUR", "P1"), new("B-100", "Filter", "PC", 12m, "EUR", "P1")], 2, 1, 200));
    }

    protected static readonly DateOnly Today = new(2027, 3, 1);

    protected static DateOnly March(int day) => new(2027, 3, day);
}
