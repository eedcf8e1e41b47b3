using Crm.Api.Persistence;
namespace Crm.Api.Persistence;

public sealed class NotFoundException(string what, object id) : Exception(Describe(what, id))
{
    public const string Title = "Not found";

    /// <summary>The wording of every 404, thrown or returned.</summary>
    public static string Describe(string what, object id) => $"{what} {id} was not found.";
}
