using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

public sealed record LoginRequest([property: Required, EmailAddress] string? Email, [property: Required] string? Password);

/// <param name="Now">The server's clock (fixed in demos and tests), so that the UI says "5 minutes ago" as the server
/// counts time.</param>
public sealed record CurrentUser(string Email, IReadOnlyList<string> Roles, DateTimeOffset? Now = null);
