using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>Who is signed in, as far as the UI needs to know (the API decides what they may do).</summary>
public sealed class Session(AccessClient api)
{
    public CurrentUser? User { get; private set; }

    /// <summary>Whether the API has been asked yet; until then nobody is known to be signed out.</summary>
    public bool Known { get; private set; }

    public event Action? Changed;

    public async Task RefreshAsync()
    {
        User = await api.MeAsync();
        ServerClock.Learn(User?.Now);
        Known = true;
        Changed?.Invoke();
    }

    public async Task SignInAsync(string email, string password)
    {
        User = await api.LoginAsync(email, password);
        ServerClock.Learn(User.Now);
        Known = true;
        Changed?.Invoke();
    }

    public async Task SignOutAsync()
    {
        await api.LogoutAsync();
        User = null;
        Changed?.Invoke();
    }
}
