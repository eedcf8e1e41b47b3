using Crm.Api.Contracts;

namespace Crm.Web.Services;

/// <summary>Who is signed in, as far as the UI needs to know (the API decides what they may do).</summary>
public sealed class Session(CrmApi api)
{
    public CurrentUser? User { get; private set; }

    public event Action? Changed;

    public async Task RefreshAsync()
    {
        User = await api.MeAsync();
        Changed?.Invoke();
    }

    public async Task SignInAsync(string email, string password)
    {
        User = await api.LoginAsync(email, password);
        Changed?.Invoke();
    }

    public async Task SignOutAsync()
    {
        await api.LogoutAsync();
        User = null;
        Changed?.Invoke();
    }
}
