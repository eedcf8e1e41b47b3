using Crm.Api.Infrastructure.Mail;
using Crm.Api.Mapping;
using Crm.Api.Persistence;

namespace Crm.Api.Infrastructure;

/// <summary>What every area stands on: the write door, problem details, validation, the API document, health,
/// idempotency, mail, the mapper, and the request pipeline.</summary>
public static class PlatformSetup
{
    public static void AddCrmPlatform(this WebApplicationBuilder builder, bool demo)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddSingleton(ConfigureClock(builder.Configuration, demo));
        services.AddCrmSecurity();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<ProductLocks>();
        services.AddScoped<IdempotencyKeys>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            ProblemFieldNames.CamelCase(context);
            RoutingProblems.Describe(context);
        });
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<RoutingProblems.NotApi>(RoutingProblems.NotApi.Name));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddValidation();
        // Malformed bodies reach the exception handler, which names the field, in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddCrmOpenApi();
        services.AddHealthChecks();
        services.AddConfirmationLimit(builder.Configuration);
        services.AddSingleton(ApiMappingProfile.CreateMapper());
        services.AddSingleton(MailOptions.Read(builder.Configuration, demo));
        services.AddSingleton<MailKick>();
        services.AddSingleton<PublicLinks>();
        services.AddScoped<MailDispatcher>();
        services.AddHostedService<LoopbackMailHost>();
    }

    /// <summary>The request pipeline in front of the endpoints.</summary>
    public static void UseCrmPlatform(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<MethodNotAllowed>();
        app.UseMiddleware<CrossSiteRequests>();
        if (app.Environment.IsDevelopment())
        {
            app.UseWebAssemblyDebugging();
            app.UseApiDocumentation();
        }
        app.UseAuthentication();
        app.UseSignInFirst();
        app.UseAuthorization();
        app.UseMiddleware<RecordGuards>();
        app.UseRateLimiter();
        if (!app.Environment.IsDevelopment()) app.UseApiDocumentation();
    }

    /// <summary>"Today" is fixed by Clock:Today; in demo mode the demo dataset's own date is the default.</summary>
    private static TimeProvider ConfigureClock(IConfiguration configuration, bool demo)
    {
        var today = configuration["Clock:Today"];
        if (string.IsNullOrWhiteSpace(today) && demo) today = configuration["Demo:Today"];
        if (string.IsNullOrWhiteSpace(today)) return TimeProvider.System;
        return DateOnly.TryParseExact(today, "yyyy-MM-dd", out var date)
            ? new ShiftedTimeProvider(date)
            : throw new InvalidOperationException($"Clock:Today must be a date as yyyy-MM-dd, not '{today}'.");
    }
}
