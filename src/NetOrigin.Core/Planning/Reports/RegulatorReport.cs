namespace NetOrigin.Planning.Reports;

/// <summary>A labelled fact of a report ("percent complete: 48%"), with an optional note on how it was derived.</summary>
public sealed record ReportFact(string Label, string Value, string? Note = null);

/// <summary>A table of a report: a name, column headings and rows of cells.</summary>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>One section: a heading, facts, free text and tables.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportFact> Facts, IReadOnlyList<string> Paragraphs, IReadOnlyList<ReportTable> Tables);

/// <summary>A point of the burn-down: items still in the network on a date, recorded or planned.</summary>
public readonly record struct BurndownPoint(DateOnly Date, int Remaining);

/// <summary>Remaining covered items over time: as recorded up to the as-of date, then as planned, against the deadlines.</summary>
public sealed record Burndown(IReadOnlyList<BurndownPoint> Recorded, IReadOnlyList<BurndownPoint> Planned, IReadOnlyList<(DateOnly Date, string Label)> Deadlines, DateOnly AsOf);

/// <summary>
/// A regulator-style report as data: title, who files it and as of when, the sections, the sources its fields
/// follow, and the burn-down. Writers render it as print-ready HTML, CSV and SVG.
/// </summary>
public sealed record RegulatorReport(
    string Kind,
    string Title,
    string Filer,
    DateOnly AsOf,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<string> Sources,
    Burndown Burndown);
