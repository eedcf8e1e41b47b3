using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Crm.Api.Tests;

/// <summary>The calls in an assembly that write past the write door: SaveChanges, BeginTransaction and ExecuteSql, each
/// with the outermost type that makes it (a lambda or an async method's state machine counts as its class).</summary>
public static class WriteDoorCalls
{
    private static readonly string[] Doors = ["SaveChanges", "BeginTransaction", "ExecuteSql"];

    public sealed record Call(string Caller, string Namespace, string Method);

    public static IReadOnlyList<Call> In(System.Reflection.Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var calls = new List<Call>();
        foreach (var type in module.GetTypes())
        foreach (var method in type.Methods.Where(m => m.HasBody))
        foreach (var instruction in method.Body.Instructions)
        {
            if (instruction.OpCode.Code is not (Code.Call or Code.Callvirt) || instruction.Operand is not MethodReference called) continue;
            if (!Doors.Any(d => called.Name.StartsWith(d, StringComparison.Ordinal)) || !IsEntityFramework(called)) continue;
            var owner = type;
            while (owner.DeclaringType is not null) owner = owner.DeclaringType;
            calls.Add(new Call(owner.FullName, owner.Namespace, $"{called.DeclaringType.Name}.{called.Name}"));
        }
        return calls;
    }

    private static bool IsEntityFramework(MethodReference called)
    {
        for (var type = called.DeclaringType; type is not null;)
        {
            if (type.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)) return true;
            try
            {
                type = type.Resolve()?.BaseType;
            }
            catch (AssemblyResolutionException)
            {
                return false;
            }
        }
        return false;
    }
}
