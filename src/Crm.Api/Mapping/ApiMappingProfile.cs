using AutoMapper;
using AutoMapper.Configuration;
using Crm.Api.Contracts;
using Crm.Domain.Orders;
using Crm.Domain.Promising;
using Crm.Domain.Quotes;

namespace Crm.Api.Mapping;

/// <summary>Domain objects to response contracts, at the HTTP boundary only.</summary>
public sealed class ApiMappingProfile : Profile
{
    public ApiMappingProfile()
    {
        // An explanation that was not asked for stays absent (null), not an empty list.
        AllowNullCollections = true;

        CreateMap<ScheduleLinePromise, ScheduleLineResponse>();
        CreateMap<LinePromise, AvailabilityLineResponse>();
        CreateMap<OrderPromise, AvailabilityResponse>();

        CreateMap<ScheduleLine, ScheduleLineResponse>();
        CreateMap<SalesOrderLine, OrderLineResponse>();
        CreateMap<SalesOrder, OrderResponse>();

        CreateMap<PromisedPart, PromisedPartResponse>();
        CreateMap<PromiseChange, PromiseChangeResponse>();

        CreateMap<QuoteLine, QuoteLineResponse>();
        CreateMap<Quote, QuoteResponse>();
    }

    public static IMapper CreateMapper() =>
        new MapperConfiguration(c =>
        {
            // Contracts map from properties only. Without LINQ's extension methods as mapping sources, AutoMapper 8
            // no longer instantiates every generic one, which throws on .NET 10's constrained ones (MaxInteger<T>).
            if (((IProfileConfiguration)c).SourceExtensionMethods is ICollection<System.Reflection.MethodInfo> methods) methods.Clear();
            c.AddProfile<ApiMappingProfile>();
        }).CreateMapper();
}
