using System.Buffers;

namespace ReportSite.Search;

/// <summary>
/// A term, the number of sections holding it, and the postings the client gets (all, or a very common
/// term's strongest); or, with <see cref="StemOf"/>, a word the index saw whose postings are its stem's.
/// </summary>
internal sealed record TermPostings(string Term, int DocumentFrequency, Posting[] Postings, string? StemOf = null)
{
    /// <summary>Sections per slice at least: smaller sites are tokenised in one pass.</summary>
    public const int MinSectionsPerSlice = 2048;

    /// <summary>
    /// Every term of <paramref name="sections"/> with its scored postings, in ordinal order of the
    /// terms: English words under their stems (<see cref="WordStems"/>), a section's occurrences of
    /// "refresh", "refreshed" and "refreshing" counted as one term, and each word whose stem differs
    /// listed too, pointing to its stem (unless the word is itself another group's stem, which keeps
    /// its postings). <paramref name="sliceCount"/> runs of consecutive sections are tokenised side by
    /// side, each by a <see cref="SectionSlice"/> of its own; the result is the same for any number.
    /// </summary>
    public static List<TermPostings> Of(IReadOnlyList<SearchSection> sections, int sliceCount, CancellationToken cancel)
    {
        var lengths = new int[sections.Count];
        var slices = Enumerable.Range(0, sliceCount)
            .Select(s => new SectionSlice(sections, s * sections.Count / sliceCount, (s + 1) * sections.Count / sliceCount, lengths))
            .ToArray();
        Parallel.ForEach(slices, slice => slice.Tokenise(cancel));
        cancel.ThrowIfCancellationRequested();

        // One table over all slices, in slice order; a term's occurrences are its slices' lists in order.
        var terms = sliceCount == 1 ? slices[0].Terms : new TermTable();
        var parts = slices.Select(slice =>
        {
            if (sliceCount == 1) return slice.Occurrences.ToArray();
            var local = slice.Terms.Names;
            var byTerm = new SegmentedList<Occurrence>?[terms.Names.Count + local.Count];
            for (var l = 0; l < local.Count; l++) byTerm[terms.Id(local[l])] = slice.Occurrences[l];
            return byTerm;
        }).ToArray();

        var averageLength = Math.Max(1, lengths.DefaultIfEmpty(0).Average());
        var names = terms.Names;
        var stems = WordStems.Of(names);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var t = 0; t < names.Count; t++)
        {
            if (!groups.TryGetValue(stems[t], out var group)) groups[stems[t]] = group = [];
            group.Add(t);
        }
        var keys = groups.Keys.ToList();
        for (var t = 0; t < names.Count; t++)
            if (!ReferenceEquals(stems[t], names[t]) && !groups.ContainsKey(names[t])) keys.Add(names[t]);
        keys.Sort(string.CompareOrdinal);

        var result = new List<TermPostings>(keys.Count);
        foreach (var key in keys)
        {
            if (!groups.TryGetValue(key, out var group))
            {
                result.Add(new TermPostings(key, 0, [], StemOf: stems[terms.Id(key)]));
                continue;
            }
            // A word that is its own group (most are) is scored straight from its lists; a stem of several
            // words from their occurrences merged by section.
            var merged = group.Count == 1 ? null : Merged(group, parts);
            var count = merged?.Count ?? 0;
            if (merged is null)
                foreach (var part in parts) count += group[0] < part.Length ? part[group[0]]?.Count ?? 0 : 0;
            // A very common term is scored in a pooled buffer and only its strongest postings are kept.
            var cut = count > SearchIndexBuilder.MaxPostingsPerTerm;
            var postings = cut ? ArrayPool<Posting>.Shared.Rent(count) : new Posting[count];
            var i = 0;
            void Score(Occurrence occurrence)
            {
                var (section, tf, flag) = occurrence;
                var normalisedLength = 1 - Posting.B + Posting.B * lengths[section] / averageLength;
                var weight = tf * (Posting.K1 + 1) / (tf + Posting.K1 * normalisedLength);
                postings[i++] = new Posting(section, Posting.Encode(weight, (flag & Posting.InHeading) != 0, (flag & Posting.InTitle) != 0));
            }
            if (merged is not null) foreach (var occurrence in merged) Score(occurrence);
            else
                foreach (var part in parts)
                {
                    if (group[0] >= part.Length || part[group[0]] is not { } list) continue;
                    for (var s = 0; s < list.SegmentCount; s++)
                        foreach (var occurrence in list.Segment(s)) Score(occurrence);
                }
            result.Add(new TermPostings(key, count, cut ? Strongest(postings.AsSpan(0, count)) : postings));
            if (cut) ArrayPool<Posting>.Shared.Return(postings);
        }
        return result;
    }

    /// <summary>
    /// The occurrences of a group of terms (a stem's words) in section order, one per section: a
    /// section holding several of the words counts their frequencies together and keeps every flag.
    /// </summary>
    private static List<Occurrence> Merged(List<int> group, SegmentedList<Occurrence>?[][] parts)
    {
        var all = new List<Occurrence>();
        foreach (var term in group)
            foreach (var part in parts)
            {
                if (term >= part.Length || part[term] is not { } list) continue;
                for (var s = 0; s < list.SegmentCount; s++) all.AddRange(list.Segment(s));
            }
        all.Sort((a, b) => a.Section.CompareTo(b.Section));
        var merged = new List<Occurrence>(all.Count);
        foreach (var occurrence in all)
        {
            if (merged.Count > 0 && merged[^1].Section == occurrence.Section)
            {
                var last = merged[^1];
                merged[^1] = new Occurrence(last.Section, (ushort)Math.Min(ushort.MaxValue, last.Frequency + occurrence.Frequency), (byte)(last.Flags | occurrence.Flags));
            }
            else merged.Add(occurrence);
        }
        return merged;
    }

    /// <summary>
    /// The postings a client needs of a very common term, in section order: the
    /// <see cref="SearchIndexBuilder.MaxPostingsPerTerm"/> highest-scoring ones (ties to the earlier
    /// section). Scores are small integers, so the cut-off is found by counting, in linear time.
    /// </summary>
    private static Posting[] Strongest(ReadOnlySpan<Posting> postings)
    {
        var histogram = new int[MaxScore + 1];
        foreach (var posting in postings) histogram[Score(posting.Impact)]++;
        int cutoff = MaxScore, above = 0;
        while (above + histogram[cutoff] < SearchIndexBuilder.MaxPostingsPerTerm) above += histogram[cutoff--];
        var atCutoff = SearchIndexBuilder.MaxPostingsPerTerm - above;
        var kept = new Posting[SearchIndexBuilder.MaxPostingsPerTerm];
        var count = 0;
        foreach (var posting in postings)
        {
            var score = Score(posting.Impact);
            if (score > cutoff || (score == cutoff && atCutoff-- > 0)) kept[count++] = posting;
        }
        return kept;
    }

    private const int MaxScore = Posting.WeightBits + 40 + 20;

    private static int Score(byte impact) => (impact & Posting.WeightBits) + ((impact & Posting.InHeading) != 0 ? 40 : 0) + ((impact & Posting.InTitle) != 0 ? 20 : 0);
}
