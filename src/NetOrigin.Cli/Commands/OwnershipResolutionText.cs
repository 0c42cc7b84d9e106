using System.Globalization;
using NetOrigin.Entities;

namespace NetOrigin.Cli.Commands;

/// <summary>An ownership resolution as text for people: controllers first, then every path, notes and sources.</summary>
internal static class OwnershipResolutionText
{
    public static void Write(OrganisationProfile profile, OrganisationGraph graph, string? how, TextWriter output)
    {
        var resolution = profile.Ownership;
        var subject = resolution.Subject;
        output.WriteLine($"{subject.Name} [{subject.Id}] — {Kind(subject)}, {subject.Country ?? "country unknown"}; as of {Day(resolution.AsOf)}");
        if (how is not null)
        {
            output.WriteLine($"  {how}");
        }

        output.WriteLine($"ultimate controller(s): {string.Join("; ", resolution.UltimateControllers.Select(o => $"{o.Name} [{o.Id}], {Kind(o)}, {o.Country ?? o.State ?? "?"}"))}");
        output.WriteLine($"state control: {(resolution.IsStateControlled ? string.Join(", ", resolution.States) : "none recorded")}");
        output.WriteLine($"confidence: {resolution.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}{(resolution.HasUnverifiedFacts ? " (some facts are unverified)" : "")}");
        var brands = profile.Brands;
        if (brands.Count > 0)
        {
            output.WriteLine($"brands: {string.Join(", ", brands.Select(b => b.Name + (b.Unverified ? " [unverified]" : "")))}");
        }

        foreach (var oem in profile.Oem)
        {
            var brand = oem.BrandName ?? graph[oem.BrandOwnerId!].DisplayName;
            var maker = graph[oem.MakerId].DisplayName;
            output.WriteLine($"OEM: {maker} makes {string.Join("/", oem.Categories)} products sold as {brand} (confidence {oem.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}; {string.Join("; ", oem.Sources.Select(src => src.Id))}){(oem.Unverified ? " [unverified]" : "")}");
        }

        if (resolution.Paths.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("ownership paths:");
        }

        var number = 0;
        foreach (var path in resolution.Paths)
        {
            var share = path.EffectiveShare is { } s ? Percent(s) : "unknown";
            var kind = path.Controls ? "controlling" : path.ControllingLength > 0 ? $"controlling for {path.ControllingLength} link(s), then a minority stake" : "minority stake";
            output.WriteLine($"  {++number}. {Chain(path)}");
            output.WriteLine($"     {kind}; effective share {share}; countries {string.Join(" → ", path.Countries)}{End(path.End)}");
            for (var i = 0; i < path.Steps.Count; i++)
            {
                var (owner, edge) = (path.Steps[i].Owner, path.Steps[i].Edge);
                var owned = i == 0 ? path.Subject : path.Steps[i - 1].Owner;
                output.WriteLine($"     - {owner.Name} holds {(edge.Share is { } es ? Percent(es) : "an unrecorded share")} of {owned.Name}, {Basis(edge.Basis)}, {Dates(edge)}{(edge.Unverified ? " [unverified]" : "")}");
                output.WriteLine($"       sources: {string.Join("; ", edge.Sources.Select(src => src.Id))} ({edge.DefinedAt})");
            }
        }

        if (resolution.Notes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("notes:");
            foreach (var note in resolution.Notes)
            {
                output.WriteLine($"  - {note}");
            }
        }

        if (resolution.Sources.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("sources:");
            foreach (var source in resolution.Sources)
            {
                output.WriteLine($"  {source.Id}: {source.Citation}{(source.Url is null ? "" : " " + source.Url)}{(source.Unverified ? " [unverified source]" : "")}");
            }
        }
    }

    private static string Chain(OwnershipPath path) =>
        string.Join(" ← ", new[] { path.Subject.DisplayName }.Concat(path.Steps.Select(s => $"{(s.Edge.Share is { } share ? Percent(share) : "?")} {s.Owner.DisplayName}")));

    private static string End(PathEnd end) => end switch
    {
        PathEnd.Cycle => "; cut at an ownership cycle",
        PathEnd.DepthLimit => "; cut at the depth limit",
        _ => "",
    };

    private static string Basis(ControlBasis basis) => basis switch
    {
        ControlBasis.Explicit => "control stated by the source",
        ControlBasis.Majority => "control by majority",
        _ => "no control",
    };

    private static string Dates(OwnershipEdge edge) => (edge.From, edge.To) switch
    {
        (null, null) => "no dates recorded",
        ({ } from, null) => $"since {Day(from)}",
        (null, { } to) => $"until {Day(to)}",
        ({ } from, { } to) => $"{Day(from)} until {Day(to)}",
    };

    internal static string Kind(Organisation organisation) => organisation.Kind switch
    {
        OrganisationKind.ServiceProvider => "service_provider",
        OrganisationKind.StateBody => "state_body",
        var other => other.ToString().ToLowerInvariant(),
    };

    private static string Percent(decimal share) => share.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
