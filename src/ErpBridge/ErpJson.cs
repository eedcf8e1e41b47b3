using System.Text.Json;

namespace ErpBridge;

internal static class ErpJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
