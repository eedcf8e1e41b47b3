namespace Crm.Web.Services;

/// <summary>The server's time as the UI reckons it: its clock is fixed in demos and tests, so "5 minutes ago" is
/// counted from the server's now, learnt at sign-in, not from the browser's.</summary>
public static class ServerClock
{
    private static TimeSpan _offset;

    public static DateTimeOffset Now => DateTimeOffset.UtcNow + _offset;

    public static void Learn(DateTimeOffset? serverNow)
    {
        if (serverNow is { } now) _offset = now - DateTimeOffset.UtcNow;
    }
}
