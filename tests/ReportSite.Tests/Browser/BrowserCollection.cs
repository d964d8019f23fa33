namespace ReportSite.Tests.Browser;

/// <summary>Browser tests share one built site, server and Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
