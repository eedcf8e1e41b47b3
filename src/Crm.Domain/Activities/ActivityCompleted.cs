using Crm.Domain.Common;

namespace Crm.Domain.Activities;

/// <summary>A call, meeting or task was done (a note is written done): what it was about may react, e.g. a lead's engagement.</summary>
public sealed record ActivityCompleted(Activity Activity) : DomainEvent;
