using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>
/// Hangfire's client, except that while <see cref="Dropping"/> every job it is given is lost: what a crash
/// does to jobs queued in in-memory storage. Registered on every start of a <see cref="SpriteDxApp"/>.
/// </summary>
internal sealed class DroppableJobs
{
    public volatile bool Dropping;

    public void Register(IServiceCollection services) =>
        services.AddSingleton<IBackgroundJobClient>(sp => new Client(this, sp.GetRequiredService<IBackgroundJobClientFactory>().GetClient(sp.GetRequiredService<JobStorage>())));

    private sealed class Client(DroppableJobs owner, IBackgroundJobClient inner) : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => owner.Dropping ? "dropped-" + Guid.NewGuid().ToString("n") : inner.Create(job, state);

        public bool ChangeState(string jobId, IState state, string expectedState) => inner.ChangeState(jobId, state, expectedState);
    }
}
