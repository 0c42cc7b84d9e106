namespace NetOrigin.Reports;

/// <summary>How a JSON report writes evidence (docs/assess-output.md).</summary>
public enum EvidenceShape
{
    /// <summary>Every finding self-contained: its owner chain and every evidence step written out in it.</summary>
    Inline,

    /// <summary>
    /// Findings grouped by asset; steps and owner chains that serve more than one finding listed once, by id, in
    /// <c>evidence_steps</c> and <c>owner_chains</c>, and referenced from the findings.
    /// </summary>
    Referenced,
}
