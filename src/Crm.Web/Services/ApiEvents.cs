namespace Crm.Web.Services;

/// <summary>What the API client tells the layout: the connection came and went, the session ended mid-work.</summary>
public sealed class ApiEvents
{
    public bool Offline { get; private set; }

    public event Action? Changed;

    /// <summary>Set by the layout: asks the user to sign in again in a dialog and answers whether they did, so the
    /// call (and whatever the page holds unsaved) goes on.</summary>
    public Func<Task<bool>>? SignInAgain { get; set; }

    public void Connection(bool offline)
    {
        if (Offline == offline) return;
        Offline = offline;
        Changed?.Invoke();
    }
}
