using BenchmarkDotNet.Running;
using Crm.Benchmarks.Scenarios;

namespace Crm.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Crm.Benchmarks -- --filter '*Engine*'</c>: the engine (BenchmarkDotNet).
/// <c>... -- repromise</c>: backorder processing of 100,000 schedule lines over 10,000 products on PostgreSQL.
/// <c>... -- load</c>: the API under 16 clients on PostgreSQL, next to pgbench on the same server.
/// <c>... -- erp-sync</c>: initial and delta sync of a large ERP into PostgreSQL.
/// <c>... -- outbox</c>: delivery of 5,000 waiting orders to the ERP mock.
/// <c>... -- item-search</c>: the quote editor's item picker over 50,000 items, PostgreSQL and SQLite.
/// <c>... -- quote-accept</c>: a buyer accepting a quote of 20 lines in the portal (convert, confirm, compare), p95.
/// <c>... -- first-load</c>: the README's run command opened by Chromium with an empty cache: bytes and time to sign-in.
/// </summary>
public static class BenchmarkMain
{
    public static async Task Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "repromise":
                await RepromiseScenario.RunAsync(args.Skip(1).ToArray());
                break;
            case "load":
                await ApiLoadScenario.RunAsync(args.Skip(1).ToArray());
                break;
            case "erp-sync":
                await ErpSyncScenario.RunAsync();
                break;
            case "outbox":
                await OutboxScenario.RunAsync();
                break;
            case "item-search":
                await ItemSearchScenario.RunAsync();
                break;
            case "account-search":
                await AccountSearchScenario.RunAsync();
                break;
            case "quote-accept":
                await QuoteAcceptScenario.RunAsync();
                break;
            case "first-load":
                await FirstLoadScenario.RunAsync();
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMain).Assembly).Run(args);
                break;
        }
    }
}
