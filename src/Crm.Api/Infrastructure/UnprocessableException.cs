namespace Crm.Api.Infrastructure;

/// <summary>The request is well-formed but cannot be taken as it stands (422), with a machine-readable code.</summary>
public sealed class UnprocessableException(string message, string code) : Exception(message)
{
    public string Code { get; } = code;
}
