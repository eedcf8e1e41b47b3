namespace Crm.Api.Features.Integration;

/// <summary>How hard the outbox tries (configuration section <c>Outbox</c>).</summary>
/// <param name="MaxAttempts">Failed deliveries after which a message becomes a dead letter for an admin to look at.
/// With the back-off doubling from 2 s up to 15 minutes, the default of 12 keeps trying for about an hour.</param>
/// <param name="Lease">How long a dispatcher owns a message it is sending. A node that dies while sending leaves the
/// message to the others after this; it must be longer than one delivery can take (the ERP client's total timeout).</param>
/// <param name="Parallelism">How many messages one dispatcher sends at once.</param>
/// <param name="MaxBackOff">The longest wait between two tries of one message (the ERP's Retry-After may ask for more).</param>
public sealed record OutboxOptions(int MaxAttempts, TimeSpan Lease, int Parallelism = OutboxOptions.DefaultParallelism, TimeSpan? MaxBackOff = null)
{
    public TimeSpan BackOffCap => MaxBackOff ?? DefaultMaxBackOff;

    public static readonly TimeSpan DefaultMaxBackOff = TimeSpan.FromMinutes(15);

    public const int DefaultMaxAttempts = 12;
    public const int DefaultParallelism = 4;
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(2);

    public static OutboxOptions From(IConfiguration configuration)
    {
        var maxAttempts = configuration.GetValue("Outbox:MaxAttempts", DefaultMaxAttempts);
        if (maxAttempts < 1)
            throw new InvalidOperationException($"Outbox:MaxAttempts must be at least 1; it is {maxAttempts}.");
        var lease = configuration.GetValue("Outbox:Lease", DefaultLease);
        if (lease < TimeSpan.FromSeconds(1))
            throw new InvalidOperationException($"Outbox:Lease must be at least 1 second; it is {lease}.");
        var parallelism = configuration.GetValue("Outbox:Parallelism", DefaultParallelism);
        if (parallelism is < 1 or > 64)
            throw new InvalidOperationException($"Outbox:Parallelism must be 1 to 64; it is {parallelism}.");
        var maxBackOff = configuration.GetValue("Outbox:MaxBackOff", DefaultMaxBackOff);
        if (maxBackOff < TimeSpan.FromSeconds(1))
            throw new InvalidOperationException($"Outbox:MaxBackOff must be at least 1 second; it is {maxBackOff}.");
        return new(maxAttempts, lease, parallelism, maxBackOff);
    }
}
