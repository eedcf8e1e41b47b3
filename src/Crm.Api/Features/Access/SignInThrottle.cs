using Microsoft.Extensions.Caching.Memory;

namespace Crm.Api.Features.Access;

/// <summary>Counts failed sign-ins per client address and per email (known or not, so the answer never tells which
/// emails exist). Past the limit a client or an email waits out the window: a guesser is slowed, nobody is locked
/// out for good, and a successful sign-in never waits. Counted per node.</summary>
public sealed class SignInThrottle(IMemoryCache cache, TimeProvider time, IConfiguration configuration)
{
    public const int FailuresPerAccount = 10;
    public const int FailuresPerClient = 30;

    /// <summary>How long failures count, and how long a client or an email past its limit waits (SignIn:ThrottleWindow).</summary>
    private readonly TimeSpan _window = configuration.GetValue("SignIn:ThrottleWindow", TimeSpan.FromMinutes(15));

    /// <summary>How long the client or the email must still wait; null when it may try.</summary>
    public TimeSpan? RetryAfter(string client, string email)
    {
        var now = time.GetUtcNow();
        var waits = new[] { Wait(Key("client", client), FailuresPerClient, now), Wait(Key("email", email), FailuresPerAccount, now) };
        return waits.Max();
    }

    public void Failed(string client, string email)
    {
        var now = time.GetUtcNow();
        Count(Key("client", client), now);
        Count(Key("email", email), now);
    }

    /// <summary>A right password clears the email's count: the owner is not held back by someone else's guesses.</summary>
    public void Succeeded(string email) => cache.Remove(Key("email", email));

    private TimeSpan? Wait(string key, int limit, DateTimeOffset now) =>
        cache.TryGetValue(key, out Failures? failures) && failures!.Count >= limit && failures.Until > now ? failures.Until - now : null;

    private void Count(string key, DateTimeOffset now)
    {
        var failures = cache.TryGetValue(key, out Failures? known) && known!.Until > now ? known : new Failures(now + _window);
        failures.Add();
        cache.Set(key, failures, failures.Until);
    }

    private static string Key(string kind, string value) => $"sign-in:{kind}:{value.Trim().ToUpperInvariant()}";

    private sealed class Failures(DateTimeOffset until)
    {
        public DateTimeOffset Until { get; } = until;

        private int _count;

        public int Count => _count;

        public void Add() => Interlocked.Increment(ref _count);
    }
}
