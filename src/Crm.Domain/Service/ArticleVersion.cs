namespace Crm.Domain.Service;

/// <summary>An article as it read before a revision.</summary>
public sealed record ArticleVersion(int Revision, string Title, string Body, string EditedBy, DateTimeOffset EditedAt);
