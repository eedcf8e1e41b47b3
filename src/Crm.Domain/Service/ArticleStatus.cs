namespace Crm.Domain.Service;

/// <summary>An article is written as a draft, published for the desk (and the portal when public), and archived when
/// it no longer holds.</summary>
public enum ArticleStatus
{
    Draft,
    Published,
    Archived,
}
