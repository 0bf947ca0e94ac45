using System.Diagnostics;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.ApiKeys;

/// <summary>The README's batch example, run as it is (scripts/batch-generate) against a started host, holding only an API key.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class BatchScriptTests
{
    [Test]
    public async Task The_batch_script_generates_and_downloads_twenty_sprites_with_only_a_key()
    {
        foreach (var tool in new[] { "bash", "curl", "jq" })
        {
            if (!OnPath(tool))
                Assert.Ignore($"{tool} is not installed; .ci/run installs it.");
        }

        await using var app = SpriteDxApp.Start(("Credits:SignupBonus", "1000"));
        using var player = await Player.SignUpAsync(app);
        var key = await player.Browser.CreateKeyAsync("Batch script");
        var output = Path.Combine(app.DataDirectory, "batch-output");

        var run = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "scripts", "batch-generate"), "--url", app.BaseAddress.ToString().TrimEnd('/'), "--out", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["SPRITEDX_API_KEY"] = key, ["SPRITEDX_BATCH_ID"] = "test-batch" },
        };
        using var process = Process.Start(run)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().Be(0, $"{await stdout}\n{await stderr}");
        var sprites = Directory.GetFiles(output, "*.png");
        sprites.Should().HaveCount(20);
        sprites.Should().OnlyContain(file => File.ReadAllBytes(file).Take(8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "each download is a PNG");
        (await player.BalanceAsync()).Should().Be(1000 - 20 * 10);
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(directory => File.Exists(Path.Combine(directory, tool)));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpriteDX.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (SpriteDX.sln) was not found.");
    }
}
