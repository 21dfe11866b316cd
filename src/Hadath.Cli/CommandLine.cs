namespace Hadath.Cli;

/// <summary>Entry point: dispatches the first argument to a command.</summary>
public static class CommandLine
{
    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "kb") return Commands.KbCommand.Run(args[1..]);
        Console.Error.WriteLine("hadath: not implemented yet");
        return 2;
    }
}
