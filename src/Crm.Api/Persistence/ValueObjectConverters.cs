using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Api.Persistence;

/// <summary>The aggregates' typed ids are stored as the plain numbers the columns always held.</summary>
public sealed class SalesOrderIdConverter() : ValueConverter<SalesOrderId, long>(id => id.Value, value => new SalesOrderId(value));

public sealed class QuoteIdConverter() : ValueConverter<QuoteId, long>(id => id.Value, value => new QuoteId(value));

/// <summary>Customer numbers are stored as the text the ERP gave.</summary>
public sealed class CustomerNumberConverter() : ValueConverter<CustomerNumber, string>(number => number.Value, value => new CustomerNumber(value));

public sealed class TeamIdConverter() : ValueConverter<TeamId, long>(id => id.Value, value => new TeamId(value));

public sealed class AccountIdConverter() : ValueConverter<AccountId, long>(id => id.Value, value => new AccountId(value));

public sealed class ContactIdConverter() : ValueConverter<ContactId, long>(id => id.Value, value => new ContactId(value));

public sealed class PriceListIdConverter() : ValueConverter<PriceListId, long>(id => id.Value, value => new PriceListId(value));

public sealed class CampaignIdConverter() : ValueConverter<CampaignId, long>(id => id.Value, value => new CampaignId(value));

public sealed class LeadIdConverter() : ValueConverter<LeadId, long>(id => id.Value, value => new LeadId(value));

public sealed class OpportunityIdConverter() : ValueConverter<OpportunityId, long>(id => id.Value, value => new OpportunityId(value));

public sealed class ActivityIdConverter() : ValueConverter<ActivityId, long>(id => id.Value, value => new ActivityId(value));

public sealed class CaseIdConverter() : ValueConverter<CaseId, long>(id => id.Value, value => new CaseId(value));

public sealed class ArticleIdConverter() : ValueConverter<ArticleId, long>(id => id.Value, value => new ArticleId(value));
