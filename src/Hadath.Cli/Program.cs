return Hadath.Cli.CommandLine.Run(args);
