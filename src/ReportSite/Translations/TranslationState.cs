namespace ReportSite.Translations;

/// <summary>How a chapter's translations stand.</summary>
public enum TranslationState
{
    /// <summary>Every language has it, and nothing says a translation lags behind.</summary>
    Ok,

    /// <summary>At least one language has no version.</summary>
    Missing,

    /// <summary>A translation's <c>translated_from</c> hash no longer matches its original.</summary>
    Stale,

    /// <summary>No stamp, but by git history one language changed after another.</summary>
    PossiblyStale,

    /// <summary>Written in one language on purpose (<c>only_in</c> in its front matter): not missing, but not in every language either.</summary>
    OneLanguage,
}
