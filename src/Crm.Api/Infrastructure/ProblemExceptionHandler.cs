using Crm.Api.Persistence;
using System.Text.Json;
using Crm.Domain.Common;
using ErpBridge;
using ErpBridge.Translation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Infrastructure;

/// <summary>Turns every known failure into RFC 9457 problem details; anything else is a 500 without internals.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            RequestValidationException e => Validation(e.Errors),
            BadHttpRequestException { InnerException: JsonException json } => Validation(new Dictionary<string, string[]>
            {
                [FieldOf(json.Path)] = ["The value is not valid here (check the type and format, e.g. dates as yyyy-MM-dd)."],
            }),
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = "Bad request", Detail = e.Message },
            DomainRuleException { Field: { } field } e => WithCode(Validation(new Dictionary<string, string[]> { [field] = [e.Message] }), e.Code),
            DomainRuleException e => WithCode(new ProblemDetails { Status = 409, Title = "The document's state does not allow this", Detail = e.Message }, e.Code),
            UnprocessableException e => WithCode(new ProblemDetails { Status = 422, Title = "Cannot be taken as it stands", Detail = e.Message }, e.Code),
            ForbiddenException e => WithCode(new ProblemDetails { Status = 403, Title = "Not allowed", Detail = e.Message }, e.Code),
            NotFoundException e => new ProblemDetails { Status = 404, Title = NotFoundException.Title, Detail = e.Message },
            // A form read from a request that carries none (the job dashboard's POST-only addresses, asked with GET).
            InvalidOperationException e when ThrownBy<Microsoft.AspNetCore.Http.Features.FormFeature>(e) => new ProblemDetails
            {
                Status = 415, Title = "Unsupported media type", Detail = "This address takes a form (application/x-www-form-urlencoded) posted to it.",
            },
            // A change that met a newer version: 412 when the client named the version it read (If-Match), else 409.
            DbUpdateConcurrencyException => WithCode(new ProblemDetails
            {
                Status = context.Request.Headers.IfMatch.Count > 0 ? 412 : 409, Title = Problems.StaleTitle,
                Detail = "The document changed since it was read. Reload it and try again.",
            }, "concurrency.stale"),
            ErpUnavailableException e => WithCode(new ProblemDetails { Status = 503, Title = "The ERP is not reachable", Detail = e.Message }, "erp.unavailable"),
            ErpDataException e => WithCode(new ProblemDetails { Status = 502, Title = "The ERP sent data the CRM cannot take", Detail = e.Message }, "erp.bad_data"),
            _ => null,
        };
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = new ProblemDetails { Status = 500, Title = "Something went wrong on our side", Detail = "The error was logged." };
        }

        context.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Whether the exception comes from a method of <typeparamref name="T"/> (or of one of its async steps).</summary>
    private static bool ThrownBy<T>(Exception exception)
    {
        for (var type = exception.TargetSite?.DeclaringType; type is not null; type = type.DeclaringType)
            if (type == typeof(T)) return true;
        return false;
    }

    private static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors) =>
        new(errors) { Status = 400, Title = "One or more fields are not valid" };

    private static ProblemDetails WithCode(ProblemDetails problem, string code)
    {
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>"$.lines[0].quantity" → "lines[0].quantity"; the body itself is "body".</summary>
    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');
}
