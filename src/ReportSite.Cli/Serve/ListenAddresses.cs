using System.Text.RegularExpressions;

namespace ReportSite.Cli.Serve;

/// <summary>Turns the <c>--host</c> value into the addresses the preview listens on.</summary>
public static partial class ListenAddresses
{
    /// <summary>
    /// Four decimal numbers 0–255: .NET also reads "127.1" or "1" as addresses, which are far more
    /// often typos than meant.
    /// </summary>
    public static bool IsDottedQuad(string text) =>
        DottedQuad().IsMatch(text) && text.Split('.').All(part => int.Parse(part) <= 255);

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$")]
    private static partial Regex DottedQuad();
}
