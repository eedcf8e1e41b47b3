using System.Reflection;
using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Api.Tests;

/// <summary>DESIGN.md §8: until release 1.0 each provider has one migration, Initial, regenerated when the model
/// changes; so each provider's migrations must describe the model as it is.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_has_one_migration_before_the_first_release(string provider)
    {
        var migrations = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<MigrationAttribute>() is not null && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == ContextType(provider))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()!.Id)
            .ToList();

        var only = Assert.Single(migrations);
        Assert.EndsWith("_Initial", only, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migration_describes_the_model_as_it_is(string provider)
    {
        using var db = Create(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} model changed since its migration: regenerate Initial (docs/architecture.md, 'The schema').");
    }

    private static Type ContextType(string provider) => provider switch
    {
        "Sqlite" => typeof(SqliteCrmDbContext),
        "Postgres" => typeof(PostgresCrmDbContext),
        _ => typeof(SqlServerCrmDbContext),
    };

    private static CrmDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "Postgres" => new PostgresDesignTimeFactory().CreateDbContext([]),
        _ => new SqlServerDesignTimeFactory().CreateDbContext([]),
    };
}
