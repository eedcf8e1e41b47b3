namespace Crm.Domain.Service;

/// <summary>A knowledge article used on a case; <see cref="Solved"/> when it was the answer.</summary>
public sealed record CaseArticleLink(ArticleId Article, bool Solved, string By, DateTimeOffset At);
