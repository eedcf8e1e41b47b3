using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using PdfSharp.Pdf.IO;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>The rep checks what can be promised, the quote keeps it per line with the time of the check, and the PDF
/// the customer receives carries it.</summary>
public sealed class QuotePdfTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_checked_quote_keeps_each_lines_tentative_promise_and_its_PDF_is_a_document_of_its_own()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 500m), Item("VALVE", price: 20m)], [Customer("C-1")],
            [Stock("PUMP", 4)], production: [Production("P-1", "PUMP", 10, March(12))]));
        using var sales = await SignedInAsync("sales");
        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, March(31), false,
            [.. Enumerable.Range(0, 60).Select(i => new QuoteLineRequest(i % 2 == 0 ? "PUMP" : "VALVE", 1 + i % 3))]), HttpStatusCode.Created);
        // Saving asked what could be promised already; a check asks again and keeps the newer answer.
        var saved = await sales.GetAsync<QuoteResponse>($"/api/quotes/{quote.Id}");
        Assert.NotNull(saved.PromiseCheckedAt);

        await sales.PostAsync<AvailabilityResponse>($"/api/quotes/{quote.Id}/check", null);
        var checkedQuote = await sales.GetAsync<QuoteResponse>($"/api/quotes/{quote.Id}");

        Assert.True(checkedQuote.PromiseCheckedAt >= saved.PromiseCheckedAt);
        // Four pumps in stock today; later pumps wait for the production order finishing on the 12th.
        Assert.Equal((1m, March(1)), (checkedQuote.Lines[0].PromisedQuantity, checkedQuote.Lines[0].PromisedDeliveryDate));
        Assert.Equal(March(12), checkedQuote.Lines[4].PromisedDeliveryDate);
        Assert.Equal(0m, checkedQuote.Lines[1].PromisedQuantity);
        Assert.Equal(("NotAvailable", 0), (checkedQuote.Lines[1].Promise!.Status, checkedQuote.Lines[1].Promise!.ScheduleLines.Count));

        var response = await sales.GetAsync($"/api/quotes/{quote.Id}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{quote.Number}-v1.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // Kept beside the test's binaries for a person to look at.
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "artifacts", "quote.pdf"), bytes);
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal($"Quote {quote.Number} version 1", pdf.Info.Title);
        Assert.Equal(2, pdf.PageCount);
        Assert.Equal(HttpStatusCode.NotFound, (await sales.GetAsync("/api/quotes/987654/pdf")).StatusCode);
    }
}
