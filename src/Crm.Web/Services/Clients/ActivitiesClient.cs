using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>Activities, the agenda and the calendar link (Activities).</summary>
public sealed class ActivitiesClient(ApiTransport api) : ApiClient(api)
{
    public Task<AgendaResponse> AgendaAsync() => GetAsync<AgendaResponse>("api/activities/agenda");

    public Task<PagedResult<ActivityResponse>> ActivitiesAsync(string query) => GetAsync<PagedResult<ActivityResponse>>($"api/activities?{query}");

    public Task<ActivityResponse> PlanActivityAsync(ActivityRequest request) => PostAsync<ActivityResponse>("api/activities", request);

    public Task<ActivityCompletedResponse> CompleteActivityAsync(long id, ActivityCompletion completion) =>
        PostAsync<ActivityCompletedResponse>($"api/activities/{id}/complete", completion);

    public Task<CalendarLinkResponse> CalendarLinkAsync() => PostAsync<CalendarLinkResponse>("api/activities/calendar-link", null);
}
