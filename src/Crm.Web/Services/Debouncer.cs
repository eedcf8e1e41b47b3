namespace Crm.Web.Services;

/// <summary>Runs the last of a burst of requests once the user pauses: a newer request cancels the waiting or
/// running one, so an answer never overwrites a later one.</summary>
public sealed class Debouncer(TimeSpan pause) : IDisposable
{
    private CancellationTokenSource? _current;

    public async Task RunAsync(Func<CancellationToken, Task> work)
    {
        _current?.Cancel();
        _current?.Dispose();
        var mine = _current = new CancellationTokenSource();
        try
        {
            await Task.Delay(pause, mine.Token);
            await work(mine.Token);
        }
        catch (OperationCanceledException) when (mine.IsCancellationRequested)
        {
            // Overtaken by a newer request.
        }
    }

    public void Dispose()
    {
        _current?.Cancel();
        _current?.Dispose();
    }
}
