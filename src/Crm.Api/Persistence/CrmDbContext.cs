using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using Crm.Domain.Supply;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Persistence;

/// <summary>The CRM database. One subclass per provider carries that provider's migrations.</summary>
public abstract class CrmDbContext : IdentityDbContext<IdentityUser>
{
    public const string VersionProperty = "Version";

    protected CrmDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Product> Products => Set<Product>();
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Contact> Contacts => Set<Contact>();

    /// <summary>The accounts the ERP knows: those with a customer number (prospects have none yet).</summary>
    public IQueryable<Account> Customers => Accounts.Where(a => a.CustomerNumber != null);
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<PriceList> PriceLists => Set<PriceList>();
    public DbSet<StockLevel> StockLevels => Set<StockLevel>();
    public DbSet<ProductionOrder> ProductionOrders => Set<ProductionOrder>();
    public DbSet<PurchaseOrderLine> PurchaseOrderLines => Set<PurchaseOrderLine>();
    public DbSet<PlantCalendar> PlantCalendars => Set<PlantCalendar>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<SalesOrder> SalesOrders => Set<SalesOrder>();
    public DbSet<ScheduleLine> ScheduleLines => Set<ScheduleLine>();
    public DbSet<PromiseChange> PromiseChanges => Set<PromiseChange>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<AtpGuard> AtpGuards => Set<AtpGuard>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<OpportunityStage> OpportunityStages => Set<OpportunityStage>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutgoingEmail> OutgoingEmails => Set<OutgoingEmail>();
    public DbSet<ServiceCase> Cases => Set<ServiceCase>();
    public DbSet<KnowledgeArticle> Articles => Set<KnowledgeArticle>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<decimal>().HavePrecision(18, 4);
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        builder.Properties<SalesOrderId>().HaveConversion<SalesOrderIdConverter>();
        builder.Properties<QuoteId>().HaveConversion<QuoteIdConverter>();
        builder.Properties<TeamId>().HaveConversion<TeamIdConverter>();
        builder.Properties<AccountId>().HaveConversion<AccountIdConverter>();
        builder.Properties<ContactId>().HaveConversion<ContactIdConverter>();
        builder.Properties<PriceListId>().HaveConversion<PriceListIdConverter>();
        builder.Properties<CampaignId>().HaveConversion<CampaignIdConverter>();
        builder.Properties<LeadId>().HaveConversion<LeadIdConverter>();
        builder.Properties<OpportunityId>().HaveConversion<OpportunityIdConverter>();
        builder.Properties<ActivityId>().HaveConversion<ActivityIdConverter>();
        builder.Properties<CaseId>().HaveConversion<CaseIdConverter>();
        builder.Properties<ArticleId>().HaveConversion<ArticleIdConverter>();
        builder.Properties<CustomerNumber>().HaveConversion<CustomerNumberConverter>().HaveMaxLength(40);
    }

    /// <summary>Documents with a version are stale-checked: an update made from an old read fails instead of
    /// silently overwriting a newer one.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // A transaction of ours that fails is rolled back whole, never continued after a failed save, so the savepoint
        // EF Core would set before each save inside it is a round trip for nothing. Set here, not once: a pooled
        // context is reset to the default between requests.
        Database.AutoSavepointsEnabled = false;
        // One scan for changes, not two: EF Core would scan again inside the base save, and each scan visits every tracked entity.
        ChangeTracker.DetectChanges();
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in ChangeTracker.Entries())
            {
                if (entry.State != EntityState.Modified || entry.Metadata.FindProperty(VersionProperty) is null) continue;
                var version = entry.Property(VersionProperty);
                version.CurrentValue = (long)version.OriginalValue! + 1;
            }
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
