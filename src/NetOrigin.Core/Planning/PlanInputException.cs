namespace NetOrigin.Planning;

/// <summary>An input the planner cannot plan from (a contradiction, a cycle), with a message that names it.</summary>
public sealed class PlanInputException(string message) : Exception(message);
