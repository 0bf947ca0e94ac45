using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.Modules.Generation.Domain;

namespace SpriteDX.Modules.Generation.Data;

internal sealed class GenerationDbContext(DbContextOptions<GenerationDbContext> options) : ModuleDbContext(options, GenerationModule.ModuleName)
{
    public DbSet<SpriteGeneration> Generations => Set<SpriteGeneration>();

    public DbSet<SpriteImage> SpriteImages => Set<SpriteImage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<SpriteGeneration>(generation =>
        {
            generation.ToTable("generations");
            generation.HasKey(g => g.Id);
            generation.Property(g => g.Prompt).HasMaxLength(GenerationOptions.MaxPromptLength);
            generation.Property(g => g.IdempotencyKey).HasMaxLength(100);
            generation.Property(g => g.Error).HasMaxLength(500);
            generation.Property(g => g.Description).HasMaxLength(200);
            generation.Property(g => g.Subject).HasMaxLength(60);
            generation.Property(g => g.Palette).HasMaxLength(16).HasDefaultValue("default");
            generation.Property(g => g.FrameDurations).HasMaxLength(100);
            generation.Ignore(g => g.Charged);
            generation.HasIndex(g => new { g.AccountId, g.IdempotencyKey }).IsUnique();
            generation.HasIndex(g => new { g.AccountId, g.Id }).IsDescending(false, true); // gallery keyset: version-7 ids sort by time
            generation.HasIndex(g => new { g.Status, g.StartedAt });
        });
        modelBuilder.Entity<SpriteImage>(image =>
        {
            image.ToTable("sprite_images");
            image.HasKey(i => i.GenerationId);
            image.HasIndex(i => i.AccountId);
        });
    }
}
