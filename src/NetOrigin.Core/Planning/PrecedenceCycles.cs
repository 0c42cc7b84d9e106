using NetOrigin.Planning.Inputs;

namespace NetOrigin.Planning;

/// <summary>Finds a cycle in the precedence between visits and names it, since no plan can satisfy one.</summary>
internal static class PrecedenceCycles
{
    public static void Check(PlanInstance instance, PlanConstraints constraints)
    {
        // Visits and groups are nodes (visit -> group -> visit), so a group of many visits costs edges, not pairs.
        var v = instance.Visits.Count;
        var groups = instance.Precedence;
        var next = new List<int>[v + groups.Count];
        for (var i = 0; i < next.Length; i++)
        {
            next[i] = [];
        }

        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var before in groups[g].Before)
            {
                next[before].Add(v + g);
            }

            next[v + g].AddRange(groups[g].After);
        }

        var state = new byte[next.Length];
        var parent = new int[next.Length];
        var stack = new Stack<(int Node, int Edge)>();
        for (var root = 0; root < v; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            stack.Push((root, 0));
            state[root] = 1;
            parent[root] = -1;
            while (stack.Count > 0)
            {
                var (node, edge) = stack.Pop();
                if (edge < next[node].Count)
                {
                    stack.Push((node, edge + 1));
                    var to = next[node][edge];
                    if (state[to] == 1)
                    {
                        throw new PlanInputException(Describe(instance, constraints, parent, node, to));
                    }

                    if (state[to] == 0)
                    {
                        state[to] = 1;
                        parent[to] = node;
                        stack.Push((to, 0));
                    }
                }
                else
                {
                    state[node] = 2;
                }
            }
        }
    }

    private static string Describe(PlanInstance instance, PlanConstraints constraints, int[] parent, int from, int to)
    {
        var v = instance.Visits.Count;
        var path = new List<int> { to };
        for (var node = from; node != to && node >= 0; node = parent[node])
        {
            path.Add(node);
        }

        path.Reverse();
        var visits = path.Where(n => n < v).Select(n => instance.Visits[n].Id).ToList();
        visits.Add(visits[0]);
        var reasons = path.Where(n => n >= v).Select(n => instance.Precedence[n - v].Reason).Distinct(StringComparer.Ordinal);
        var file = constraints.File is null ? "" : $"{constraints.File}: ";
        return $"{file}precedence has a cycle, so no order can satisfy it: {string.Join(" -> ", visits)} (rules: {string.Join("; ", reasons)})";
    }
}
