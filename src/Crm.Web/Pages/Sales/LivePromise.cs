using Crm.Contracts;
using Crm.Web.Services;
using Microsoft.JSInterop;

namespace Crm.Web.Pages.Sales;

/// <summary>The promise of lines being typed (quote editor, order entry): checked once the user pauses, for every
/// line with an item and a quantity, never overwritten by an older answer.</summary>
public sealed class LivePromise(AvailabilityClient api, IJSRuntime js) : IDisposable
{
    private readonly Debouncer _debouncer = new(TimeSpan.FromMilliseconds(400));

    public bool Checking { get; private set; }

    /// <summary>The last answer, with when it came (the server's clock).</summary>
    public AvailabilityResponse? Answer { get; private set; }

    public DateTimeOffset? CheckedAt { get; private set; }

    /// <param name="changed">Re-renders the page (checking started, answer or problem arrived).</param>
    /// <param name="problem">Takes the problem of a failed check, or null when a check succeeded.</param>
    public Task CheckSoonAsync(QuoteDraft draft, Action changed, Action<ApiProblem?> problem) => _debouncer.RunAsync(async ct =>
    {
        if (draft.ToCheck() is not { } request) return;
        var asked = draft.CheckableLines.ToList();
        Checking = true;
        changed();
        try
        {
            Answer = await api.CheckAsync(request, ct);
            CheckedAt = ServerClock.Now;
            draft.Apply(asked, Answer);
            problem(null);
        }
        catch (ApiProblem failed)
        {
            problem(failed);
        }
        finally
        {
            Checking = false;
            changed();
        }
    });

    /// <summary>A new empty line, with the cursor in its item box (Enter in a quantity asks for it).</summary>
    public async Task AddLineAsync(QuoteDraft draft, Action changed)
    {
        var line = new DraftLine();
        draft.Lines.Add(line);
        changed();
        await Task.Yield();
        await js.InvokeVoidAsync("b2bcrm.focus", $"#{line.ItemInputId}");
    }

    public void Dispose() => _debouncer.Dispose();
}
