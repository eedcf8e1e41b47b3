using AutoMapper;
using Crm.Contracts;
using Crm.Domain.Catalog;
using Crm.Domain.Promising;
using Crm.Domain.Sales;

namespace Crm.Api.Mapping;

/// <summary>Domain objects to response contracts, at the HTTP boundary only.</summary>
public sealed class ApiMappingProfile : Profile
{
    /// <summary>The deepest contract is an order: order, line, schedule line, coverage. A bound on every map keeps
    /// AutoMapper's recursion finite whatever it is given (GHSA-rvv3-g6hj-g44x).</summary>
    public const int MaxDepth = 5;

    public ApiMappingProfile()
    {
        // An explanation that was not asked for stays absent (null), not an empty list.
        AllowNullCollections = true;
        // Contracts map from properties only. Considering methods as sources makes AutoMapper instantiate LINQ's
        // generic extension methods, which throws on .NET 10's constrained ones (MaxInteger<T>).
        ShouldMapMethod = _ => false;

        // Contracts carry the typed ids as the numbers the API speaks.
        CreateMap<SalesOrderId, long>().ConvertUsing(id => id.Value);
        CreateMap<QuoteId, long>().ConvertUsing(id => id.Value);
        CreateMap<PriceListId, long>().ConvertUsing(id => id.Value);

        CreateMap<ScheduleLinePromise, ScheduleLineResponse>().MaxDepth(MaxDepth);
        CreateMap<LinePromise, AvailabilityLineResponse>().MaxDepth(MaxDepth);
        CreateMap<OrderPromise, AvailabilityResponse>().MaxDepth(MaxDepth);

        CreateMap<ScheduleLine, ScheduleLineResponse>().MaxDepth(MaxDepth);
        CreateMap<SalesOrderLine, OrderLineResponse>().MaxDepth(MaxDepth);
        CreateMap<SalesOrder, OrderResponse>().MaxDepth(MaxDepth);

        CreateMap<PromisedPart, PromisedPartResponse>().MaxDepth(MaxDepth);
        CreateMap<PromiseChange, PromiseChangeResponse>().MaxDepth(MaxDepth);

        CreateMap<QuoteLine, QuoteLineResponse>().MaxDepth(MaxDepth)
            .ForCtorParam(nameof(QuoteLineResponse.Promise), o => o.MapFrom(_ => (QuoteLinePromiseResponse?)null))
            .ForCtorParam(nameof(QuoteLineResponse.Description), o => o.MapFrom(_ => (string?)null));
        CreateMap<QuoteAcceptance, QuoteAcceptanceResponse>().MaxDepth(MaxDepth);
        CreateMap<Quote, QuoteResponse>().MaxDepth(MaxDepth)
            .ForCtorParam(nameof(QuoteResponse.Version), o => o.MapFrom(q => q.VersionNumber))
            .ForCtorParam(nameof(QuoteResponse.Prospect), o => o.MapFrom(q => q.AwaitsCustomerNumber))
            .ForCtorParam(nameof(QuoteResponse.ContactId), o => o.MapFrom(q => q.Terms.Contact == null ? (long?)null : q.Terms.Contact.Value.Value))
            .ForCtorParam(nameof(QuoteResponse.PaymentTerms), o => o.MapFrom(q => q.Terms.PaymentTerms))
            .ForCtorParam(nameof(QuoteResponse.Incoterms), o => o.MapFrom(q => q.Terms.Incoterms == null ? null : q.Terms.Incoterms.ToString()))
            .ForCtorParam(nameof(QuoteResponse.IncotermsPlace), o => o.MapFrom(q => q.Terms.IncotermsPlace))
            .ForCtorParam(nameof(QuoteResponse.HeaderDiscountPercent), o => o.MapFrom(q => q.Terms.HeaderDiscountPercent))
            .ForCtorParam(nameof(QuoteResponse.IntroText), o => o.MapFrom(q => q.Terms.IntroText))
            .ForCtorParam(nameof(QuoteResponse.ClosingText), o => o.MapFrom(q => q.Terms.ClosingText))
            .ForCtorParam(nameof(QuoteResponse.GrossTotal), o => o.MapFrom(q => q.NetTotal))
            .ForCtorParam(nameof(QuoteResponse.Taxes), o => o.MapFrom(_ => (IReadOnlyList<TaxAmountResponse>?)null))
            .ForCtorParam(nameof(QuoteResponse.ApprovalReasons), o => o.MapFrom(q => Reasons(q.ApprovalReasons)));
    }

    /// <summary>A quote keeps its approval reasons one a line.</summary>
    public static IReadOnlyList<string> Reasons(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static IMapper CreateMapper() =>
        new MapperConfiguration(c => c.AddProfile<ApiMappingProfile>()).CreateMapper();
}
