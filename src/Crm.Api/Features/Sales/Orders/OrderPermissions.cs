using System.Security.Claims;
using Crm.Api.Infrastructure;
using Crm.Contracts;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>Who may act on an order, and what they may do with it now: the roles the endpoints require and the order's
/// own rules, in one place, so the order's <c>allowedActions</c> and the API cannot disagree (a test holds them to it).
/// Visibility is decided before: an order the caller does not see answers 404 whatever the action.</summary>
public static class OrderPermissions
{
    public static readonly string[] PromiseByHand = [Roles.OrderDesk, Roles.Manager];
    public static readonly string[] ReleaseCreditHold = [Roles.Manager];

    public static IReadOnlyList<string> AllowedActions(SalesOrder order, ClaimsPrincipal? user)
    {
        if (user is null || !Roles.People.Any(user.IsInRole)) return [];
        var actions = new List<string>();
        if (order.CanConfirm) actions.Add(OrderActions.Confirm);
        if (order.CanChange) actions.AddRange([OrderActions.Cancel, OrderActions.ChangeQuantity, OrderActions.ChangeDeliveryDate]);
        if (order.CanCancelALine) actions.Add(OrderActions.CancelLine);
        if (order.CanPromiseByHand && PromiseByHand.Any(user.IsInRole)) actions.Add(OrderActions.PromiseByHand);
        if (order.CanReleaseCreditHold && ReleaseCreditHold.Any(user.IsInRole)) actions.Add(OrderActions.ReleaseCreditHold);
        if (order.CanSetPurchaseOrderNumber) actions.Add(OrderActions.SetPurchaseOrderNumber);
        return actions;
    }
}
