namespace ErpMock;

public static class Program
{
    /// <summary><c>export-csv &lt;folder&gt; [dataset.json]</c> writes a dataset as flat files; anything else runs the mock server.</summary>
    public static async Task Main(string[] args)
    {
        if (args is ["export-csv", var folder, ..])
        {
            CsvExport.Write(ErpMockApp.Load(args.Length > 2 ? args[2] : ErpMockApp.DemoDatasetPath), folder);
            Console.WriteLine($"Wrote the dataset as CSV to {Path.GetFullPath(folder)}");
            return;
        }

        await ErpMockApp.Build(args).RunAsync();
    }
}
