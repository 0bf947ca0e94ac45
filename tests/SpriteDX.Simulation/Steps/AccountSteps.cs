using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Simulation.Harness;

namespace SpriteDX.Simulation.Steps;

/// <summary>A person signs up (and gets the sign-up bonus).</summary>
internal sealed class SignUp : IStep
{
    private const int MaxUsers = 8;

    public StepKind Kind => StepKind.Operation;

    public int Weight => 3;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (world.Users.Count(u => !u.Deleted) >= MaxUsers)
            return null;
        var user = new SimulatedUser(await Buyer.SignUpAsync(world.App));
        world.Users.Add(user);
        world.Trace(user.AccountId, $"signed up as {user.Email}");
        return "sign up";
    }
}

/// <summary>An admin turns an account's Test Billing Account flag on or off (off removes its test credits).</summary>
internal sealed class FlagTestBilling : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 2;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        var on = !user.TestBilling;
        var admin = await world.AdminAsync();
        var answer = await admin.SetFlagAsync(user.AccountId, "test_billing", on, reason: "Simulated QA switch");
        if ((int)answer.Status < 400)
            user.TestBilling = on;
        world.Trace(user.AccountId, $"admin turned Test Billing {(on ? "on" : "off")}: {(int)answer.Status}");
        return $"test billing {(on ? "on" : "off")}";
    }
}

/// <summary>An admin grants or debits credits.</summary>
internal sealed class AdjustCredits : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 2;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        var amount = random.Next(2) == 0 ? $"+{random.Next(1, 300)}" : $"-{random.Next(1, 300)}";
        var admin = await world.AdminAsync();
        var answer = await admin.AdjustCreditsAsync(user.AccountId, amount, "Simulated adjustment");
        world.Trace(user.AccountId, $"admin adjusted credits by {amount}: {(int)answer.Status}");
        return amount[0] == '+' ? "admin grant" : "admin debit";
    }
}

/// <summary>A person deletes their account (the books are kept; the person is gone from every module).</summary>
internal sealed class DeleteAccount : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 1;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (world.Users.Count(u => !u.Deleted) < 4 || Pick.User(world, random) is not { } user)
            return null;
        var answer = await user.Buyer.Browser.SubmitFormAsync("/Identity/Account/Manage/Delete",
            new Dictionary<string, string> { ["Password"] = IntegrationTests.Infrastructure.TestBrowser.Password });
        user.Deleted = answer.Status == System.Net.HttpStatusCode.Redirect;
        world.Trace(user.AccountId, $"deleted the account: {(int)answer.Status}");
        return "account deletion";
    }
}

/// <summary>A person asks for a copy of their data (the export runs in the background).</summary>
internal sealed class ExportData : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 1;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        var answer = await IntegrationTests.Accounts.DataExportKit.PrepareAsync(user.Buyer.Browser);
        world.Trace(user.AccountId, $"asked for a data export: {(int)answer.Status}");
        return "data export";
    }
}
