using ErpBridge.Outbound;
using ErpBridge.Sources;
using ErpBridge.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ErpBridge;

public static class ErpBridgeServices
{
    private const string HttpClientName = "erp";

    /// <summary>Registers the bridge for the configured mode. The host registers its <see cref="IErpSyncStore"/>.</summary>
    public static IServiceCollection AddErpBridge(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Erp").Get<ErpOptions>() ?? new ErpOptions();
        options.InboundFolder = Path.GetFullPath(options.InboundFolder, AppContext.BaseDirectory);
        options.OutboundFolder = Path.GetFullPath(options.OutboundFolder, AppContext.BaseDirectory);
        options.AcknowledgementFolder = Path.GetFullPath(options.AcknowledgementFolder, AppContext.BaseDirectory);
        services.AddSingleton(options);

        if (options.Mode == ErpMode.Rest)
        {
            if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl))
                throw new InvalidOperationException("Erp:BaseUrl must be an absolute URL when Erp:Mode is Rest.");
            // Timeouts, retries with jitter (honouring Retry-After) and a circuit breaker; tunable under Erp:Resilience.
            services.AddHttpClient(HttpClientName, c => c.BaseAddress = baseUrl)
                .AddStandardResilienceHandler(o => configuration.GetSection("Erp:Resilience").Bind(o));
            services.AddTransient<IErpSource>(sp => new RestErpSource(Client(sp), options));
            services.AddTransient<IErpOrderGateway>(sp => new RestErpOrderGateway(Client(sp)));
            services.AddTransient<IErpCustomerGateway>(sp => new RestErpCustomerGateway(Client(sp)));
            // The REST contract answers a commitment when it is sent; there are no files to read back.
            services.AddTransient<IErpAcknowledgements, NoAcknowledgements>();
        }
        else
        {
            services.AddTransient<IErpSource>(_ => new FileDropErpSource(options));
            services.AddTransient<IErpOrderGateway>(_ => new FileDropOrderGateway(options));
            services.AddTransient<IErpCustomerGateway>(_ => new FileDropCustomerGateway(options));
            services.AddTransient<IErpAcknowledgements>(_ => new FileDropAcknowledgements(options));
        }

        services.AddScoped(sp => new ErpSyncService(
            sp.GetRequiredService<IErpSource>(), sp.GetRequiredService<IErpSyncStore>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static HttpClient Client(IServiceProvider sp) =>
        sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
}
