using System.Text.RegularExpressions;
using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.ReferenceData;

namespace NetOrigin.Bench.Accuracy;

/// <summary>
/// Decides whether an answer names the label's company: both resolve to one organisation through the product's
/// resolver (names, aliases, brands, and the succession to today's maker), or one controls the other on the run date
/// (a maker and the subsidiary whose brand it sells: HPE and Aruba), or their normalised names agree where the
/// organisation data knows neither ("Kyocera" and "Kyocera Mita", "BKtel" and "HUBER+SUHNER BKtel"), or the answer
/// took over the product line the row names from the label's company (<see cref="TookOverLine"/>).
/// </summary>
internal sealed class CompanyJudge(ReferenceDataSet data, DateOnly asOf)
{
    private readonly OrganisationResolver _resolver = data.Resolver;
    private readonly Dictionary<string, Organisation?> _organisations = new(StringComparer.Ordinal);

    /// <summary>The organisation a name means on the run date, or null.</summary>
    public Organisation? Organisation(string name)
    {
        if (!_organisations.TryGetValue(name, out var organisation))
        {
            organisation = _resolver.Resolve(name, asOf)?.Organisation;
            _organisations[name] = organisation;
        }

        return organisation;
    }

    /// <param name="text">The row's texts and product, where a product line may be named.</param>
    public bool Same(string answer, string label, string text)
    {
        var (a, b) = (Key(answer), Key(label));
        if (a.Length > 0 && b.Length > 0 && (a == b || a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal)))
        {
            return true;
        }

        var (ja, jb) = (a.Replace(" ", "", StringComparison.Ordinal), b.Replace(" ", "", StringComparison.Ordinal));
        if (ja.Length >= 4 && jb.Length >= 4 && (ja.StartsWith(jb, StringComparison.Ordinal) || jb.StartsWith(ja, StringComparison.Ordinal)))
        {
            return true;
        }

        if (a.Length >= 4 && b.Length >= 4 && ($" {a} ".Contains($" {b} ", StringComparison.Ordinal) || $" {b} ".Contains($" {a} ", StringComparison.Ordinal)))
        {
            return true;
        }

        var (oa, ob) = (Organisation(answer), Organisation(label));
        return oa is not null && ob is not null
            && (ReferenceEquals(oa, ob) || Controls(oa, ob) || Controls(ob, oa) || Succeeds(oa, ob, spinOffs: false) || Succeeds(ob, oa, spinOffs: false) || TookOverLine(oa, ob, text));
    }

    /// <summary>
    /// A company that goes on can hand some product lines to another (Hewlett-Packard's 2015 split: servers, storage
    /// and networking to HPE, printing and PCs kept). The successor is the right answer for a row that names such a
    /// line, and only then: a recorded succession (spin-off or product line) leads from the label's company to the
    /// answer's, and the row names a brand the label's company held up to some day and the answer's company holds
    /// on the run date. An HP-labelled ProCurve switch answered HPE is right; an HP printer answered HPE is not.
    /// </summary>
    private bool TookOverLine(Organisation successor, Organisation predecessor, string text)
    {
        if (ReferenceEquals(successor, predecessor) || !Succeeds(successor, predecessor, spinOffs: true))
        {
            return false;
        }

        foreach (var brand in data.Graph.Brands)
        {
            if (brand.OwnerId == successor.Id && brand.HoldsOn(asOf) && Names(text, brand.Name)
                && data.Graph.Brands.Any(b => b.OwnerId == predecessor.Id && b.To is { } to && to <= asOf && OrganisationNames.Key(b.Name) == OrganisationNames.Key(brand.Name)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(string text, string name) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The successor took over the predecessor's products by some succession event (a company or a product line,
    /// followed or not): Extreme Networks answers for the Avaya-labelled switch line it bought. A spin-off counts
    /// only when asked for, since the company spun off from goes on under its own name.
    /// </summary>
    private bool Succeeds(Organisation successor, Organisation predecessor, bool spinOffs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { predecessor.Id };
        var queue = new Queue<string>([predecessor.Id]);
        while (queue.Count > 0 && seen.Count < 64)
        {
            foreach (var e in data.Graph.SuccessionsFrom(queue.Dequeue()))
            {
                if (e.Kind == SuccessionKind.SpunOff && !spinOffs)
                {
                    continue;
                }

                if (e.SuccessorId == successor.Id)
                {
                    return true;
                }

                if (seen.Add(e.SuccessorId))
                {
                    queue.Enqueue(e.SuccessorId);
                }
            }
        }

        return false;
    }

    private bool Controls(Organisation owner, Organisation owned) =>
        owner.Listed && owned.Listed && data.Ownership.ControlChainOf(owned.Id, asOf).Links.Any(l => ReferenceEquals(l.Organisation, owner));

    private static string Key(string name) => OrganisationNames.CoreKey(name.Replace("-", "", StringComparison.Ordinal));
}
