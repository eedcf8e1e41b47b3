using Crm.Web.Services;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Components;

/// <summary>A page that calls the API: one call at a time, and a failed call shows its problem in words, never an
/// exception.</summary>
public abstract class WorkingPage : ComponentBase
{
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
