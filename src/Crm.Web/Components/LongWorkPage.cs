using Crm.Web.Services;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Components;

/// <summary>A page with a button for long work (a sync, a backorder run): it shows the button busy while the work runs
/// and ready again when it ended, however the user came and went meanwhile.</summary>
public abstract class LongWorkPage : WorkingPage, IDisposable
{
    [Inject] protected LongWork Work { get; set; } = default!;

    protected override void OnInitialized()
    {
        Work.Changed += Refresh;
        base.OnInitialized();
    }

    private void Refresh() => _ = InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        Work.Changed -= Refresh;
        GC.SuppressFinalize(this);
    }
}
