using System.Reflection;
using ReportSite.Diagnostics;
using ReportSite.Templating.Views;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>Hostile input (issue 10): templates run within limits and see the page model only.</summary>
public class TemplateSandboxTests
{
    private static Diagnostic TemplateErrorFrom(string footerLine)
    {
        using var site = TestSite.WithOwnTheme(theme =>
            File.AppendAllText(Path.Combine(theme, "partials/footer.html"), "\n" + footerLine + "\n"));
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "previous.html"), "previous build");
        ReportSite.Output.OutputMarker.WriteTo(site.Output); // a previous build's output
        var result = site.Build();
        Assert.Equal("previous build", File.ReadAllText(Path.Combine(site.Output, "previous.html")));
        var error = TestSite.Errors(result).First();
        Assert.Equal((DiagnosticCodes.TemplateError.Id, "themes/default/partials/footer.html"), (error.Code, error.File));
        return error;
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit_with_an_error_at_its_line()
    {
        var footerLines = File.ReadAllLines(Path.Combine(RepoPaths.Themes, "default/partials/footer.html")).Length;
        var error = TemplateErrorFrom("{{ while true }}x{{ end }}");
        Assert.Equal(footerLines + 2, error.Line);
        Assert.Contains("1000000", error.Message.Replace(",", ""));
    }

    [Fact]
    public void Output_past_the_string_limit_is_an_error_not_a_silently_cut_page()
    {
        var error = TemplateErrorFrom("{{ \"x\" | string.pad_left 70000000 }}");
        Assert.Contains("Limit", error.Message);
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_recursion_limit()
    {
        var error = TemplateErrorFrom("{{ include \"partials/footer.html\" }}");
        Assert.Contains("recursive", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Dotnet_members_beyond_the_page_model_give_nothing()
    {
        using var site = TestSite.WithOwnTheme(theme => File.AppendAllText(Path.Combine(theme, "partials/footer.html"),
            "\n<p id=probe>[{{ page.get_type }}|{{ page.GetType }}|{{ page.site.get_type }}|{{ page.equality_contract }}|{{ page.to_string }}|{{ page.get_hash_code }}]</p>\n"));
        site.BuildOk();
        Assert.Equal("[|||||]", site.Html("en/r/intro/index.html").GetElementById("probe")!.TextContent);
    }

    [Fact]
    public void The_page_model_holds_only_view_records_text_numbers_and_lists()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(PageView)]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type)) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var member = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (member.IsGenericType && member.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) member = member.GetGenericArguments()[0];
                if (member.IsPrimitive || member == typeof(string) || member == typeof(DateOnly) || member == typeof(IReadOnlyDictionary<string, string>)
                    || member == typeof(Type) && property.Name == "EqualityContract") continue;
                Assert.True(member.Namespace == typeof(PageView).Namespace && member.IsSealed,
                    $"{type.Name}.{property.Name} is a {member.FullName}: templates must see view records only, never the domain model or framework objects.");
                pending.Push(member);
            }
        }
    }
}
