namespace ReportSite.Content;

/// <summary>
/// What the Load stage returns: the site's configuration and inventory (<see cref="Content"/>, kept
/// for the whole build) and the Markdown of every published chapter and page, in the order of
/// <see cref="LoadedContent.Documents"/>, which Parse takes over (<see cref="TakeTexts"/>): a big
/// site's text is then held by one page body each, and freed as each page is rendered.
/// </summary>
internal sealed class LoadedInput(LoadedContent content, IReadOnlyList<MarkdownText> texts)
{
    private IReadOnlyList<MarkdownText>? _texts = texts;

    public LoadedContent Content { get; } = content;

    /// <summary>Hands the texts to the caller, who owns them from now on; a second call is a bug.</summary>
    public IReadOnlyList<MarkdownText> TakeTexts() =>
        Interlocked.Exchange(ref _texts, null) ?? throw new InvalidOperationException("The Markdown texts were taken already.");
}
