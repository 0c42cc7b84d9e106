namespace NetOrigin.Entities;

public enum OrganisationKind
{
    Manufacturer,
    Operator,
    ServiceProvider,
    Holding,
    StateBody,
    Fund,
    Person,
    Other,
}
