namespace Crm.Api.Infrastructure;

/// <summary>Input that is well-formed but wrong (an unknown item, an unknown customer), per field.</summary>
public sealed class RequestValidationException(IDictionary<string, string[]> errors)
    : Exception("The request is not valid.")
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
