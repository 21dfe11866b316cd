using Hadath.IO;

namespace Hadath.Tests.IO;

public class PublishedDateTests
{
    [Theory]
    [InlineData("2018-02-19", "2018-02-19")]
    [InlineData("2018-02-19T23:30:00+04:00", "2018-02-19")]   // the outlet's own day, not UTC
    [InlineData("2018-02-19 10:00", "2018-02-19")]
    [InlineData("2018/2/9", "2018-02-09")]
    [InlineData("Mon, 19 Feb 2018 00:16:11 +0400", "2018-02-19")]
    [InlineData("19 Feb 2018 00:16:11 GMT", "2018-02-19")]
    [InlineData("Tue, 4 Sept 2018 10:00:00 Z", "2018-09-04")]
    [InlineData("2018-02-30", null)]
    [InlineData("yesterday", null)]
    [InlineData("", null)]
    [InlineData("\u0662\u0660\u0661\u0668-02-19", null)] // Arabic-Indic digits are not read as a year
    public void Parses_news_date_forms(string input, string? expected) =>
        Assert.Equal(expected, PublishedDate.Parse(input)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
