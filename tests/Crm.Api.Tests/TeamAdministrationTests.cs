using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Admins make users and teams; the team that takes new customers receives what the ERP sends next.</summary>
public sealed class TeamAdministrationTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_admin_adds_a_rep_and_a_team_that_takes_the_next_customers_the_ERP_sends()
    {
        using var admin = await SignedInAsync("admin");
        var email = $"rep-{Guid.NewGuid():N}@b2bcrm.test";
        var rep = await admin.PostAsync<UserResponse>("/api/users", new UserRequest(email, "Sales", "West!Rep2027"), HttpStatusCode.Created);
        Assert.Equal(["Sales"], rep.Roles);

        var west = await admin.PostAsync<TeamResponse>("/api/teams", new TeamRequest("West", "manager@demo.b2bcrm", [email], TakesNewCustomers: true), HttpStatusCode.Created);
        var teams = (await admin.GetAsync<PagedResult<TeamResponse>>("/api/teams")).Items;
        Assert.Equal([("North", false), ("South", false), ("West", true)], teams.Select(t => (t.Name, t.TakesNewCustomers)));
        Assert.Equal([email], west.Members);

        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-7")], [Stock("PUMP", 5)]));
        using var westRep = await Http.SignInAsync(Fixture.App.NewClient(), email, "West!Rep2027");
        var customer = Assert.Single((await westRep.GetAsync<PagedResult<CustomerSummary>>("/api/customers")).Items);
        Assert.Equal(("C-7", "West", "manager@demo.b2bcrm"), (customer.CustomerNumber, customer.TeamName, customer.Owner));
        Assert.Equal(1, (await admin.GetAsync<TeamResponse>($"/api/teams/{west.Id}")).Customers);
        using var north = await SignedInAsync("sales");
        Assert.Empty((await north.GetAsync<PagedResult<CustomerSummary>>("/api/customers")).Items);
    }

    [Fact]
    public async Task Bad_team_and_user_input_names_the_field_and_changes_nothing()
    {
        using var admin = await SignedInAsync("admin");
        async Task<Dictionary<string, string[]>> TeamErrorsAsync(object body) => await (await admin.PostAsJsonAsync("/api/teams", body)).FieldErrorsAsync();

        Assert.Contains("name", (await TeamErrorsAsync(new TeamRequest(null, "manager@demo.b2bcrm"))).Keys);
        Assert.Equal("There is already a team named North.", Assert.Single((await TeamErrorsAsync(new TeamRequest("North", "manager@demo.b2bcrm")))["name"]));
        Assert.Equal("There is no user nobody@b2bcrm.test.", Assert.Single((await TeamErrorsAsync(new TeamRequest("East", "nobody@b2bcrm.test")))["manager"]));
        Assert.Equal("sales@demo.b2bcrm is not a manager.", Assert.Single((await TeamErrorsAsync(new TeamRequest("East", "sales@demo.b2bcrm")))["manager"]));
        Assert.Contains("machine client", Assert.Single((await TeamErrorsAsync(
            new TeamRequest("East", "manager@demo.b2bcrm", ["sales@demo.b2bcrm", "integration@demo.b2bcrm"])))["members[1]"]));
        Assert.Contains("name", (await TeamErrorsAsync(new TeamRequest(new string('x', 101), "manager@demo.b2bcrm"))).Keys);

        async Task<Dictionary<string, string[]>> UserErrorsAsync(object body) => await (await admin.PostAsJsonAsync("/api/users", body)).FieldErrorsAsync();
        Assert.Contains("email", (await UserErrorsAsync(new UserRequest("not an email", "Sales", "Long!Enough1"))).Keys);
        Assert.Contains("role", (await UserErrorsAsync(new UserRequest("x@b2bcrm.test", "Wizard", "Long!Enough1"))).Keys);
        Assert.Contains("password", (await UserErrorsAsync(new UserRequest("x@b2bcrm.test", "Sales", "short"))).Keys);
        Assert.Equal("There is already a user sales@demo.b2bcrm.", Assert.Single((await UserErrorsAsync(new UserRequest("sales@demo.b2bcrm", "Sales", "Long!Enough1")))["email"]));

        Assert.Equal(["North", "South"], (await admin.GetAsync<PagedResult<TeamResponse>>("/api/teams")).Items.Select(t => t.Name));
        Assert.Empty((await admin.GetAsync<PagedResult<UserResponse>>("/api/users?search=x@b2bcrm.test")).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/teams/999999", new TeamRequest("Nowhere", "manager@demo.b2bcrm"))).StatusCode);
    }

    [Fact]
    public async Task Only_admins_manage_teams_and_users()
    {
        using var manager = await SignedInAsync("manager");
        using var sales = await SignedInAsync("sales");

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync("/api/teams", new TeamRequest("East", "manager@demo.b2bcrm"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync("/api/users", new UserRequest("y@b2bcrm.test", "Admin", "Long!Enough1"))).StatusCode);
        // Everyone may read the teams.
        Assert.Equal(2, (await sales.GetAsync<PagedResult<TeamResponse>>("/api/teams")).Total);
    }

    [Fact]
    public async Task A_user_given_another_role_must_sign_in_again_and_then_has_it()
    {
        using var admin = await SignedInAsync("admin");
        var email = $"desk-{Guid.NewGuid():N}@b2bcrm.test";
        var user = await admin.PostAsync<UserResponse>("/api/users", new UserRequest(email, "Sales", "Desk!Person1"), HttpStatusCode.Created);
        using var before = await Http.SignInAsync(Fixture.App.NewClient(), email, "Desk!Person1");

        var changed = await admin.PutAsync<UserResponse>($"/api/users/{user.Id}/role", new UserRoleRequest("OrderDesk"));

        Assert.Equal(["OrderDesk"], changed.Roles);
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/auth/me")).StatusCode);
        using var after = await Http.SignInAsync(Fixture.App.NewClient(), email, "Desk!Person1");
        Assert.Equal(["OrderDesk"], (await after.GetAsync<CurrentUser>("/api/auth/me")).Roles);
    }
}
