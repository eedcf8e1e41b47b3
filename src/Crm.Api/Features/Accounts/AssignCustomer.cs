using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>Hands a customer to a team and an owner. Admins move any customer; a manager moves a customer they see
/// into a team they manage. The customer's open documents follow it (<see cref="CustomerReassigned"/>).</summary>
public sealed class AssignCustomer(CrmDbContext db, UserManager<IdentityUser> users, UnitOfWork unitOfWork, CustomerQueries queries)
{
    public async Task<CustomerSummary> HandleAsync(string customerNumber, CustomerAssignmentRequest request, Viewer viewer, bool isAdmin, CancellationToken ct)
    {
        var number = new CustomerNumber(customerNumber);
        var customer = await db.Customers.VisibleTo(viewer, db.Teams).FirstOrDefaultAsync(c => c.CustomerNumber == number && c.DeletedInErpAt == null, ct)
            ?? throw new NotFoundException("Customer", customerNumber);
        var teamId = new TeamId(request.TeamId!.Value);
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId, ct)
            ?? throw RequestValidationException.For("teamId", $"There is no team {request.TeamId}.");
        if (!isAdmin && team.ManagerUserName != viewer.UserName)
            throw new ForbiddenException($"Only an admin or the manager of team {team.Name} can give it customers.");
        var owner = await users.FindByEmailAsync(request.Owner!.Trim())
            ?? throw RequestValidationException.For("owner", $"There is no user {request.Owner}.");

        customer.AssignTo(team, owner.UserName!);
        await unitOfWork.SaveAsync(ct);
        return (await queries.GetAsync(customerNumber, new Viewer(viewer.UserName, SeesAll: true), ct))!;
    }
}
