// `ingest ...` runs the store's macro benchmark (one whole ingest is the unit); anything else goes to BenchmarkDotNet.
if (args is ["ingest", ..]) return Hadath.Bench.IngestBenchmark.Run(args[1..]);
BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
