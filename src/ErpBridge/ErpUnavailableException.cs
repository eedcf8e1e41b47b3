namespace ErpBridge;

/// <summary>The ERP could not be reached or answered with something unusable.</summary>
public sealed class ErpUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
