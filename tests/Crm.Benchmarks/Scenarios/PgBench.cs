using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Testing;

namespace Crm.Benchmarks.Scenarios;

/// <summary>PostgreSQL's own built-in TPC-B-like benchmark against the same server: the reference for what the
/// database alone does on this machine.</summary>
internal static partial class PgBench
{
    /// <summary>Creates and fills pgbench's tables (scale 16: 1.6 million accounts) once, for every run that follows.</summary>
    public static async Task InitializeAsync(PostgresServer postgres)
    {
        await postgres.CreateDatabaseAsync("pgbench");
        await RunAsync(postgres, ["-i", "-q", "-s", "16"]);
    }

    public static async Task<double> TransactionsPerSecondAsync(PostgresServer postgres, int clients, TimeSpan duration)
    {
        var output = await RunAsync(postgres, ["-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture)]);
        var tps = Tps().Match(output);
        return tps.Success ? double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"No tps in pgbench's output:\n{output}");
    }

    private static async Task<string> RunAsync(PostgresServer postgres, string[] args)
    {
        var start = new ProcessStartInfo(postgres.ClientTool("pgbench"), [.. args, "-h", "127.0.0.1", "-p", postgres.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "pgbench"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pgbench failed: {await errors}");
        return await output + await errors;
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex Tps();
}
