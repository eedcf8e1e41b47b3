namespace Crm.Api.Features.Service;

/// <summary>A file whose name, type and size the desk takes.</summary>
public sealed record CheckedFile(string Name, string ContentType, byte[] Content);
