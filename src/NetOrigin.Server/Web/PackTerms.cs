using System.Globalization;
using NetOrigin.Policies;

namespace NetOrigin.Server.Web;

/// <summary>
/// A pack's terms as the pages print them — each designation and obligation one line of text — and which terms one
/// version adds, drops or words differently from another (by term id). Which assets that changes is
/// <see cref="Assessment.PolicyDiff"/>'s to tell.
/// </summary>
public static class PackTerms
{
    public static string Describe(Designation d)
    {
        var parts = new List<string> { $"listed as \"{d.ListedAs}\"" };
        Add(parts, "organisation", d.OrganisationId);
        Add(parts, "controlled from", d.CountryOfControl);
        Add(parts, "category", d.Category);
        if (d.ProducedOutside.Count > 0)
        {
            parts.Add("produced outside " + string.Join(", ", d.ProducedOutside.Order(StringComparer.Ordinal)));
        }

        Add(parts, "affiliates", d.Affiliates.ToString().ToLowerInvariant());
        Add(parts, "effective", Day(d.Effective));
        parts.Add("covers " + d.Covers.Describe());
        if (d.Unverified)
        {
            parts.Add("unverified");
        }

        return string.Join("; ", parts);
    }

    public static string Describe(Obligation o)
    {
        var parts = new List<string> { o.Kind.ToString() };
        Add(parts, "date", Day(o.Date));
        parts.Add(o.DesignationIds.Count == 0 ? "every designation" : "designations " + string.Join(", ", o.DesignationIds.Order(StringComparer.Ordinal)));
        parts.Add("scope " + o.Scope.Describe());
        Add(parts, "cap", o.CapPercent?.ToString(CultureInfo.InvariantCulture) + (o.CapPercent is null ? null : "%"));
        if (!o.Binding)
        {
            parts.Add("not binding");
        }

        if (o.Unverified)
        {
            parts.Add("unverified");
        }

        return string.Join("; ", parts);
    }

    /// <summary>The terms whose wording differs between <paramref name="before"/> and <paramref name="after"/>, in id order within designations, then obligations.</summary>
    public static IReadOnlyList<TermChange> Compare(PolicyPack before, PolicyPack after) =>
    [
        .. Compare("designation", before.Designations.ToDictionary(d => d.Id, Describe, StringComparer.Ordinal), after.Designations.ToDictionary(d => d.Id, Describe, StringComparer.Ordinal)),
        .. Compare("obligation", before.Obligations.ToDictionary(o => o.Id, Describe, StringComparer.Ordinal), after.Obligations.ToDictionary(o => o.Id, Describe, StringComparer.Ordinal)),
    ];

    private static IEnumerable<TermChange> Compare(string kind, Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(id => new TermChange(kind, id, before.GetValueOrDefault(id), after.GetValueOrDefault(id)))
            .Where(c => c.Before != c.After);

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add($"{name} {value}");
        }
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One term added (no <see cref="Before"/>), dropped (no <see cref="After"/>) or worded differently.</summary>
public sealed record TermChange(string Kind, string Id, string? Before, string? After)
{
    public string Change => Before is null ? "added" : After is null ? "removed" : "changed";
}
