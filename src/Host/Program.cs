using SpriteDX.Host.Composition;

// The table of contents of SpriteDX: what runs, in what order. Each line is one concern.
var builder = WebApplication.CreateBuilder(args);

if (!builder.HasValidConfiguration())          // CONTRACT.md keys: one clear message per bad key, then stop
    return 1;
builder.AddStripeEmulatorWhenNoKeys();         // no Stripe keys: the emulator in-process, both modes pointed at it
builder.Services.AddPlatform(builder.Configuration, builder.Environment); // data directory, clock, event bus, e-mail transport, public address
builder.Services.AddModules(builder.Configuration, SpriteDxModules.All);   // Accounts, Credits, Generation, Payments, Admin
builder.AddWebFrontEnd();                     // Razor Pages, static assets, antiforgery, problem+json, auth policy
builder.Services.AddBackgroundJobs();         // Hangfire (in memory on SQLite, schema hangfire on PostgreSQL) and its server
builder.Services.AddModuleHealthChecks();     // /healthz: every module database answers
builder.Services.AddTelemetry(builder.Configuration); // meters always; /metrics and OTLP export (with traces) when configured
builder.Services.AddApiDocumentation();       // /openapi/v1.json: every /api endpoint, its errors, the key and cookie schemes
builder.Services.AddApiKeyLogRedaction();     // no log line carries an API key, not even a key pasted into a URL

var app = builder.Build();

await app.MigrateModulesAsync(SpriteDxModules.All);
if (IntegrityCommand.IsRequested(args))       // `-- check-integrity`: every module checks its books; exit 1 on a mismatch
    return await IntegrityCommand.RunAsync(app.Services, Console.Out, CancellationToken.None);
if (await ModuleCommands.RunRequestedAsync(app.Services, args, Console.Out, CancellationToken.None) is { } exitCode)
    return exitCode;                          // `-- move-sprites` and the other one-off commands modules offer
app.UseWebFrontEnd();                         // errors, security headers, static assets, auth
app.MapModules(SpriteDxModules.All);
app.MapPlatformEndpoints();                   // /healthz, /admin/jobs
app.MapMetricsScrapeEndpoint();               // /metrics, when Metrics:Prometheus is true
app.MapApiDocumentation();                    // /openapi/v1.json and its reference page /docs/api (Scalar, served locally)
app.MapStripeEmulatorWhenHosted();            // /stripe-emulator, with a warning that no real payment is possible
app.AnnounceUrlsOnStart();

await app.RunAsync();
return 0;
