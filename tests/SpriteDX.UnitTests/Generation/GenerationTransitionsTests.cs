using SpriteDX.Modules.Generation.Domain;
using SpriteDX.UnitTests.BuildingBlocks;
using static SpriteDX.Modules.Generation.Domain.GenerationStatus;
using static SpriteDX.Modules.Generation.Domain.GenerationTransition;

namespace SpriteDX.UnitTests.Generation;

internal sealed class GenerationTransitionsTests
{
    private static readonly Dictionary<GenerationTransition, (GenerationStatus[] From, GenerationStatus? To)> Expected = new()
    {
        [Queue] = ([Pending], Queued),
        [Reject] = ([Pending], Rejected),
        [Start] = ([Queued], Running),
        [Requeue] = ([Running], Queued),
        [TakeOver] = ([Running], Running),
        [ReportProgress] = ([Running], Running),
        [Succeed] = ([Running], Succeeded),
        [Fail] = ([Pending, Queued, Running], Failed),
        [TimeOut] = ([Pending, Queued, Running], Failed),
    };

    private static IEnumerable<TestCaseData> Pairs() => TransitionTableCases.Every(Expected);

    [TestCaseSource(nameof(Pairs))]
    public void A_generation_moves_only_where_its_table_allows(GenerationStatus state, GenerationTransition transition, bool allowed, GenerationStatus? to)
    {
        var generation = new SpriteGeneration { Id = Guid.NewGuid(), Status = state };

        TransitionTableCases.Verify(SpriteGeneration.Transitions, generation, g => g.Status, transition, allowed, to);
        generation.Can(transition).IsMoved.Should().Be(allowed);
    }

    [Test]
    public void A_settled_generation_can_make_no_transition_at_all()
    {
        foreach (var settled in Enum.GetValues<GenerationStatus>().Where(s => s.IsSettled()))
            Enum.GetValues<GenerationTransition>().Should().NotContain(t => new SpriteGeneration { Status = settled }.Can(t).IsMoved, $"{settled} is final");
    }
}
