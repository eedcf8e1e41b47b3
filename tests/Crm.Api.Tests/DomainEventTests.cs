using Crm.Api.Persistence;
using Crm.Api.Tests.Infrastructure;
using Crm.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Api.Tests;

/// <summary>Every event the domain raises is handled by someone the app registers: an event nobody handles is a rule
/// that silently does nothing.</summary>
public sealed class DomainEventTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Every_domain_event_has_a_handler()
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        var handled = scope.ServiceProvider.GetServices<IDomainEventHandler>().SelectMany(h => h.Handles).ToHashSet();
        var events = typeof(DomainEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract).ToList();

        Assert.True(events.Count >= 13, $"only {events.Count} event types found");
        var unhandled = events.Where(e => !handled.Contains(e)).Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
        Assert.True(unhandled.Count == 0, "Events nobody handles: " + string.Join(", ", unhandled));
    }
}
