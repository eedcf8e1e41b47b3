using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Api.Persistence;

// One context type per provider, so each provider keeps its own migration set (Persistence/Migrations/<Provider>).

public sealed class SqliteCrmDbContext(DbContextOptions<SqliteCrmDbContext> options) : CrmDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        base.ConfigureConventions(builder);
        // SQLite has no date-time-offset type; as binary numbers the values still sort and compare in SQL.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresCrmDbContext(DbContextOptions<PostgresCrmDbContext> options) : CrmDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Search as you type looks for text anywhere in the folded search text: trigram indexes answer that without
        // reading every row (item picker over 50,000 items, docs/performance.md).
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Crm.Domain.Catalog.Product>().HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Entity<Crm.Domain.Accounts.Account>().HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        // The credit check at every confirmation sums a customer's open orders from the index alone.
        NpgsqlIndexBuilderExtensions.IncludeProperties(
            builder.Entity<Crm.Domain.Sales.SalesOrder>().HasIndex(o => new { o.CustomerNumber, o.Status }), o => new { o.NetTotal, o.Id });
    }
}

public sealed class SqlServerCrmDbContext(DbContextOptions<SqlServerCrmDbContext> options) : CrmDbContext(options);

// Design-time factories for `dotnet ef migrations add --context <Provider>CrmDbContext`; the connection strings
// are placeholders, never opened.

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCrmDbContext>
{
    public SqliteCrmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCrmDbContext>
{
    public PostgresCrmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCrmDbContext>().UseNpgsql("Host=localhost;Database=crm").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCrmDbContext>
{
    public SqlServerCrmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCrmDbContext>().UseSqlServer("Server=localhost;Database=crm;TrustServerCertificate=true").Options);
}
