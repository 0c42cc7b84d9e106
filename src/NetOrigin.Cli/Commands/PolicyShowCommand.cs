using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin policy show: one pack's terms, dates and sources, with unverified terms marked.</summary>
public sealed class PolicyShowCommand : ICommand
{
    public string Name => "policy show";

    public string Summary => "show a policy pack: designations, exceptions, obligations, sources";

    public string Usage => """
        usage: netorigin policy show PACK [--data DIR]

          PACK         a shipped pack id or a pack file
          --data       reference data directory (default: the one shipped with netorigin)
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, new HashSet<string> { "data" }, new HashSet<string>());
        var id = options.RequiredPositional(0, "PACK (a pack id or file)");
        options.AllowPositionals(1);
        var data = ReferenceDataSet.Load(DataDirectory.Locate(options.Value("data")));
        var pack = PackOptions.Resolve(data, id);
        var o = console.Out;
        o.WriteLine($"{pack.Id}: {pack.Title}");
        o.WriteLine($"  jurisdiction {pack.Jurisdiction}, version {pack.Version}, file {pack.File}");
        if (pack.Summary is not null)
        {
            o.WriteLine($"  {pack.Summary}");
        }

        if (pack.RequiresApprovedList)
        {
            o.WriteLine($"  requires an approved-manufacturers list for {pack.ApprovedListScope.Describe()}");
        }

        o.WriteLine();
        o.WriteLine("Designations:");
        foreach (var d in pack.Designations)
        {
            var who = d.OrganisationId is { } org ? $"organisation {org} ({Affiliates(d.Affiliates)})"
                : d.CountryOfControl is { } country ? $"anything controlled from {country}"
                : $"category {d.Category}{(d.ProducedOutside.Count > 0 ? $" produced outside {string.Join(", ", d.ProducedOutside)}" : "")}";
            o.WriteLine($"  {d.Id}{Unverified(d.Unverified)}: {d.ListedAs} — {who}");
            o.WriteLine($"      in force from {d.Effective?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "(no date)"}; covers {d.Covers.Describe()}");
            o.WriteLine($"      sources: {Cite(d.Sources)}");
        }

        o.WriteLine();
        o.WriteLine("Exceptions:");
        if (pack.Exceptions.Count == 0)
        {
            o.WriteLine("  (none)");
        }

        foreach (var e in pack.Exceptions)
        {
            o.WriteLine($"  {e.Id}{Unverified(e.Unverified)}: when {e.When.Describe()}{For(e.DesignationIds)}");
            o.WriteLine($"      sources: {Cite(e.Sources)}");
        }

        o.WriteLine();
        o.WriteLine("Obligations:");
        foreach (var ob in pack.Obligations)
        {
            var kind = ob.Kind switch
            {
                ObligationKind.Prohibited => "prohibited",
                ObligationKind.NoNewInstallation => $"no new installation from {ob.Date:yyyy-MM-dd}",
                ObligationKind.RemoveBy => $"remove by {ob.Date:yyyy-MM-dd}",
                _ => $"at most {ob.CapPercent}% share{(ob.Date is { } d ? $" from {d:yyyy-MM-dd}" : "")}",
            };
            o.WriteLine($"  {ob.Id}{Unverified(ob.Unverified)}: {kind}{(ob.Binding ? "" : " (recommendation, not binding)")}; scope {ob.Scope.Describe()}{For(ob.DesignationIds)}");
            o.WriteLine($"      sources: {Cite(ob.Sources)}");
        }

        o.WriteLine();
        o.WriteLine("Sources:");
        foreach (var source in pack.Sources)
        {
            o.WriteLine($"  {source.Id}: {source.Citation}{Unverified(source.Unverified)}{(source.Url is null ? "" : $" <{source.Url}>")}");
        }

        return ExitCodes.Done;
    }

    private static string Affiliates(AffiliateRule rule) => rule switch
    {
        AffiliateRule.EntityOnly => "the entity only",
        AffiliateRule.Subsidiaries => "and its subsidiaries",
        _ => "and its subsidiaries and affiliates",
    };

    private static string For(IReadOnlySet<string> ids) => ids.Count == 0 ? "" : $"; for {string.Join(", ", ids)}";

    private static string Unverified(bool unverified) => unverified ? " [unverified]" : "";

    private static string Cite(IReadOnlyList<Source> sources) =>
        sources.Count == 0 ? "(none)" : string.Join("; ", sources.Select(s => s.Citation + Unverified(s.Unverified)));
}
