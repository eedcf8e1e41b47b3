namespace Crm.Domain.Pipeline;

/// <summary>Closed deals that had a probability from <see cref="From"/> to <see cref="To"/> percent before they closed,
/// and how many of them were won: whether the probabilities given are to be trusted.</summary>
public sealed record CalibrationBand(int From, int To, int Closed, int Won)
{
    /// <summary>The share won, 0 to 1; none when no deal closed in the band.</summary>
    public double? WinRate => Closed == 0 ? null : Math.Round((double)Won / Closed, 4);
}
