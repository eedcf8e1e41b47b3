namespace Crm.Api.Infrastructure;

public sealed class NotFoundException(string what, object id) : Exception($"{what} {id} was not found.");
