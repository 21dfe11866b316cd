using System.Globalization;
using System.Text;
using System.Text.Json;
using Hadath.IO;
using Hadath.Output;
using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath extract [FILE...|-] [--format json|eval|text] [--published YYYY-MM-DD]</c>: analyses .txt files (one article
/// each, id = file name) and .jsonl articles (GOLD_FORMAT fields), folders of them, or standard input, and prints the result.
/// A bad file or line is reported (file and line) and skipped; the rest is still analysed, and the exit code is then 1.
/// </summary>
internal static class ExtractCommand
{
    public static int Run(string[] args)
    {
        var format = "text";
        DateOnly? published = null;
        var inputs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length:
                    format = args[++i];
                    if (format is not ("json" or "eval" or "text")) throw new UsageException($"--format must be json, eval or text, not '{format}'.");
                    break;
                case "--published" when i + 1 < args.Length:
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        throw new UsageException($"--published must be a date YYYY-MM-DD, not '{args[i]}'.");
                    published = date;
                    break;
                case "-":
                    inputs.Add("-");
                    break;
                case var a when a.StartsWith('-'):
                    throw new UsageException($"unknown or incomplete option '{a}'.");
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }
        if (inputs.Count == 0) throw new UsageException("give one or more .txt/.jsonl files or folders, or - for standard input.");

        var engine = HadathEngine.CreateDefault();
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        var failures = 0;
        foreach (var article in Articles(inputs, published, () => failures++))
        {
            Document document;
            try
            {
                document = engine.Analyze(article);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Console.Error.WriteLine($"hadath extract: article '{article.Id}' could not be analysed: {e.Message}");
                failures++;
                continue;
            }
            output.WriteLine(format switch
            {
                "eval" => ArticleJson.ToLine(ArticleExport.ToRecord(document) with { Source = article.Source, Url = article.Url, Title = article.Title }),
                "json" => DetailedJson.ToJson(document).ToJsonString(Indented),
                _ => TextSummary.Format(document),
            });
        }
        output.Flush();
        return failures == 0 ? 0 : 1;
    }

    private static readonly JsonSerializerOptions Indented = new(ArticleJson.Options) { WriteIndented = true };

    /// <summary>
    /// Every article of the inputs, in order, read by <see cref="ArticleSources"/> (.txt, .jsonl, HTML, RSS/Atom, folders);
    /// "-" reads standard input as JSONL when it starts with "{", else as one text. Bad input is reported and skipped.
    /// </summary>
    private static IEnumerable<ArticleRecord> Articles(List<string> inputs, DateOnly? published, Action failed)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                foreach (var a in FromStandardInput(published, failed)) yield return a;
                continue;
            }
            void Report(ReadError error)
            {
                Console.Error.WriteLine($"hadath extract: {error}");
                failed();
            }
            foreach (var a in ArticleSources.Read([input], Report))
                yield return new ArticleRecord
                {
                    Id = a.Id, Source = a.Source, Url = a.Url, Title = a.Title ?? "", Text = a.Text,
                    Published = (a.Published ?? published) is { } p ? Iso(p) : null,
                };
        }
    }

    private static List<ArticleRecord> FromStandardInput(DateOnly? published, Action failed)
    {
        try
        {
            var all = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false, throwOnInvalidBytes: true)).ReadToEnd();
            return all.TrimStart().StartsWith('{') ? ArticleJson.Read(new StringReader(all), "<stdin>") : [FromText("stdin", all, published)];
        }
        catch (Exception e) when (e is ArticleFormatException or DecoderFallbackException or IOException)
        {
            Console.Error.WriteLine($"hadath extract: <stdin>: {e.Message}");
            failed();
            return [];
        }
    }

    private static ArticleRecord FromText(string id, string text, DateOnly? published) =>
        new() { Id = id, Text = text.TrimEnd('\n', '\r'), Title = "", Published = published is { } p ? Iso(p) : null };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
