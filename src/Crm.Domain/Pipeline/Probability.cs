using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>A deal's chance to close, in whole percent.</summary>
public static class Probability
{
    public static int Check(int percent, string field) =>
        percent is >= 0 and <= 100 ? percent
            : throw new DomainRuleException("probability.range", "A probability is a whole percent from 0 to 100.", field);
}
