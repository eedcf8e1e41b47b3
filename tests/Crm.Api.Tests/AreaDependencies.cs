using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Crm.Api.Tests;

/// <summary>The areas of DESIGN.md §2 and the uses between them that an assembly's code actually makes.</summary>
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
        ["Pipeline"] = ["Accounts", "Catalog", "Sales"],
        ["Activities"] = ["Accounts"],
        ["Service"] = ["Accounts", "Sales"],
        ["Portal"] = ["Accounts", "Sales", "Service"],
        ["Integration"] = ["Sales", "Accounts", "Supply"],
        ["Access"] = ["Common"],
    };

    private AreaDependencies(string root, IReadOnlyList<string> parts, IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> uses)
    {
        Root = root;
        Parts = parts;
        Uses = uses;
    }

    public string Root { get; }

    /// <summary>The namespaces right below the root that hold types.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Which part uses which, with the types that do.</summary>
    public IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> Uses { get; }

    /// <summary>What an area may use: the areas the table names, what those may use in turn (Sales promises with the
    /// engine, which reads supply), and Common.</summary>
    public static IReadOnlySet<string> Allowed(string area)
    {
        var allowed = new HashSet<string> { "Common" };
        var next = new Stack<string>(MayUse[area]);
        while (next.TryPop(out var used))
            if (allowed.Add(used) || used == "Common")
                foreach (var further in MayUse[used]) next.Push(further);
        return allowed;
    }

    /// <param name="root">The namespace whose children are the parts, e.g. "Crm.Api.Features".</param>
    public static AreaDependencies Of(Assembly assembly, string root)
    {
        var parts = assembly.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(n => n.StartsWith(root + ".", StringComparison.Ordinal))
            .Select(n => n[(root.Length + 1)..].Split('.')[0])
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var types = Types.InAssembly(assembly);
        var uses = new Dictionary<(string, string), IReadOnlyList<string>>();
        foreach (var from in parts)
        foreach (var to in parts.Where(p => p != from))
        {
            var result = types.That().ResideInNamespaceMatching($"^{Regex.Escape($"{root}.{from}")}(\\..*)?$")
                .ShouldNot().HaveDependencyOn($"{root}.{to}")
                .GetResult();
            if (!result.IsSuccessful) uses[(from, to)] = [.. result.FailingTypeNames];
        }
        return new AreaDependencies(root, parts, uses);
    }

    /// <summary>A cycle among the parts, as "A → B → A", or null when they form a DAG.</summary>
    public string? FindCycle()
    {
        var state = Parts.ToDictionary(p => p, _ => 0);
        var path = new Stack<string>();
        string? Visit(string part)
        {
            state[part] = 1;
            path.Push(part);
            foreach (var (_, to) in Uses.Keys.Where(k => k.From == part))
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
