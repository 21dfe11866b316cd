namespace Hadath.Cli;

/// <summary>Entry point: dispatches the first argument to a command.</summary>
public static class CommandLine
{
    public static int Run(string[] args)
    {
        if (args is ["eval", "sentences", ..]) return Commands.EvalSentencesCommand.Run(args[2..]);
        Console.Error.WriteLine("hadath: not implemented yet");
        return 2;
    }
}
