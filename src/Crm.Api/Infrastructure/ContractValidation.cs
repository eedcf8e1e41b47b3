using System.ComponentModel.DataAnnotations;

namespace Crm.Api.Infrastructure;

/// <summary>Checks a request contract's annotations for endpoints whose handler the framework's validation cannot
/// see (mapped through a shared helper rather than a lambda of its own). A missing body is a field error too.</summary>
public static class ContractValidation
{
    public static RouteHandlerBuilder ValidateContracts(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var errors = new Dictionary<string, string[]>();
            for (var i = 0; i < context.Arguments.Count; i++)
            {
                var argument = context.Arguments[i];
                if (argument is null || argument.GetType().Namespace != typeof(Contracts.PagedResult<>).Namespace) continue;
                var results = new List<ValidationResult>();
                if (Validator.TryValidateObject(argument, new ValidationContext(argument), results, validateAllProperties: true)) continue;
                foreach (var result in results)
                foreach (var member in result.MemberNames.DefaultIfEmpty("body"))
                    errors[member] = [.. errors.GetValueOrDefault(member) ?? [], result.ErrorMessage ?? "The value is not valid."];
            }
            if (errors.Count > 0) throw new RequestValidationException(errors);
            return await next(context);
        });
}
