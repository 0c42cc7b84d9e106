namespace NetOrigin.Entities;

/// <summary>Why an ownership edge gives control (docs/decisions/0002-control-and-affiliates.md).</summary>
public enum ControlBasis
{
    /// <summary>A stake without control: at most half, and no source says it controls.</summary>
    None,

    /// <summary>More than half of the equity.</summary>
    Majority,

    /// <summary>A source says the owner controls, whatever the share (e.g. CETHIK's 38.88% of Hikvision).</summary>
    Explicit,
}
