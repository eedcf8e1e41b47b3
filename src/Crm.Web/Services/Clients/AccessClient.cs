using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>Sign-in, the session and the users (Access).</summary>
public sealed class AccessClient(ApiTransport api) : ApiClient(api)
{
    public Task<CurrentUser> LoginAsync(string email, string password) => PostAsync<CurrentUser>("api/auth/login", new LoginRequest(email, password), signInAgain: false);

    public async Task LogoutAsync() => await SendAsync(HttpMethod.Post, "api/auth/logout", null, signInAgain: false);

    public async Task<CurrentUser?> MeAsync()
    {
        try
        {
            var response = await Http.GetAsync("api/auth/me");
            Events.Connection(offline: false);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<CurrentUser>(Json) : null;
        }
        catch (HttpRequestException)
        {
            Events.Connection(offline: true);
            throw ApiProblem.NoConnection();
        }
    }

    public Task<PagedResult<UserResponse>> UsersAsync(int page = 1, int pageSize = 50, string? search = null) =>
        GetAsync<PagedResult<UserResponse>>($"api/users?page={page}&pageSize={pageSize}{Filter("search", search)}");

    public Task<UserResponse> CreateUserAsync(UserRequest request) => PostAsync<UserResponse>("api/users", request);
}
