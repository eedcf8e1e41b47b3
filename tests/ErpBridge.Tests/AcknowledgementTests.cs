using ErpBridge.Outbound;
using ErpBridge.Sync;

namespace ErpBridge.Tests;

/// <summary>An ERP that reads commitment files answers with acknowledgement files; the bridge reads them back and
/// ties each answer to the commitment it answers by the file's name.</summary>
public sealed class AcknowledgementTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"b2bcrm-ack-{Guid.NewGuid():N}")).FullName;

    private string AckFolder => Path.Combine(_folder, "ack");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Answers_are_tied_to_the_commitments_they_answer_and_rows_that_make_no_sense_are_reported()
    {
        using var bridge = Bridge.FileDrop(_folder, Path.Combine(_folder, "out"));
        await bridge.Gateway.PushAsync(Commitments.Sample("SO-000001"), "key1", CancellationToken.None);
        await bridge.Gateway.ChangeAsync(Commitments.Sample("SO-000002"), "key2", CancellationToken.None);
        Acknowledge("answers-1.csv",
            "file,status,salesOrderNumber,message",
            "sales-order-key1.csv,accepted,4711,",
            "sales-order-change-key2.csv,Rejected,,Customer C-1001 is blocked for deliveries",
            "sales-order-key3.csv,maybe,,",
            "orders.xml,accepted,4712,");

        var file = Assert.Single(await bridge.Acknowledgements.ReadAsync(CancellationToken.None).ToListAsync());

        Assert.Null(file.Error);
        Assert.Equal(
        [
            new ErpAcknowledgement("sales-order-key1.csv", 2, "key1", true, "4711", null),
            new ErpAcknowledgement("sales-order-change-key2.csv", 3, "key2", false, null, "Customer C-1001 is blocked for deliveries"),
        ], file.Acknowledgements);
        Assert.Equal(
        [
            ("answers-1.csv", 4L, "sales-order-key3.csv", "status", "'maybe' is not accepted or rejected."),
            ("answers-1.csv", 5L, "orders.xml", "file", "'orders.xml' is not the name of a commitment file the CRM writes."),
        ], file.Rejected.Select(r => (r.Source, r.Line!.Value, r.Key, r.Field, r.Reason)));
        Assert.All(file.Rejected, r => Assert.Equal(ErpEntity.Acknowledgements, r.Entity));
    }

    [Fact]
    public async Task A_handled_file_moves_to_processed_and_one_that_cannot_be_read_to_failed()
    {
        using var bridge = Bridge.FileDrop(_folder);
        Acknowledge("good.csv", "file,status", "sales-order-key1.csv,accepted");
        File.SetLastWriteTimeUtc(Path.Combine(AckFolder, "good.csv"), DateTime.UtcNow.AddMinutes(-1));
        Acknowledge("bad.csv", "file,salesOrderNumber", "sales-order-key1.csv,4711");

        var files = await bridge.Acknowledgements.ReadAsync(CancellationToken.None).ToListAsync();
        foreach (var file in files) bridge.Acknowledgements.Archive(file);

        Assert.Equal(["good.csv", "bad.csv"], files.Select(f => f.Name));
        Assert.Equal("bad.csv line 1: status column is missing, so no row of the file was read.", files[1].Error);
        Assert.Empty(Directory.GetFiles(AckFolder));
        Assert.True(File.Exists(Path.Combine(AckFolder, "processed", "good.csv")));
        Assert.True(File.Exists(Path.Combine(AckFolder, "failed", "bad.csv")));
    }

    private void Acknowledge(string file, params string[] lines)
    {
        Directory.CreateDirectory(AckFolder);
        File.WriteAllLines(Path.Combine(AckFolder, file), lines);
    }
}
