using Radzen;

namespace Crm.Web.Services;

/// <summary>Work that takes a while (an ERP sync, a backorder run): it goes on when the user leaves the page, the
/// header shows it running, and a notification says how it ended.</summary>
public sealed class LongWork(NotificationService notifications)
{
    private readonly Dictionary<string, Task> _running = [];

    public event Action? Changed;

    public IReadOnlyCollection<string> Running => _running.Keys;

    public bool IsRunning(string name) => _running.ContainsKey(name);

    /// <param name="done">What to tell the user when it succeeded.</param>
    public Task StartAsync<T>(string name, Func<Task<T>> work, Func<T, string> done)
    {
        if (_running.TryGetValue(name, out var running)) return running;
        var task = RunAsync(name, work, done);
        _running[name] = task;
        Changed?.Invoke();
        return task;
    }

    private async Task RunAsync<T>(string name, Func<Task<T>> work, Func<T, string> done)
    {
        await Task.Yield();
        try
        {
            var result = await work();
            notifications.Notify(NotificationSeverity.Success, name, done(result), TimeSpan.FromSeconds(8));
        }
        catch (ApiProblem problem)
        {
            notifications.Notify(NotificationSeverity.Error, $"{name} failed", problem.Detail ?? problem.Title, TimeSpan.FromSeconds(12));
        }
        finally
        {
            _running.Remove(name);
            Changed?.Invoke();
        }
    }
}
