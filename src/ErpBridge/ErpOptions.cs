namespace ErpBridge;

public enum ErpMode { FileDrop, Rest }

/// <summary>The "Erp" configuration section.</summary>
public sealed class ErpOptions
{
    public ErpMode Mode { get; set; } = ErpMode.FileDrop;

    /// <summary>The ERP's REST base address, for <see cref="ErpMode.Rest"/>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Where the ERP drops its CSV exports; relative paths are taken from the app's folder.</summary>
    public string InboundFolder { get; set; } = Path.Combine("ErpDrop", "inbound");

    /// <summary>Where commitments are written for an ERP that reads files.</summary>
    public string OutboundFolder { get; set; } = Path.Combine("App_Data", "erp-drop", "outbound");

    /// <summary>Where an ERP that reads files writes its answers to them (<c>file,status,salesOrderNumber,message</c>);
    /// read files move to <c>processed</c> below it, unreadable ones to <c>failed</c>.</summary>
    public string AcknowledgementFolder { get; set; } = Path.Combine("App_Data", "erp-drop", "ack");

    public int PageSize { get; set; } = 500;
}
