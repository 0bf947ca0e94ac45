using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.IntegrationTests.Reliability;

/// <summary>
/// A render job lost after the credits were reserved (in-memory jobs die with the process on SQLite; on
/// PostgreSQL a host can die between the commit and the enqueue, or the enqueue can fail): the generation
/// is finished after a restart and its reservation captured once. A restart during rendering is
/// <see cref="GenerationTests.A_render_interrupted_by_a_restart_is_finished_after_it"/>.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class GenerationFaultTests
{
    [Test]
    public async Task A_restart_after_the_reservation_loses_the_render_job_but_not_the_sprite_or_the_credits()
    {
        // Alone on its SQLite files, a starting host knows every job died with the last process and queues
        // the generation again at once. Beside other hosts (PostgreSQL) the job may be another host's, still
        // to run, so the generation is queued again only after the queue grace, shortened here.
        var grace = TimeSpan.FromSeconds(1);
        var jobs = new DroppableJobs();
        await using var app = SpriteDxApp.Start(jobs.Register, ("Generation:QueueGrace", grace.ToString("c")));
        using var before = await Player.SignUpAsync(app);

        jobs.Dropping = true;
        var id = await (await before.RequestAsync("a lantern that survives crashes")).AcceptedIdAsync();
        var requested = DateTime.UtcNow;
        (await before.GenerationAsync(id)).GetProperty("status").GetString().Should().Be("pending", "reserved and queued, but its job is gone");
        (await MoneySnapshot.ReservationsAsync(app, before.AccountId)).Should().Equal(new Dictionary<ReservationStatus, int> { [ReservationStatus.Reserved] = 1 });
        jobs.Dropping = false;

        if (app.OnPostgres)
            await Polling.UntilAsync(() => Task.FromResult(DateTime.UtcNow > requested + grace), because: "the queue grace to pass");
        await app.RestartAsync();

        using var browser = app.NewBrowser();
        await browser.LogInAsync(before.Email);
        using var player = new Player(app, browser, before.Email, before.AccountId);
        (await player.SettledAsync(id)).GetProperty("status").GetString().Should().Be("succeeded");
        await Polling.UntilAsync(async () => (await MoneySnapshot.ReservationsAsync(app, player.AccountId)).ContainsKey(ReservationStatus.Captured),
            because: "the reservation to be captured");
        (await MoneySnapshot.ReservationsAsync(app, player.AccountId)).Should().Equal(new Dictionary<ReservationStatus, int> { [ReservationStatus.Captured] = 1 });
        (await player.BalanceAsync()).Should().Be(90);
        (await player.LedgerMatchesBalanceAsync()).Should().BeTrue();
    }
}
