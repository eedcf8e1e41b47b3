using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crm.Api.Infrastructure;

/// <summary>Field names in validation problems as the client wrote them: "Lines[0].Quantity" becomes
/// "lines[0].quantity", the JSON names of the contract.</summary>
public static partial class ProblemFieldNames
{
    public static void CamelCase(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails validation) return;
        var renamed = validation.Errors.ToDictionary(e => Camel(e.Key), e => e.Value);
        validation.Errors.Clear();
        foreach (var (field, messages) in renamed) validation.Errors[field] = messages;
    }

    private static string Camel(string field) =>
        Segment().Replace(field, m => JsonNamingPolicy.CamelCase.ConvertName(m.Value));

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Segment();
}
