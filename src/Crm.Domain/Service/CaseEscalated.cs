using Crm.Domain.Common;

namespace Crm.Domain.Service;

/// <summary>A case went up a level, by its SLA or by hand: the level's people are told in the app and by email.</summary>
public sealed record CaseEscalated(ServiceCase Case, int Level, string Reason, bool Automatic) : DomainEvent;
