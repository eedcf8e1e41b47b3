using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/Crm.Benchmarks -- --filter '*Engine*'` runs the engine benchmarks.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
