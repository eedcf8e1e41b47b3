using ErpMock;

// `export-csv <folder>` writes the demo dataset as flat files; anything else runs the mock server.
if (args is ["export-csv", var folder, ..])
{
    CsvExport.Write(ErpMockApp.Load(args.Length > 2 ? args[2] : ErpMockApp.DemoDatasetPath), folder);
    Console.WriteLine($"Wrote the dataset as CSV to {Path.GetFullPath(folder)}");
    return;
}

await ErpMockApp.Build(args).RunAsync();
