using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SpriteDX.BuildingBlocks.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The Host's part: `Email:*` and the transport (SMTP when `Email:Smtp:Host` is set, else the pickup directory).</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<PickupDirectoryMailTransport>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.UsesSmtp
            ? sp.GetRequiredService<SmtpMailTransport>()
            : sp.GetRequiredService<PickupDirectoryMailTransport>());
        return services;
    }

    /// <summary>A module's part: its mail queue (the table comes from <see cref="MailQueueModel.ApplyMailQueue"/>) and its sender.</summary>
    public static IServiceCollection AddMailQueue<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddSingleton<MailQueueSignal<TContext>>();
        services.AddScoped<MailQueue<TContext>>();
        services.AddHostedService<MailQueueSender<TContext>>();
        return services;
    }
}
