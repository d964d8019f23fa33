namespace ReportSite.Content;

/// <summary>Why a Markdown file the Load stage found is not a page of this build, for links that point to it.</summary>
public enum UnpublishedReason
{
    /// <summary>It has <c>draft: true</c> and the build leaves drafts out.</summary>
    Draft,

    /// <summary>It could not be read or its front matter not parsed: an error there already says so.</summary>
    NotLoaded,
}
