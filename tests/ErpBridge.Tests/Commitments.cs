using ErpBridge.Outbound;

namespace ErpBridge.Tests;

internal static class Commitments
{
    public static OrderCommitment Sample(string orderNumber) => new(
        orderNumber, "C-1001", new DateOnly(2027, 3, 15),
        [new CommitmentLine(1, "A-100", "P1", 12,
            [new CommitmentScheduleLine(8, new(2027, 3, 11), new(2027, 3, 12), new(2027, 3, 15)),
             new CommitmentScheduleLine(4, new(2027, 3, 18), new(2027, 3, 19), new(2027, 3, 22))],
            UnitPrice: 577.97m, DiscountPercent: 5)],
        CustomerReference: "PO-4711", Currency: "EUR");
}
