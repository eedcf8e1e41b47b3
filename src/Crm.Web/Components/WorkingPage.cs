using Crm.Web.Services;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Components;

/// <summary>A page that calls the API: one call at a time, and a failed call shows its problem.</summary>
public abstract class WorkingPage : ComponentBase
{
    protected ApiProblem? Problem { get; private set; }

    protected bool Busy { get; private set; }

    protected async Task RunAsync(Func<Task> action)
    {
        Busy = true;
        Problem = null;
        try
        {
            await action();
        }
        catch (ApiProblem e)
        {
            Problem = e;
        }
        finally
        {
            Busy = false;
        }
    }
}
