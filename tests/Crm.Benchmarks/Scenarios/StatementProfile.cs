using Npgsql;

namespace Crm.Benchmarks.Scenarios;

/// <summary>Where the database's time goes during a measured phase, when PostgreSQL was started with
/// PG_SERVER_OPTIONS="-c shared_preload_libraries=pg_stat_statements"; without it, nothing is printed.</summary>
internal static class StatementProfile
{
    public static async Task<bool> ResetAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var loaded = new NpgsqlCommand("SELECT current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%'", connection);
        if (!(bool)(await loaded.ExecuteScalarAsync())!) return false;
        await using var reset = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();", connection);
        await reset.ExecuteNonQueryAsync();
        return true;
    }

    public static async Task PrintAsync(string connectionString, int top = 15)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT calls, total_exec_time, mean_exec_time, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 160)
            FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT @top
            """, connection);
        command.Parameters.AddWithValue("top", top);
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine("Statements by total time (calls, total ms, mean ms, rows, text):");
        while (await reader.ReadAsync())
            Console.WriteLine($"  {reader.GetInt64(0),8} {reader.GetDouble(1),10:F0} {reader.GetDouble(2),8:F2} {reader.GetInt64(3),9}  {reader.GetString(4)}");
    }
}
