namespace Crm.Api.Persistence;

/// <summary>A message for one user in the app: a reminder, an escalation. Read ones stay until cleared by age.</summary>
public sealed class Notification(string userName, string kind, string text, string? link, DateTimeOffset createdAt)
{
    public const int MaxTextLength = 500;

    public long Id { get; private set; }

    public string UserName { get; private set; } = userName;

    /// <summary>What it is about, for the icon and filtering: "reminder", ...</summary>
    public string Kind { get; private set; } = kind;

    public string Text { get; private set; } = text.Length <= MaxTextLength ? text : text[..(MaxTextLength - 1)] + "…";

    /// <summary>The app's page it points to.</summary>
    public string? Link { get; private set; } = link;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
