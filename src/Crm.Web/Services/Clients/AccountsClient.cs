using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>Accounts, customers, contacts and teams (Accounts).</summary>
public sealed class AccountsClient(ApiTransport api) : ApiClient(api)
{
    public Task<PagedResult<CustomerSummary>> CustomersAsync(string? search, int pageSize = 20) =>
        GetAsync<PagedResult<CustomerSummary>>($"api/customers?pageSize={pageSize}{Filter("search", search)}");

    public Task<CustomerSummary> CustomerAsync(string number) => GetAsync<CustomerSummary>($"api/customers/{Uri.EscapeDataString(number)}");

    public Task<PagedResult<TeamResponse>> TeamsAsync(int page = 1, int pageSize = 50) => GetAsync<PagedResult<TeamResponse>>($"api/teams?page={page}&pageSize={pageSize}");

    public Task<TeamResponse> CreateTeamAsync(TeamRequest request) => PostAsync<TeamResponse>("api/teams", request);

    public Task<TeamResponse> UpdateTeamAsync(long id, TeamRequest request) => ReadAsync<TeamResponse>(HttpMethod.Put, $"api/teams/{id}", request);

    public Task<CustomerSummary> AssignCustomerAsync(string customer, CustomerAssignmentRequest request) =>
        ReadAsync<CustomerSummary>(HttpMethod.Put, $"api/customers/{Uri.EscapeDataString(customer)}/assignment", request);

    public Task<PagedResult<AccountSummary>> AccountsAsync(ListQuery query, string? kind = null, string? abcClass = null) =>
        GetAsync<PagedResult<AccountSummary>>($"api/accounts?{List(query)}{Filter("kind", kind)}{Filter("abcClass", abcClass)}");

    public Task<AccountOverview> AccountOverviewAsync(long id) => GetAsync<AccountOverview>($"api/accounts/{id}/overview");

    public Task<PagedResult<ContactResponse>> ContactsAsync(long accountId, int pageSize = 100) =>
        GetAsync<PagedResult<ContactResponse>>($"api/accounts/{accountId}/contacts?pageSize={pageSize}");

    public Task<ContactResponse> CreateContactAsync(long accountId, ContactRequest contact) => PostAsync<ContactResponse>($"api/accounts/{accountId}/contacts", contact);

    public Task<ContactResponse> ChangeContactAsync(long accountId, long id, ContactPatch patch) =>
        ReadAsync<ContactResponse>(HttpMethod.Patch, $"api/accounts/{accountId}/contacts/{id}", patch);

    public Task<AccountResponse> RequestErpCustomerAsync(long id) => PostAsync<AccountResponse>($"api/accounts/{id}/erp-customer", null);
}
