namespace Crm.Domain.Sales;

/// <summary>The eleven Incoterms® 2020 rules: who carries the goods, the cost and the risk to which named place.</summary>
public enum Incoterms
{
    EXW,
    FCA,
    CPT,
    CIP,
    DAP,
    DPU,
    DDP,
    FAS,
    FOB,
    CFR,
    CIF,
}
