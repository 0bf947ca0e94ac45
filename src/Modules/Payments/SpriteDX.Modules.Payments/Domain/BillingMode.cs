namespace SpriteDX.Modules.Payments.Domain;

/// <summary>Which Stripe account an account's purchases go through: Live for everyone, Test for Test Billing Accounts.</summary>
internal enum BillingMode
{
    Live = 0,
    Test = 1,
}

internal static class BillingModes
{
    public static bool IsLivemode(this BillingMode mode) => mode == BillingMode.Live;

    public static BillingMode FromLivemode(bool livemode) => livemode ? BillingMode.Live : BillingMode.Test;
}
