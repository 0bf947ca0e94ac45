namespace SpriteDX.Modules.Generation.Rendering.Designs.Vehicles;

/// <summary>
/// The vehicles the generator draws. Land, sea and air vehicles face right in side view, where their profiles differ most;
/// rockets and balloons stand upright. The prompt's main colour is the paint; "hull", "sail", "wheels", "windows" and
/// "thrusters" colour those parts.
/// </summary>
internal static class VehicleDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["car"] = new(LandVehicles.Car),
        ["truck"] = new(LandVehicles.Truck),
        ["bus"] = new(LandVehicles.Bus),
        ["tractor"] = new(LandVehicles.Tractor),
        ["tank"] = new(LandVehicles.Tank),
        ["train"] = new(LandVehicles.Train),
        ["bicycle"] = new(LandVehicles.Bicycle),
        ["motorcycle"] = new(LandVehicles.Motorcycle),
        ["cart"] = new(LandVehicles.Cart),
        ["carriage"] = new(LandVehicles.Carriage),
        ["sled"] = new(LandVehicles.Sled),
        ["boat"] = new(CraftDesigns.Boat),
        ["ship"] = new(CraftDesigns.Ship),
        ["submarine"] = new(CraftDesigns.Submarine),
        ["spaceship"] = new(CraftDesigns.Spaceship),
        ["rocket"] = new(CraftDesigns.Rocket),
        ["airplane"] = new(CraftDesigns.Airplane),
        ["helicopter"] = new(CraftDesigns.Helicopter),
        ["hot air balloon"] = new(CraftDesigns.HotAirBalloon),
    };
}
