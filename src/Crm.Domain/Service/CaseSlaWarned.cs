using Crm.Domain.Common;

namespace Crm.Domain.Service;

/// <summary>A case's clock passed the warning share of its target: its owner is told.</summary>
/// <param name="Clock">"first response" or "resolution".</param>
public sealed record CaseSlaWarned(ServiceCase Case, string Clock, DateTimeOffset Due) : DomainEvent;
