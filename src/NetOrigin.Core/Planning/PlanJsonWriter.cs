using System.Text.Json;
using NetOrigin.Planning.Catalog;
using NetOrigin.Planning.Progress;

namespace NetOrigin.Planning;

/// <summary>Writes a plan as the JSON documented in docs/planning.md ("Plan JSON"), for tools and the Gantt view.</summary>
public static class PlanJsonWriter
{
    public static void Write(Stream output, Plan plan, string input)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        var instance = plan.Instance;
        json.WriteStartObject();
        json.WriteString("tool", "netorigin");
        json.WriteString("input", input);
        json.WriteString("start", Day(instance.Start));
        json.WriteString("horizon_end", Day(instance.EndDate(instance.Horizon)));
        json.WriteString("currency", instance.Currency);

        json.WriteStartObject("solver");
        WriteSolve(json, plan.Result);
        json.WriteEndObject();
        json.WriteStartObject("objectives");
        WriteObjectives(json, plan.Comparison.Plan, plan.Comparison.PlanItemsMissed);
        json.WriteEndObject();
        json.WriteStartObject("baseline");
        WriteSolve(json, plan.Baseline);
        WriteObjectives(json, plan.Comparison.Baseline, plan.Comparison.BaselineItemsMissed);
        json.WriteEndObject();
        json.WriteStartObject("improvement");
        json.WriteNumber("deadline_misses_avoided", plan.Comparison.MissesAvoided);
        json.WriteNumber("items_missed_avoided", plan.Comparison.BaselineItemsMissed - plan.Comparison.PlanItemsMissed);
        json.WriteNumber("risk_exposure_reduction", Math.Round(plan.Comparison.ExposureReduction, 4));
        json.WriteNumber("cost_difference", plan.Comparison.Plan.Cost - plan.Comparison.Baseline.Cost);
        json.WriteEndObject();

        var scheduled = plan.Items.Where(i => i.Scheduled).ToList();
        json.WriteStartObject("totals");
        json.WriteNumber("items", plan.Items.Count);
        json.WriteNumber("visits", instance.Visits.Count);
        json.WriteNumber("scheduled", scheduled.Count);
        json.WriteNumber("unscheduled", plan.Items.Count - scheduled.Count);
        json.WriteNumber("finished", instance.Finished.Count);
        json.WriteNumber("cost", Math.Round(scheduled.Sum(i => i.Item.Cost)));
        json.WriteNumber("cost_all_items", Math.Round(plan.Items.Sum(i => i.Item.Cost)));
        json.WriteNumber("equipment_premium", Math.Round(plan.Items.Sum(i => i.Item.EquipmentPremium)));
        json.WriteNumber("spent", plan.Items.Sum(i => i.Item.Spent) + instance.Finished.Sum(i => i.Spent));
        json.WriteEndObject();

        json.WriteStartArray("periods");
        foreach (var p in plan.Periods)
        {
            json.WriteStartObject();
            json.WriteString("label", p.Label);
            json.WriteString("from", Day(p.From));
            json.WriteString("to", Day(p.To));
            json.WriteNumber("budget", p.Budget);
            json.WriteNumber("available", p.Available);
            json.WriteNumber("spend", p.Spend);
            json.WriteNumber("crew_weeks_used", p.CrewWeeksUsed);
            json.WriteNumber("crew_weeks_available", p.CrewWeeksAvailable);
            json.WriteNumber("visits_started", p.VisitsStarted);
            json.WriteNumber("items_removed", p.ItemsRemoved);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        var use = plan.CrewUse;
        json.WriteStartArray("crew_use");
        for (var w = 0; w < use.Length; w++)
        {
            json.WriteStartObject();
            json.WriteString("week", Day(instance.WeekStart(w)));
            json.WriteNumber("crews", use[w]);
            json.WriteNumber("available", instance.Crews[w]);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("deadlines");
        foreach (var d in plan.Deadlines)
        {
            json.WriteStartObject();
            json.WriteString("date", Day(d.Date));
            json.WriteString("source", d.Source);
            json.WriteNumber("items", d.Items);
            json.WriteNumber("met", d.Met);
            json.WriteNumber("missed", d.Missed);
            json.WriteNumber("unscheduled", d.Unscheduled);
            json.WriteNumber("max_days_late", d.MaxDaysLate);
            json.WriteBoolean("already_passed", d.AlreadyPassed);
            Strings(json, "fixes", d.Fixes);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("visits");
        foreach (var group in plan.Items.GroupBy(i => i.Visit))
        {
            var visit = instance.Visits[group.Key];
            var first = group.First();
            json.WriteStartObject();
            json.WriteString("id", visit.Id);
            json.WriteString("site", visit.Site);
            json.WriteString("phase", visit.Phase);
            OptionalDay(json, "start", first.Start);
            OptionalDay(json, "cut_over", first.CutOver);
            OptionalDay(json, "end", first.Removed);
            Optional(json, "wave", first.Wave);
            json.WriteNumber("cost", visit.Cost);
            json.WriteNumber("crew_weeks", visit.CrewWeeks);
            json.WriteNumber("crews", visit.CrewWeeks > 0 ? 1 : 0);
            json.WriteNumber("lead_weeks", visit.LeadWeeks);
            json.WriteNumber("parallel_weeks", visit.ParallelWeeks);
            Strings(json, "items", visit.Items.Select(i => i.Asset.Id));
            Strings(json, "after", instance.Predecessors[group.Key].Select(p => instance.Visits[p].Id).Take(50));
            Strings(json, "binding", first.Binding);
            json.WriteString("why", first.Why);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("items");
        foreach (var i in plan.Items)
        {
            WriteItem(json, i, instance);
        }

        foreach (var done in instance.Finished)
        {
            json.WriteStartObject();
            json.WriteString("asset_id", done.Asset.Id);
            json.WriteString("site", done.Site);
            json.WriteString("state", done.State.Name());
            json.WriteNumber("spent", done.Spent);
            json.WriteString("why", "finished: nothing left to do");
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("what_if");
        foreach (var w in plan.WhatIfs)
        {
            json.WriteStartObject();
            json.WriteString("name", w.Name);
            json.WriteString("description", w.Description);
            json.WriteNumber("deadline_misses", w.Objectives.Misses);
            json.WriteNumber("items_missed", w.ItemsMissed);
            json.WriteNumber("items_unscheduled", w.ItemsUnscheduled);
            json.WriteNumber("risk_exposure", w.Objectives.Exposure);
            json.WriteNumber("cost", w.Cost);
            OptionalDay(json, "finish", w.Finish);
            json.WriteString("status", w.Status);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes", plan.Notes);
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, ItemPlan i, PlanInstance instance)
    {
        var item = i.Item;
        json.WriteStartObject();
        json.WriteString("asset_id", item.Asset.Id);
        Optional(json, "name", item.Asset.Name);
        json.WriteString("site", item.Site);
        json.WriteString("role", Inventory.AssetVocabulary.NameOf(item.Asset.Role));
        json.WriteString("maker", item.MakerId);
        json.WriteString("maker_name", item.MakerName);
        Optional(json, "model", item.Asset.Model);
        json.WriteString("visit", i.VisitId);
        Optional(json, "wave", i.Wave);
        OptionalDay(json, "start", i.Start);
        OptionalDay(json, "cut_over", i.CutOver);
        OptionalDay(json, "removed", i.Removed);
        json.WriteString("state", item.State.Name());
        if (i.Deadline is { } d)
        {
            json.WriteStartObject("deadline");
            json.WriteString("date", Day(d.Date));
            json.WriteString("source", d.Source);
            json.WriteBoolean("met", d.Met);
            if (d.DaysLate is { } late)
            {
                json.WriteNumber("days_late", late);
            }
            else
            {
                json.WriteNull("days_late");
            }

            json.WriteBoolean("already_passed", d.AlreadyPassed);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("deadline");
        }

        json.WriteStartObject("weight");
        json.WriteNumber("value", item.Weight.Value);
        json.WriteString("source", item.Weight.Source);
        json.WriteEndObject();
        if (item.Class is { } cls)
        {
            json.WriteStartObject("class");
            json.WriteString("id", cls.Id);
            json.WriteString("title", cls.Title);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("class");
        }

        json.WriteStartArray("alternatives");
        foreach (var a in item.Alternatives)
        {
            json.WriteStartObject();
            json.WriteString("maker", a.MakerId);
            json.WriteString("name", a.MakerName);
            json.WriteBoolean("eligible", a.Eligible);
            Optional(json, "reason", a.Reason);
            Optional(json, "note", a.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("cost");
        json.WriteNumber("total", Math.Round(item.Cost));
        foreach (var (component, amount) in item.RemainingCost.OrderBy(c => c.Key))
        {
            json.WriteNumber(ReplacementClass.ComponentName(component), Math.Round(amount));
        }

        json.WriteEndObject();
        if (item.Class is { } c)
        {
            var equipment = c.Cost(CostComponent.Equipment);
            json.WriteStartObject("equipment_range");
            json.WriteNumber("low", equipment.Low);
            json.WriteNumber("high", equipment.High);
            json.WriteString("basis", CostEstimate.BasisName(equipment.Basis));
            json.WriteEndObject();
        }

        json.WriteNumber("incumbent_equipment", Math.Round(item.IncumbentEquipment));
        json.WriteNumber("equipment_premium", Math.Round(item.EquipmentPremium));
        json.WriteNumber("spent", item.Spent);
        json.WriteNumber("crew_days", Math.Round(item.CrewDays, 2));
        json.WriteNumber("lead_weeks", item.LeadWeeks);
        Strings(json, "reasons", item.Reasons);
        Strings(json, "binding", i.Binding);
        json.WriteString("why", i.Why);
        json.WriteEndObject();
        _ = instance;
    }

    private static void WriteSolve(Utf8JsonWriter json, SolveResult result)
    {
        json.WriteString("name", result.Solver);
        json.WriteString("status", result.Status);
        json.WriteBoolean("proven_optimal", result.Proven);
        json.WriteNumber("elapsed_seconds", Math.Round(result.Elapsed.TotalSeconds, 3));
        json.WriteStartArray("stages");
        foreach (var s in result.Stages)
        {
            json.WriteStartObject();
            json.WriteString("objective", s.Objective);
            json.WriteNumber("value", s.Value);
            json.WriteNumber("bound", s.Bound);
            json.WriteNumber("gap", Math.Round(s.Gap, 6));
            json.WriteString("status", s.Status);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes", result.Notes);
    }

    private static void WriteObjectives(Utf8JsonWriter json, PlanObjectives o, int itemsMissed)
    {
        json.WriteNumber("deadline_misses", o.Misses);
        json.WriteNumber("items_missed", itemsMissed);
        json.WriteNumber("risk_exposure", o.Exposure);
        json.WriteNumber("cost", o.Cost);
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void OptionalDay(Utf8JsonWriter json, string name, DateOnly? day) => Optional(json, name, day is { } d ? Day(d) : null);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
