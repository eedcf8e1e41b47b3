using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Crm.Api.Tests;

/// <summary>The areas of DESIGN.md §2 and the uses between them that an assembly's code actually makes, across layers:
/// code in an area that uses another area's domain, its features, or the ERP bridge (Integration's) uses that area.</summary>
public sealed class AreaDependencies
{
    /// <summary>DESIGN.md §2: each area and the only areas it may use. Common is open to every area.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>
    {
        ["Common"] = [],
        ["Catalog"] = ["Common"],
        ["Supply"] = ["Common"],
        ["Promising"] = ["Supply", "Catalog"],
        ["Accounts"] = ["Common"],
        ["Sales"] = ["Accounts", "Catalog", "Promising"],
        ["Pipeline"] = ["Accounts", "Catalog", "Sales", "Activities"],
        ["Activities"] = ["Accounts"],
        ["Service"] = ["Accounts", "Sales"],
        ["Portal"] = ["Accounts", "Sales", "Service"],
        ["DataQuality"] = ["Accounts"],
        ["Integration"] = ["Sales", "Accounts", "Supply"],
        ["Access"] = ["Common"],
    };

    /// <summary>Read models across the areas (the 360, search, dashboards, the audit reader) and the demo data that
    /// fills them all: they may use every area, and no area uses them.</summary>
    public static readonly IReadOnlySet<string> Readers = new HashSet<string> { "ReadModels", "Demo" };

    private AreaDependencies(IReadOnlyList<string> parts, IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> uses)
    {
        Parts = parts;
        Uses = uses;
    }

    /// <summary>The namespaces right below the root that hold types.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Which part uses which area, with the types that do.</summary>
    public IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> Uses { get; }

    /// <summary>What an area may use: the areas the table names, what those may use in turn (Sales promises with the
    /// engine, which reads supply), and Common.</summary>
    public static IReadOnlySet<string> Allowed(string area)
    {
        if (Readers.Contains(area)) return MayUse.Keys.ToHashSet();
        var allowed = new HashSet<string> { "Common" };
        var next = new Stack<string>(MayUse[area]);
        while (next.TryPop(out var used))
            if (allowed.Add(used) || used == "Common")
                foreach (var further in MayUse[used]) next.Push(further);
        return allowed;
    }

    /// <param name="root">The namespace whose children are the parts, e.g. "Crm.Api.Features".</param>
    /// <param name="layers">The other namespaces whose children are areas too (e.g. "Crm.Domain"); "ErpBridge" stands
    /// for Integration.</param>
    public static AreaDependencies Of(Assembly assembly, string root, params string[] layers)
    {
        var parts = assembly.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(n => n.StartsWith(root + ".", StringComparison.Ordinal))
            .Select(n => n[(root.Length + 1)..].Split('.')[0])
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var targets = new List<(string Namespace, string Area)>();
        foreach (var area in MayUse.Keys.Concat(parts).Distinct())
            foreach (var layer in layers.Where(l => l != "ErpBridge").Prepend(root).Distinct())
                targets.Add(($"{layer}.{area}", area));
        if (layers.Contains("ErpBridge")) targets.Add(("ErpBridge", "Integration"));

        var types = Types.InAssembly(assembly);
        var uses = new Dictionary<(string, string), List<string>>();
        foreach (var from in parts)
        foreach (var (target, to) in targets.Where(t => t.Area != from))
        {
            var result = types.That().ResideInNamespaceMatching($"^{Regex.Escape($"{root}.{from}")}(\\..*)?$")
                .ShouldNot().HaveDependencyOn(target)
                .GetResult();
            if (result.IsSuccessful) continue;
            if (!uses.TryGetValue((from, to), out var users)) uses[(from, to)] = users = [];
            users.AddRange(result.FailingTypeNames.Select(t => $"{t} uses {target}"));
        }
        return new AreaDependencies(parts, uses.ToDictionary(u => u.Key, u => (IReadOnlyList<string>)u.Value));
    }

    /// <summary>The uses DESIGN.md §2 does not allow, as "From → To (who uses what)".</summary>
    public IReadOnlyList<string> Forbidden() =>
        [.. Uses.Where(u => !Allowed(u.Key.From).Contains(u.Key.To))
            .Select(u => $"{u.Key.From} → {u.Key.To} ({string.Join(", ", u.Value.Take(3))})")];

    /// <summary>A cycle among the parts, as "A → B → A", or null when they form a DAG.</summary>
    public string? FindCycle()
    {
        var state = Parts.ToDictionary(p => p, _ => 0);
        var path = new Stack<string>();
        string? Visit(string part)
        {
            state[part] = 1;
            path.Push(part);
            foreach (var (_, to) in Uses.Keys.Where(k => k.From == part && state.ContainsKey(k.To)))
            {
                if (state[to] == 1) return string.Join(" → ", path.Reverse().SkipWhile(p => p != to).Append(to));
                if (state[to] == 0 && Visit(to) is { } cycle) return cycle;
            }
            path.Pop();
            state[part] = 2;
            return null;
        }
        return Parts.Where(p => state[p] == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }
}
