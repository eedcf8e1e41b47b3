using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Crm.Testing;

/// <summary>A throw-away PostgreSQL cluster from the machine's own binaries: initdb into a temporary folder, started
/// on a free loopback port (as the postgres user when the tests run as root, since PostgreSQL refuses root).</summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _root;
    private readonly bool _asPostgresUser;

    private PostgresServer(string bin, string root, bool asPostgresUser, int port)
    {
        _bin = bin;
        _root = root;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    private string DataFolder => Path.Combine(_root, "data");

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=60;Include Error Detail=true";

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries();
        var root = Path.Combine(Path.GetTempPath(), $"b2bcrm-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var asPostgresUser = Environment.UserName == "root";
        if (asPostgresUser) await RunAsync("chown", ["postgres:postgres", root]);

        var server = new PostgresServer(bin, root, asPostgresUser, FreePort());
        await server.RunToolAsync("initdb", ["-D", server.DataFolder, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"]);
        // Durability is not what these tests are about: fsync off makes them fast. PG_SERVER_OPTIONS adds settings, e.g.
        // "-c shared_preload_libraries=pg_stat_statements" for a benchmark's statement profile.
        await server.RunToolAsync("pg_ctl",
        [
            "-D", server.DataFolder, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {server.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 {Environment.GetEnvironmentVariable("PG_SERVER_OPTIONS")}",
            "start",
        ]);
        return server;
    }

    /// <summary>A client program of this PostgreSQL installation (pgbench, psql), by full path.</summary>
    public string ClientTool(string name) => Path.Combine(_bin, name);

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        try
        {
            await RunToolAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task RunToolAsync(string tool, string[] arguments) =>
        _asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }

    /// <summary>PG_BIN if set, else what pg_config says, else the newest /usr/lib/postgresql/N/bin.</summary>
    private static string FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } configured) return configured;
        try
        {
            var start = new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var bin = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (File.Exists(Path.Combine(bin, "initdb"))) return bin;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No pg_config on PATH: look in Debian's standard place.
        }
        return Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault()
            ?? throw new InvalidOperationException("No PostgreSQL binaries found: install PostgreSQL or set PG_BIN.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
