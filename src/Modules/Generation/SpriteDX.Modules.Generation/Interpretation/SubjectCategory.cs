namespace SpriteDX.Modules.Generation.Interpretation;

/// <summary>The broad kind of thing a prompt names; the API's <c>category</c> is its lower-case name.</summary>
internal enum SubjectCategory
{
    Character,
    Creature,
    Vehicle,
    Building,
    Plant,
    Item,
    Weapon,
    Food,
    Effect,
}
