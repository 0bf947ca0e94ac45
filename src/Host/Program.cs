using SpriteDX.Host.Composition;

// The table of contents of SpriteDX: what runs, in what order. Each line is one concern.
var builder = WebApplication.CreateBuilder(args);

if (!builder.HasValidConfiguration())          // CONTRACT.md keys: one clear message per bad key, then stop
    return 1;
builder.AddStripeEmulatorWhenNoKeys();         // no Stripe keys: the emulator in-process, both modes pointed at it
builder.Services.AddPlatform(builder.Configuration, builder.Environment); // data directory, clock, event bus
builder.Services.AddModules(builder.Configuration, SpriteDxModules.All);   // Accounts, Credits, Generation, Payments, Admin
builder.AddWebFrontEnd();                     // Razor Pages, static assets, antiforgery, problem+json, auth policy
builder.Services.AddBackgroundJobs();         // Hangfire (in memory on SQLite, schema hangfire on PostgreSQL) and its server
builder.Services.AddModuleHealthChecks();     // /healthz: every module database answers

var app = builder.Build();

await app.MigrateModulesAsync(SpriteDxModules.All);
if (IntegrityCommand.IsRequested(args))       // `-- check-integrity`: every module checks its books; exit 1 on a mismatch
    return await IntegrityCommand.RunAsync(app.Services, Console.Out, CancellationToken.None);
app.UseWebFrontEnd();                         // errors, security headers, static assets, auth
app.MapModules(SpriteDxModules.All);
app.MapPlatformEndpoints();                   // /healthz, /admin/jobs
app.MapStripeEmulatorWhenHosted();            // /stripe-emulator, with a warning that no real payment is possible
app.AnnounceUrlsOnStart();

await app.RunAsync();
return 0;
