using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Crm.Api.Tests;

/// <summary>Where a feature changes an aggregate of another area directly: a constructor or factory, or a method
/// returning nothing (a transition), of an aggregate in <c>Crm.Domain.&lt;OtherArea&gt;</c>, with the outermost calling type. Methods that
/// answer something are taken for questions (<c>Team.Includes</c>).</summary>
public static class CrossAreaWrites
{
    public sealed record Write(string FromArea, string ToArea, string Caller, string Method);

    public static IReadOnlyList<Write> In(System.Reflection.Assembly assembly, string featuresRoot)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var writes = new List<Write>();
        foreach (var type in module.GetTypes())
        {
            var owner = type;
            while (owner.DeclaringType is not null) owner = owner.DeclaringType;
            if (!owner.Namespace.StartsWith(featuresRoot + ".", StringComparison.Ordinal)) continue;
            var from = owner.Namespace[(featuresRoot.Length + 1)..].Split('.')[0];
            foreach (var method in type.Methods.Where(m => m.HasBody))
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.OpCode.Code is not (Code.Call or Code.Callvirt or Code.Newobj) || instruction.Operand is not MethodReference called) continue;
                var target = called.DeclaringType;
                if (!target.Namespace.StartsWith("Crm.Domain.", StringComparison.Ordinal)) continue;
                var factory = !called.HasThis && called.ReturnType.FullName == target.FullName;
                if (instruction.OpCode.Code != Code.Newobj && !factory && called.ReturnType.FullName != "System.Void") continue;
                var to = target.Namespace["Crm.Domain.".Length..].Split('.')[0];
                if (to == from || to == "Common" || !IsAggregate(target)) continue;
                writes.Add(new Write(from, to, owner.FullName, $"{target.Name}.{called.Name}"));
            }
        }
        return writes;
    }

    private static bool IsAggregate(TypeReference type)
    {
        try
        {
            for (var t = type.Resolve()?.BaseType; t is not null; t = t.Resolve()?.BaseType)
                if (t.FullName == "Crm.Domain.Common.AggregateRoot") return true;
        }
        catch (AssemblyResolutionException)
        {
        }
        return false;
    }
}
