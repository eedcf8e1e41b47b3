namespace Crm.Benchmarks.Scenarios;

/// <summary>Latencies of one kind of call, collected from many clients at once.</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count
    {
        get { lock (_milliseconds) return _milliseconds.Count; }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (_milliseconds) _milliseconds.Add(elapsed.TotalMilliseconds);
    }

    public double Percentile(double p)
    {
        lock (_milliseconds)
        {
            if (_milliseconds.Count == 0) return double.NaN;
            var sorted = _milliseconds.Order().ToList();
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
        }
    }

    public string Summary(TimeSpan duration) =>
        $"{Count / duration.TotalSeconds:F0}/s over {duration.TotalSeconds:F0} s ({Count:N0} calls), p50 {Percentile(50):F1} ms, p99 {Percentile(99):F1} ms";
}
