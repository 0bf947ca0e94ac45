// SpriteDX build script: `dotnet tool restore && dotnet cake --target=Test`.
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Debug");
const string Solution = "./SpriteDX.sln";

Task("Clean")
    .Does(() =>
{
    DotNetClean(Solution, new DotNetCleanSettings { Configuration = configuration });
    CleanDirectories("./artifacts");
});

Task("Restore")
    .Does(() => DotNetRestore(Solution));

Task("Build")
    .IsDependentOn("Restore")
    .Does(() => DotNetBuild(Solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true }));

Task("Test")
    .IsDependentOn("Build")
    .Does(() => DotNetTest(Solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Loggers = { "trx" },
        ResultsDirectory = "./artifacts/test-results",
    }));

Task("Run")
    .IsDependentOn("Build")
    .Does(() => DotNetRun("./src/Host/SpriteDX.Host.csproj", new DotNetRunSettings { Configuration = configuration, NoBuild = true }));

RunTarget(target);
