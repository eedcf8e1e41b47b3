using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Crm.Contracts;
using Crm.Api.Infrastructure.Mail;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>The customer portal's API as a buyer's client calls it, and how a buyer gets in: invited by mail, the link
/// from the mail, a password of their own.</summary>
public static partial class PortalClient
{
    public const string Password = "Buyer!2345";

    /// <summary>A rep invites the contact; the buyer takes the link from the mail the SMTP server received, sets a
    /// password and signs in.</summary>
    public static async Task<HttpClient> InvitedBuyerAsync(CrmApp app, LoopbackMailbox mail, HttpClient staff, long accountId, long contactId, string email)
    {
        var invited = await staff.PostAsync<PortalInvitationResponse>($"/api/accounts/{accountId}/contacts/{contactId}/portal-invitation", null);
        var message = await Http.EventuallyAsync(
            () => Task.FromResult(mail.Received.LastOrDefault(m => m.To.ToString().Contains(invited.Email) && m.Subject?.Contains("customer portal") == true)),
            m => m is not null, $"the invitation to {email}");
        var link = LinkPattern().Match(message!.TextBody ?? "");
        var token = Uri.UnescapeDataString(link.Groups["token"].Value);
        using var anonymous = app.NewClient();
        var accepted = await anonymous.PostAsJsonAsync("/api/portal/invitations/accept", new PortalInvitationAcceptance(email, token, Password));
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        return await Http.SignInAsync(app.NewClient(), email, Password);
    }

    public static Task<PagedResult<PortalOrderSummary>> MyOrdersAsync(this HttpClient buyer) => buyer.GetAsync<PagedResult<PortalOrderSummary>>("/api/portal/orders");

    public static Task<PortalOrderResponse> MyOrderAsync(this HttpClient buyer, long id) => buyer.GetAsync<PortalOrderResponse>($"/api/portal/orders/{id}");

    public static Task<PagedResult<PortalInvoice>> MyInvoicesAsync(this HttpClient buyer) => buyer.GetAsync<PagedResult<PortalInvoice>>("/api/portal/invoices");

    public static Task<PagedResult<PortalCaseSummary>> MyCasesAsync(this HttpClient buyer) => buyer.GetAsync<PagedResult<PortalCaseSummary>>("/api/portal/cases");

    public static Task<CaseResponse> OpenMyCaseAsync(this HttpClient buyer, PortalCaseRequest request) =>
        buyer.PostAsync<CaseResponse>("/api/portal/cases", request, HttpStatusCode.Created);

    /// <summary>The buyer adds a file to their case (the portal's upload: the file is the body).</summary>
    public static async Task<CaseAttachmentResponse> AddMyFileAsync(this HttpClient buyer, long caseId, string fileName, byte[] content)
    {
        using var body = new ByteArrayContent(content);
        using var response = await buyer.PostAsync($"/api/portal/cases/{caseId}/attachments?fileName={Uri.EscapeDataString(fileName)}", body);
        return await response.ReadAsync<CaseAttachmentResponse>(System.Net.HttpStatusCode.Created);
    }

    public static Task<CaseResponse> MyCaseAsync(this HttpClient buyer, long id) => buyer.GetAsync<CaseResponse>($"/api/portal/cases/{id}");

    public static Task<CaseResponse> ReplyAsync(this HttpClient buyer, long caseId, string text) =>
        buyer.PostAsync<CaseResponse>($"/api/portal/cases/{caseId}/comments", new PortalReplyRequest(text), HttpStatusCode.Created);

    public static Task<PortalReorderResponse> ReorderAsync(this HttpClient buyer, long orderId, PortalReorderRequest request) =>
        buyer.PostAsync<PortalReorderResponse>($"/api/portal/orders/{orderId}/reorder", request, HttpStatusCode.Created);

    [GeneratedRegex(@"token=(?<token>[^\s&]+)")]
    private static partial Regex LinkPattern();
}
