using Microsoft.Extensions.Options;
using MimeKit;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.BuildingBlocks.Mail;

/// <summary>The embedded default: each message as an `.eml` file in `{DataDir}/mail`, read back by the `/debug/mail` page.</summary>
public sealed class PickupDirectoryMailTransport(IOptions<DatabaseOptions> database) : IMailTransport
{
    public string Directory => Path.Combine(database.Value.DataDirectory, "mail");

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        // Written aside and renamed, so the mailbox never lists half a message; the name sorts by time.
        var name = $"{message.Date.UtcDateTime:yyyyMMdd'T'HHmmssfff}-{message.MessageId}.eml";
        var path = Path.Combine(Directory, string.Concat(name.Split(Path.GetInvalidFileNameChars())));
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    /// <summary>The messages written so far, newest first.</summary>
    public IReadOnlyList<FileInfo> Messages() =>
        System.IO.Directory.Exists(Directory)
            ? new DirectoryInfo(Directory).GetFiles("*.eml").OrderByDescending(f => f.Name, StringComparer.Ordinal).ToList()
            : [];

    /// <summary>One message by its file name, or null for a name that is not one of them (no paths: only names listed).</summary>
    public async Task<MimeMessage?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var file = Messages().FirstOrDefault(f => f.Name == name);
        return file is null ? null : await MimeMessage.LoadAsync(file.FullName, cancellationToken);
    }
}
