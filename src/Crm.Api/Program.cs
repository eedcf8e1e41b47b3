using Crm.Api.Features;
using Crm.Api.Features.Access;
using Crm.Api.Features.Catalog;
using Crm.Api.Features.Integration;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Features.Sales.Commitments;
using Crm.Api.Features.Sales.Dashboard;
using Crm.Api.Features.Sales.Orders;
using Crm.Api.Features.Sales.Quotes;
using Crm.Api.Features.Sales.Repromising;
using Crm.Api.Features.Sales.Search;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.DomainEvents;
using Crm.Api.Mapping;
using Crm.Api.Persistence;
using ErpBridge;
using ErpBridge.Sync;

var builder = WebApplication.CreateBuilder(args);
var trimmedUi = TrimmedUi.Find(builder.Environment);
trimmedUi?.ServeFrom(builder.Environment);

var (provider, connectionString) = builder.AddCrmDatabase();
// Demo users and data only when asked for, or for the README's run command (Development); never by default elsewhere.
var demo = builder.Configuration.GetValue("Demo:Enabled", builder.Environment.IsDevelopment());
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddSingleton(ConfigureClock(builder.Configuration, demo));

builder.Services.AddCrmSecurity();
builder.Services.AddSignIn();
builder.Services.AddErpBridge(builder.Configuration);
builder.Services.AddScoped<IErpSyncStore, EfErpSyncStore>();
builder.Services.AddSingleton(new AtpOptions(builder.Configuration.GetValue<TimeSpan?>("Atp:MaxDataAge")
    ?? (builder.Configuration.GetValue("Erp:Mode", ErpMode.FileDrop) == ErpMode.Rest ? TimeSpan.FromMinutes(15) : null)));
builder.AddCrmJobs(provider, connectionString);

builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemFieldNames.CamelCase);
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddValidation();
// Malformed bodies reach the exception handler, which names the field, in every environment.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddCrmOpenApi();
builder.Services.AddHealthChecks();
builder.Services.AddConfirmationLimit(builder.Configuration);
builder.Services.AddSingleton(ApiMappingProfile.CreateMapper());

builder.Services.AddScoped<RequestedLines>();
builder.Services.AddScoped<CustomerLookup>();
builder.Services.AddScoped<AvailabilityReader>();
builder.Services.AddScoped<CheckAvailability>();
builder.Services.AddScoped<ExploreAvailability>();
builder.Services.AddScoped<GlobalSearch>();
builder.Services.AddScoped<DashboardQuery>();
builder.Services.AddScoped<PromiseExplainer>();
builder.Services.AddScoped<IdempotencyKeys>();
builder.Services.AddScoped<CreateOrder>();
builder.Services.AddScoped<ConfirmOrder>();
builder.Services.AddScoped<CreditExposure>();
builder.Services.AddScoped<ReleaseCreditHold>();
builder.Services.AddScoped<SetPurchaseOrderNumber>();
builder.Services.AddScoped<OrderTimeline>();
builder.Services.AddScoped<ProductLocks>();
builder.Services.AddScoped<ShipmentRecorder>();
builder.Services.AddScoped<ErpOrderStatusRecorder>();
builder.Services.AddScoped<PromiseByHand>();
builder.Services.AddScoped<ChangeOrder>();
builder.Services.AddScoped<ISupplyFreshness, SupplyFreshness>();
builder.Services.AddSingleton<LastSupplySync>();
builder.Services.AddScoped<RecheckProvisionalOrders>();
builder.Services.AddScoped<OrderQueries>();
builder.Services.AddScoped<QuoteLineResolver>();
builder.Services.AddScoped<QuoteCommands>();
builder.Services.AddScoped<ApprovalAuthority>();
builder.Services.AddScoped<ApprovalQueries>();
builder.Services.AddScoped<ExpireQuotes>();
builder.Services.AddScoped<QuotePdf>();
builder.Services.AddScoped<QuoteQueries>();
builder.Services.AddScoped<ConvertQuote>();
builder.Services.AddScoped<OutboxDispatcher>();
builder.Services.AddScoped<OutboxDelivery>();
builder.Services.AddScoped<OutboxOutcomes>();
builder.Services.AddSingleton<OutboxKick>();
builder.Services.AddScoped<ErpSyncJob>();
builder.Services.AddScoped<ErpStatusQuery>();
builder.Services.AddScoped<DeadLetters>();
builder.Services.AddScoped<AcknowledgementReader>();
builder.Services.AddScoped<ErpRejections>();
builder.Services.AddSingleton(BackorderOptions.From(builder.Configuration));
builder.Services.AddSingleton(OutboxOptions.From(builder.Configuration));
builder.Services.AddScoped<RepromiseQueue>();
builder.Services.AddScoped<ProcessBackorders>();
builder.Services.AddScoped<CommitmentTransaction>();
builder.Services.AddScoped<RepromiseMovedProducts>();
builder.Services.AddScoped<IDomainEventHandler, PromiseHistory>();
builder.Services.AddScoped<IDomainEventHandler>(sp => sp.GetRequiredService<RepromiseMovedProducts>());
builder.Services.AddScoped<IDomainEventHandler, TellErpAboutOrders>();
builder.Services.AddScoped<AtRiskQueries>();
builder.Services.AddScoped<AcknowledgeRisk>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.CustomerQueries>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.CustomerSettings>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.AssignCustomer>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.TeamQueries>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.AccountQueries>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.CreateProspect>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.DuplicateCheck>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.Contacts>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.ChangeAccount>();
builder.Services.AddSingleton<Crm.Api.Features.Accounts.PhoneParsing>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.TeamCommands>();
builder.Services.AddScoped<Crm.Api.Features.Sales.Ownership.CustomerTeams>();
builder.Services.AddScoped<IDomainEventHandler, Crm.Api.Features.Sales.Ownership.DocumentsFollowTheirCustomer>();
builder.Services.AddScoped<UserAdministration>();
builder.Services.AddScoped<AuditQueries>();
builder.Services.AddScoped<UnitOfWork>();
builder.Services.AddScoped<Crm.Api.Features.Catalog.LinePricing>();
builder.Services.AddScoped<PricedLines>();
builder.Services.AddScoped<Crm.Api.Features.Catalog.PriceListQueries>();
builder.Services.AddScoped<Crm.Api.Features.Catalog.PriceListCommands>();
builder.Services.AddScoped<Crm.Api.Features.Catalog.PriceListImport>();
builder.Services.AddScoped<Crm.Api.Features.Accounts.TeamAssignment>();
builder.Services.AddScoped<RegardedRecords>();
foreach (var feature in new[]
{
    typeof(Crm.Api.Features.Pipeline.LeadCommands), typeof(Crm.Api.Features.Pipeline.LeadQueries), typeof(Crm.Api.Features.Pipeline.LeadDuplicates),
    typeof(Crm.Api.Features.Pipeline.LeadScoring), typeof(Crm.Api.Features.Pipeline.LeadImport), typeof(Crm.Api.Features.Pipeline.ConvertLead),
    typeof(Crm.Api.Features.Pipeline.CampaignCommands), typeof(Crm.Api.Features.Pipeline.CampaignQueries), typeof(Crm.Api.Features.Pipeline.Stages),
    typeof(Crm.Api.Features.Pipeline.OpportunityCommands), typeof(Crm.Api.Features.Pipeline.OpportunityQueries),
    typeof(Crm.Api.Features.Pipeline.QuoteFromOpportunity), typeof(Crm.Api.Features.Pipeline.ForecastQuery), typeof(Crm.Api.Features.Pipeline.Quotas),
    typeof(Crm.Api.Features.Activities.ActivityCommands), typeof(Crm.Api.Features.Activities.ActivityQueries),
    typeof(Crm.Api.Features.Activities.CalendarFeeds), typeof(Crm.Api.Features.Activities.ActivityReminders),
    typeof(Crm.Api.Features.Activities.Notifications), typeof(Crm.Api.Features.CustomerOverview),
    typeof(Crm.Api.Features.Accounts.ApplySegments), typeof(Crm.Api.Features.Accounts.ErpCustomerNumbers), typeof(Crm.Api.Features.Accounts.RequestErpCustomer), typeof(Crm.Api.Features.Sales.Segmentation.SegmentCustomers),
    typeof(Crm.Api.Features.Sales.Orders.NumberProspectOrders),
    typeof(Crm.Api.Features.Service.CaseCommands), typeof(Crm.Api.Features.Service.CaseQueries), typeof(Crm.Api.Features.Service.SlaJob),
    typeof(Crm.Api.Features.Service.CaseAttachments), typeof(Crm.Api.Features.Service.ServiceSettingsCommands),
    typeof(Crm.Api.Features.Service.CallerLookup), typeof(Crm.Api.Features.Service.InboundMail), typeof(Crm.Api.Features.Service.ArticleCommands), typeof(Crm.Api.Features.Service.ArticleQueries),
    typeof(Crm.Api.Infrastructure.Mail.MailDispatcher),
    typeof(Crm.Api.Features.Portal.PortalQueries), typeof(Crm.Api.Features.Portal.PortalCommands), typeof(Crm.Api.Features.Portal.PortalInvitations),
    typeof(Crm.Api.Features.Portal.InvoicePdf),
})
    builder.Services.AddScoped(feature);
builder.Services.AddSingleton<Crm.Api.Features.Activities.ActivityTime>();
builder.Services.AddSingleton(Crm.Api.Features.Service.ServiceTiers.From(builder.Configuration));
builder.Services.AddSingleton<Crm.Api.Features.Service.ArticleHtml>();
builder.Services.AddSingleton(Crm.Api.Infrastructure.Mail.MailOptions.Read(builder.Configuration, demo));
builder.Services.AddSingleton<Crm.Api.Infrastructure.Mail.MailKick>();
builder.Services.AddHostedService<Crm.Api.Infrastructure.Mail.LoopbackMailHost>();
builder.Services.AddScoped<Crm.Api.Infrastructure.Mail.IDeskMailbox>(services => services.GetRequiredService<Crm.Api.Features.Service.InboundMail>());
builder.Services.AddSingleton(Crm.Api.Features.Pipeline.LeadScoring.From(builder.Configuration));
builder.Services.AddScoped<IDomainEventHandler, Crm.Api.Features.Pipeline.WinOpportunityOfQuote>();
builder.Services.AddScoped<IDomainEventHandler, AskErpForCustomers>();
builder.Services.AddScoped<IDomainEventHandler, Crm.Api.Features.Pipeline.RescoreLeadOnActivity>();
builder.Services.AddScoped<IDomainEventHandler, Crm.Api.Features.Pipeline.DealsFollowTheirAccount>();
builder.Services.AddScoped<IDomainEventHandler, Crm.Api.Features.Activities.ActivitiesFollowTheirAccount>();
builder.Services.AddScoped<IDomainEventHandler, Crm.Api.Features.Service.CasesFollowTheirAccount>();
builder.Services.AddScoped<IDomainEventHandler, Crm.Api.Features.Service.CaseNotifications>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

var app = builder.Build();

await app.Services.MigrateCrmDatabaseAsync();
await DemoData.SeedAsync(app.Services, demo);

app.UseMiddleware<SecurityHeaders>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<CrossSiteRequests>();
if (app.Environment.IsDevelopment())
{
    app.UseWebAssemblyDebugging();
    app.UseApiDocumentation();
}
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<RecordGuards>();
app.UseRateLimiter();
if (!app.Environment.IsDevelopment()) app.UseApiDocumentation();

// The UI's files, fingerprinted and compressed at build time; public, so the sign-in page can load.
app.MapStaticAssets(trimmedUi?.Manifest).AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapEndpointGroups(typeof(Program).Assembly);
RecurringJobs.MapCrmJobs(app);
app.MapUnknownApiPaths();
// The sign-in page is plain HTML, ready before the app has loaded; everything else is the app.
app.MapFallbackToFile("/login", "signin.html").AllowAnonymous();
app.MapFallbackToFile("/portal/welcome", "portal-welcome.html").AllowAnonymous();
app.MapFallbackToFile("index.html").AllowAnonymous();

app.Run();

// "Today" is fixed by Clock:Today; in demo mode the demo dataset's own date is the default.
static TimeProvider ConfigureClock(IConfiguration configuration, bool demo)
{
    var today = configuration["Clock:Today"];
    if (string.IsNullOrWhiteSpace(today) && demo) today = configuration["Demo:Today"];
    if (string.IsNullOrWhiteSpace(today)) return TimeProvider.System;
    return DateOnly.TryParseExact(today, "yyyy-MM-dd", out var date)
        ? new ShiftedTimeProvider(date)
        : throw new InvalidOperationException($"Clock:Today must be a date as yyyy-MM-dd, not '{today}'.");
}

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
