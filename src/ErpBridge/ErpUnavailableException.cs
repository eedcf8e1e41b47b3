namespace ErpBridge;

/// <summary>The ERP could not be reached or answered with something unusable.</summary>
/// <param name="retryAfter">How long the ERP asked us to wait (its Retry-After), when it said.</param>
/// <param name="refused">The ERP understood and said no (a 4xx other than 408 and 429): asking again with the same
/// message will get the same answer.</param>
public sealed class ErpUnavailableException(string message, Exception? inner = null, TimeSpan? retryAfter = null, bool refused = false)
    : Exception(message, inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool Refused { get; } = refused;
}
