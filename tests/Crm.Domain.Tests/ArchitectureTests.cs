using System.Reflection;
using System.Xml.Linq;
using Crm.Domain.Sales;

namespace Crm.Domain.Tests;

/// <summary>The domain core stays pure: the .NET base library and nothing else.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(SalesOrder).Assembly;

    [Fact]
    public void The_domain_assembly_references_only_the_base_library()
    {
        var foreign = Domain.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => !(name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(foreign);
    }

    [Fact]
    public void The_domain_project_declares_no_package_or_project_reference()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Crm.Domain", "Crm.Domain.csproj"));

        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "FrameworkReference" or "Reference")
            .Select(e => e.Attribute("Include")?.Value)
            .ToList();

        Assert.Empty(references);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "B2BCrm.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("B2BCrm.sln not found above the test folder.");
    }
}
