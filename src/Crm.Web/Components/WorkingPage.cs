using Crm.Web.Services;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Crm.Web.Components;

/// <summary>A page that calls the API: one call at a time, and a failed call shows its problem in words, never an
/// exception. A refusal that names no field (a rule, a conflict, a missing right) is told as a notification too, so it
/// reaches the user wherever on the page they pressed the button.</summary>
public abstract class WorkingPage : ComponentBase
{
    [Inject] private NotificationService Toasts { get; set; } = default!;

    protected ApiProblem? Problem { get; set; }

    protected bool Busy { get; private set; }

    protected async Task<bool> RunAsync(Func<Task> action)
    {
        Busy = true;
        Problem = null;
        try
        {
            await action();
            return true;
        }
        catch (ApiProblem e)
        {
            Problem = e;
            if (e.Errors.Count == 0 && e.Status is not 401) Toasts.Notify(NotificationSeverity.Error, e.Title, e.Detail ?? "", TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine(e);
            Problem = ApiProblem.Unexpected();
        }
        finally
        {
            Busy = false;
        }
        return false;
    }
}
