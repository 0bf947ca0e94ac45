namespace SpriteDX.Modules.Generation.Interpretation;

internal static partial class Lexicon
{
    /// <summary>
    /// The subjects the designs draw, by category. A multi-word subject is written with underscores.
    /// </summary>
    private static (SubjectCategory Category, string Subjects)[] SubjectRows =>
    [
        (SubjectCategory.Character, """
            knight wizard hero person archer ninja pirate samurai viking cowboy astronaut princess prince king queen
            witch thief priest barbarian zombie vampire mummy dwarf elf orc goblin troll cyborg alien soldier chef
            farmer blacksmith warrior paladin necromancer druid monk bard merchant villager guard hunter assassin clown
            angel demon fairy mermaid santa snowman scarecrow superhero detective doctor scientist miner firefighter
            police_officer sailor caveman jester gnome werewolf robot skeleton
            """),
        (SubjectCategory.Creature, """
            dragon slime bat ghost cat monster dog wolf fox bear horse lion tiger deer elephant monkey sheep goat pig
            cow rabbit mouse unicorn pegasus griffin dinosaur lizard crocodile turtle frog squirrel hedgehog raccoon
            panda giraffe camel boar yeti bird owl eagle duck parrot crow chicken penguin phoenix fish shark whale
            dolphin octopus squid jellyfish crab kraken spider bee butterfly ant beetle scorpion snake worm snail golem
            elemental wisp eyeball mech imp
            """),
        (SubjectCategory.Vehicle, """
            car truck tank boat ship spaceship rocket airplane helicopter train bicycle motorcycle cart bus submarine
            hot_air_balloon tractor carriage sled
            """),
        (SubjectCategory.Building, """
            house castle tower stall tent windmill church temple well bridge gate door lighthouse shop barn hut igloo
            pyramid fountain
            """),
        (SubjectCategory.Plant, "tree flower rose sunflower tulip cactus bush mushroom rock crystal log grass vine stump leaf seaweed"),
        (SubjectCategory.Item, """
            potion key chest coin gem heart crown ring amulet scroll book map bomb lantern torch bag barrel crate bottle
            candle hourglass trophy star helmet hat boots gloves armour pickaxe shovel fishing_rod wrench bucket
            cauldron orb bell compass feather bone skull flag envelope clock dice medal lock goblet
            """),
        (SubjectCategory.Weapon, """
            sword axe bow staff wand hammer spear dagger shield mace crossbow pistol rifle scythe trident katana whip
            boomerang club flail halberd arrow shuriken blaster cannon slingshot
            """),
        (SubjectCategory.Food, """
            apple bread cheese pizza cake drumstick carrot cherry banana egg burger cookie donut pie ice_cream grapes
            strawberry watermelon lemon orange pear steak sushi candy cupcake pumpkin corn tomato potato sandwich
            hot_dog taco coffee milk honey chocolate lollipop
            """),
        (SubjectCategory.Effect, """
            fire fireball explosion lightning sparkle campfire portal smoke splash tornado cloud bubble snowflake sun
            moon rainbow magic
            """),
    ];

    /// <summary>
    /// The nouns people type for each subject. Regular plurals need no entry (they are read back to the singular);
    /// irregular ones are listed. Syntax per entry: <c>~</c> before a word makes it weak (a generic role or kind
    /// that a more specific noun beats: "cyborg soldier" is a cyborg); <c>multi_word</c> is a phrase;
    /// <c>/variant</c> sets the spec's variant; <c>+word</c> implies a modifier word as if the prompt said it
    /// (a mood, colour, detail or material), and <c>+eyesN</c> an eye count.
    /// </summary>
    private static (string Subject, string Words)[] NounRows =>
    [
        // Characters
        ("knight", "knight cavalier crusader chevalier lancer dark_knight+evil death_knight+evil armored_knight+armour armoured_knight+armour"),
        ("wizard", """
            wizard wizards mage magi magician sorcerer sorcerers warlock archmage enchanter spellcaster caster conjurer
            magus battlemage illusionist merlin gandalf arcanist
            """),
        ("hero", "~hero ~heroes ~heroine ~protagonist ~adventurer ~explorer ~champion ~player"),
        ("person", """
            ~person ~people ~human ~humans ~man ~men ~woman ~women ~boy ~girl ~kid ~child ~children ~guy ~lady ~ladies
            ~gentleman ~npc ~character ~dude ~citizen ~teen ~teenager ~student ~baby+cute ~toddler+cute ~rider
            ~grandpa ~grandma ~grandfather ~grandmother ~granny ~businessman ~worker ~tourist
            """),
        ("archer", "archer bowman bowmen ranger marksman markswoman longbowman sharpshooter"),
        ("ninja", "ninja shinobi kunoichi"),
        ("pirate", "pirate buccaneer corsair privateer swashbuckler ~captain ~skipper"),
        ("samurai", "samurai ronin shogun"),
        ("viking", "viking norseman norsemen berserker valkyrie"),
        ("cowboy", "cowboy cowgirl gunslinger sheriff outlaw wrangler"),
        ("astronaut", "astronaut cosmonaut spaceman spacemen spacewoman"),
        ("princess", "princess"),
        ("prince", "prince"),
        ("king", "king monarch emperor ruler ~lord sultan pharaoh"),
        ("queen", "queen empress duchess"),
        ("witch", "witch witches sorceress enchantress hag crone medusa gorgon"),
        ("thief", "thief thieves rogue bandit burglar robber pickpocket highwayman"),
        ("priest", "priest priestess cleric nun bishop pope friar vicar healer acolyte"),
        ("barbarian", "barbarian brute"),
        ("zombie", "zombie ghoul ~undead"),
        ("vampire", "vampire vampyre dracula nosferatu"),
        ("mummy", "mummy mummies"),
        ("dwarf", "dwarf dwarves dwarfs"),
        ("elf", "elf elves"),
        ("orc", "orc uruk"),
        ("goblin", "goblin hobgoblin gremlin kobold"),
        ("troll", "troll ogre cyclops+eyes1 ~giant minotaur+horns"),
        ("cyborg", "cyborg terminator"),
        ("alien", "alien extraterrestrial martian"),
        ("soldier", """
            ~soldier ~trooper ~infantry ~marine ~rifleman ~sniper ~commando ~mercenary ~grunt ~sergeant ~general
            ~militia ~army_man ~space_marine stormtrooper
            """),
        ("chef", "chef cook baker"),
        ("farmer", "farmer rancher"),
        ("blacksmith", "blacksmith smith armourer armorer"),
        ("warrior", "~warrior ~fighter ~swordsman ~swordsmen ~swordswoman gladiator"),
        ("paladin", "paladin templar holy_knight"),
        ("necromancer", "necromancer lich summoner"),
        ("druid", "druid shaman"),
        ("monk", "monk"),
        ("bard", "bard minstrel musician troubadour"),
        ("merchant", "merchant trader shopkeeper vendor peddler salesman"),
        ("villager", "villager peasant townsfolk commoner"),
        ("guard", "~guard ~guardsman ~sentry ~watchman ~bodyguard"),
        ("hunter", "hunter huntress trapper"),
        ("assassin", "assassin"),
        ("clown", "clown"),
        ("angel", "angel archangel cherub seraph"),
        ("demon", "demon devil fiend satan lucifer succubus gargoyle+stone"),
        ("fairy", "fairy faerie fae pixie nymph"),
        ("mermaid", "mermaid merman mermen siren"),
        ("santa", "santa santa_claus father_christmas saint_nick"),
        ("snowman", "snowman snowmen snow_man"),
        ("scarecrow", "scarecrow"),
        ("superhero", "superhero superheroine super_hero"),
        ("detective", "detective sleuth investigator inspector sherlock"),
        ("doctor", "doctor nurse medic physician surgeon"),
        ("scientist", "scientist professor chemist alchemist inventor mad_scientist researcher"),
        ("miner", "~miner ~digger"),
        ("firefighter", "firefighter fireman firemen"),
        ("police_officer", "police_officer policeman policemen policewoman cop ~police ~officer constable"),
        ("sailor", "sailor seaman seamen mariner"),
        ("caveman", "caveman cavemen cavewoman neanderthal"),
        ("jester", "jester harlequin"),
        ("gnome", "gnome garden_gnome"),
        ("werewolf", "werewolf werewolves lycan lycanthrope wolfman"),
        ("robot", "robot bot droid android automaton"),
        ("skeleton", "skeleton reaper+hood grim_reaper+hood bonehead"),

        // Creatures
        ("dragon", "dragon drake wyvern wyrm dragonling dragonet hydra dracolich+bone"),
        ("slime", "slime blob ooze goo gel"),
        ("bat", "bat"),
        ("ghost", "ghost spirit phantom spectre specter wraith poltergeist spook apparition banshee"),
        ("cat", "cat kitty ~kitten+cute tomcat feline kitteh neko moggy tabby+orange pussycat housecat calico"),
        ("monster", "~monster ~creature ~beast ~critter ~abomination"),
        ("dog", """
            dog cerberus+evil ~puppy+cute ~pup+cute doggy doggo hound pooch canine corgi poodle beagle terrier labrador retriever
            husky bulldog dachshund chihuahua pug dalmatian collie german_shepherd shiba
            """),
        ("wolf", "wolf wolves dire_wolf direwolf coyote jackal"),
        ("fox", "fox vixen kitsune fennec"),
        ("bear", "bear ~cub+cute grizzly polar_bear+white teddy/teddy teddy_bear/teddy"),
        ("horse", "horse centaur pony foal stallion mare steed colt mustang donkey/donkey mule/donkey zebra/zebra"),
        ("lion", "lion lioness sphinx chimera manticore"),
        ("tiger", "tiger tigress"),
        ("deer", "deer doe fawn+cute stag+antlers buck+antlers reindeer+antlers elk+antlers moose+antlers caribou+antlers antelope gazelle"),
        ("elephant", "elephant mammoth/mammoth+tusks"),
        ("monkey", "monkey ape gorilla chimp chimpanzee orangutan baboon"),
        ("sheep", "sheep lamb ram+horns ewe"),
        ("goat", "goat billy_goat"),
        ("pig", "pig piglet hog swine piggy"),
        ("cow", "cow bull+horns ~calf+cute cattle ox oxen bison buffalo yak"),
        ("rabbit", "rabbit bunny hare"),
        ("mouse", "mouse mice rat hamster gerbil"),
        ("unicorn", "unicorn"),
        ("pegasus", "pegasus winged_horse"),
        ("griffin", "griffin gryphon griffon hippogriff"),
        ("dinosaur", "dinosaur dino t_rex trex tyrannosaurus raptor velociraptor triceratops stegosaurus brontosaurus"),
        ("lizard", "lizard lizardman lizardfolk gecko iguana chameleon salamander newt komodo"),
        ("crocodile", "crocodile alligator croc gator"),
        ("turtle", "turtle tortoise terrapin"),
        ("frog", "frog toad tadpole"),
        ("squirrel", "squirrel chipmunk"),
        ("hedgehog", "hedgehog porcupine"),
        ("raccoon", "raccoon racoon"),
        ("panda", "panda red_panda"),
        ("giraffe", "giraffe"),
        ("camel", "camel llama alpaca"),
        ("boar", "boar warthog"),
        ("yeti", "yeti bigfoot sasquatch abominable_snowman"),
        ("bird", """
            bird harpy birdie sparrow robin bluebird finch songbird canary pigeon dove seagull gull hummingbird flamingo
            stork jay cardinal
            """),
        ("owl", "owl owlet"),
        ("eagle", "eagle hawk falcon vulture condor"),
        ("duck", "duck duckling goose geese swan"),
        ("parrot", "parrot macaw cockatoo parakeet toucan"),
        ("crow", "crow raven magpie blackbird"),
        ("chicken", "chicken ~chick+cute hen rooster cockerel turkey"),
        ("penguin", "penguin"),
        ("phoenix", "phoenix firebird"),
        ("fish", """
            fish fishes goldfish+orange koi clownfish salmon trout tuna catfish swordfish pufferfish carp piranha
            seahorse sea_horse
            """),
        ("shark", "shark great_white hammerhead"),
        ("whale", "whale orca killer_whale"),
        ("dolphin", "dolphin porpoise"),
        ("octopus", "octopus octopi octopuses"),
        ("squid", "squid cuttlefish"),
        ("jellyfish", "jellyfish jellyfishes"),
        ("crab", "crab lobster shrimp prawn crayfish"),
        ("kraken", "kraken sea_monster leviathan"),
        ("spider", "spider tarantula arachnid"),
        ("bee", "bee bumblebee bumble_bee wasp hornet honeybee"),
        ("butterfly", "butterfly butterflies moth dragonfly dragonflies"),
        ("ant", "ant termite"),
        ("beetle", "beetle ladybug+red ladybird+red bug scarab firefly+glow fireflies+glow cockroach roach"),
        ("scorpion", "scorpion"),
        ("snake", "snake serpent cobra python viper asp rattlesnake eel basilisk"),
        ("worm", "worm earthworm caterpillar maggot larva larvae sandworm grub"),
        ("snail", "snail slug"),
        ("golem", "golem"),
        ("elemental", "elemental"),
        ("wisp", "wisp will_o_wisp willowisp"),
        ("eyeball", "eyeball beholder eye"),
        ("mech", "mech mecha gundam"),
        ("imp", "imp"),

        // Vehicles
        ("car", """
            car auto automobile sedan racecar race_car/sports racing_car/sports sports_car/sports police_car/police
            taxi/taxi cab/taxi jeep convertible limo limousine buggy coupe hatchback
            """),
        ("truck", "truck lorry pickup van fire_truck/fire fire_engine/fire dump_truck monster_truck/monster"),
        ("tank", "tank panzer"),
        ("boat", "boat canoe kayak rowboat raft dinghy sailboat yacht speedboat"),
        ("ship", "ship galleon frigate battleship warship schooner vessel longship/viking pirate_ship/pirate"),
        ("spaceship", """
            spaceship space_ship starship spacecraft ufo/saucer flying_saucer/saucer x_wing starfighter
            space_cruiser
            """),
        ("rocket", "rocket missile space_shuttle"),
        ("airplane", "airplane aeroplane plane jet aircraft biplane airliner fighter_jet glider"),
        ("helicopter", "helicopter chopper heli"),
        ("train", "train locomotive steam_train/steam steam_engine/steam tram"),
        ("bicycle", "bicycle bike tricycle"),
        ("motorcycle", "motorcycle motorbike scooter moped"),
        ("cart", "cart wagon wheelbarrow minecart mine_cart handcart"),
        ("bus", "bus school_bus minibus"),
        ("submarine", "submarine sub"),
        ("hot_air_balloon", "hot_air_balloon balloon airship zeppelin blimp"),
        ("tractor", "tractor bulldozer excavator"),
        ("carriage", "carriage coach stagecoach chariot"),
        ("sled", "sled sleigh sledge toboggan"),

        // Buildings
        ("house", """
            house home cottage/cottage cabin/cabin log_cabin/cabin bungalow mansion manor villa dwelling
            farmhouse treehouse/treehouse tree_house/treehouse
            """),
        ("castle", "castle fortress fort citadel palace stronghold"),
        ("tower", "tower watchtower spire turret minaret"),
        ("stall", "stall market_stall booth kiosk"),
        ("tent", "tent teepee tipi pavilion yurt"),
        ("windmill", "windmill"),
        ("church", "church chapel cathedral abbey monastery"),
        ("temple", "temple shrine pagoda mosque"),
        ("well", "well wishing_well"),
        ("bridge", "bridge"),
        ("gate", "gate gateway portcullis archway"),
        ("door", "door doorway"),
        ("lighthouse", "lighthouse"),
        ("shop", "shop store tavern inn pub bakery"),
        ("barn", "barn stable shed"),
        ("hut", "hut shack shanty"),
        ("igloo", "igloo"),
        ("pyramid", "pyramid ziggurat"),
        ("fountain", "fountain"),

        // Plants and terrain
        ("tree", """
            tree treant ent oak/oak oak_tree/oak pine/pine pine_tree/pine fir/pine spruce/pine conifer/pine evergreen/pine
            christmas_tree/pine palm/palm palm_tree/palm coconut_tree/palm birch/birch birch_tree/birch
            dead_tree/dead willow/willow willow_tree/willow weeping_willow/willow apple_tree/apple
            cherry_blossom/cherry_blossom cherry_tree/cherry_blossom sakura/cherry_blossom maple/oak
            """),
        ("flower", """
            flower blossom bloom daisy/daisy lily/lily orchid/orchid daffodil lotus/lotus poppy/poppy dandelion/dandelion bouquet marigold hibiscus
            carnation
            """),
        ("rose", "rose"),
        ("sunflower", "sunflower"),
        ("tulip", "tulip"),
        ("cactus", "cactus cacti cactuses saguaro succulent"),
        ("bush", "bush shrub hedge shrubbery"),
        ("mushroom", "mushroom shroom toadstool fungus fungi"),
        ("rock", "rock stone boulder pebble ~mountain ~hill cliff asteroid"),
        ("crystal", "crystal geode quartz shard"),
        ("log", "log firewood"),
        ("grass", "grass weed reed hay"),
        ("vine", "vine ivy"),
        ("stump", "stump tree_stump"),
        ("leaf", "leaf leaves clover shamrock four_leaf_clover maple_leaf"),
        ("seaweed", "seaweed kelp algae coral"),

        // Items
        ("potion", "potion elixir flask vial brew tonic philter philtre"),
        ("key", "key"),
        ("chest", "chest treasure treasure_chest loot lootbox loot_box coffer strongbox"),
        ("coin", "coin gold money cash token doubloon penny"),
        ("gem", """
            gem jewel gemstone diamond+diamond ruby+ruby rubies+ruby emerald+emerald sapphire+sapphire
            amethyst+amethyst topaz+amber opal rupee
            """),
        ("heart", "heart heart_container"),
        ("crown", "crown tiara diadem circlet"),
        ("ring", "ring"),
        ("amulet", "amulet necklace pendant talisman locket"),
        ("scroll", "scroll parchment"),
        ("book", "book tome spellbook/spell spell_book/spell grimoire/spell journal diary notebook novel"),
        ("map", "map"),
        ("bomb", "bomb dynamite tnt grenade explosive"),
        ("lantern", "lantern lamp oil_lamp"),
        ("torch", "torch torches"),
        ("bag", "bag sack pouch purse satchel knapsack"),
        ("barrel", "barrel keg cask"),
        ("crate", "crate box boxes gift present gift_box"),
        ("bottle", "bottle jar jug"),
        ("candle", "candle candlestick"),
        ("hourglass", "hourglass sandglass"),
        ("trophy", "trophy trophies award"),
        ("star", "star starfish"),
        ("helmet", "helmet helm"),
        ("hat", "hat cap beanie top_hat/top wizard_hat/wizard witch_hat/witch fedora sombrero beret cowboy_hat/cowboy"),
        ("boots", "boots boot shoe shoes"),
        ("gloves", "gloves glove gauntlet gauntlets mitten mittens"),
        ("armour", "armour armor chestplate breastplate chainmail plate_armour plate_armor"),
        ("pickaxe", "pickaxe pickaxes pick_axe mattock"),
        ("shovel", "shovel spade"),
        ("fishing_rod", "fishing_rod fishing_pole"),
        ("wrench", "wrench spanner"),
        ("bucket", "bucket pail"),
        ("cauldron", "cauldron"),
        ("orb", "orb crystal_ball sphere"),
        ("bell", "bell"),
        ("compass", "compass"),
        ("feather", "feather quill"),
        ("bone", "bone"),
        ("skull", "skull"),
        ("flag", "flag banner pennant"),
        ("envelope", "envelope letter mail"),
        ("clock", "clock alarm_clock pocket_watch"),
        ("dice", "dice die d20"),
        ("medal", "medal badge"),
        ("lock", "lock padlock"),
        ("goblet", "goblet chalice grail holy_grail wine_glass beer ale mead wine"),

        // Weapons
        ("sword", """
            sword longsword broadsword greatsword shortsword claymore rapier sabre saber cutlass scimitar excalibur
            blade lightsaber+glow
            """),
        ("axe", "axe axes ax battleaxe/battle battle_axe/battle war_axe/battle double_axe/battle labrys/battle hatchet tomahawk"),
        ("bow", "bow longbow shortbow bow_and_arrow"),
        ("staff", "staff staves stave quarterstaff cane walking_stick"),
        ("wand", "wand"),
        ("hammer", "hammer warhammer war_hammer mallet maul sledgehammer"),
        ("spear", "spear lance javelin pike polearm"),
        ("dagger", "dagger knife knives kunai dirk stiletto"),
        ("shield", "shield buckler"),
        ("mace", "mace morningstar morning_star"),
        ("crossbow", "crossbow"),
        ("pistol", "pistol gun handgun revolver"),
        ("rifle", "rifle musket shotgun sniper_rifle assault_rifle machine_gun"),
        ("scythe", "scythe sickle"),
        ("trident", "trident pitchfork"),
        ("katana", "katana"),
        ("whip", "whip"),
        ("boomerang", "boomerang"),
        ("club", "club cudgel baseball_bat"),
        ("flail", "flail"),
        ("halberd", "halberd glaive poleaxe"),
        ("arrow", "arrow crossbow_bolt"),
        ("shuriken", "shuriken throwing_star ninja_star"),
        ("blaster", "blaster laser_gun ray_gun raygun phaser"),
        ("cannon", "cannon"),
        ("slingshot", "slingshot catapult"),

        // Food
        ("apple", "apple ~fruit peach plum"),
        ("bread", "bread loaf loaves baguette bun toast croissant pretzel"),
        ("cheese", "cheese"),
        ("pizza", "pizza"),
        ("cake", "cake birthday_cake gateau cheesecake pancake pancakes"),
        ("drumstick", "drumstick chicken_leg roast_chicken turkey_leg meat ham"),
        ("carrot", "carrot"),
        ("cherry", "cherry"),
        ("banana", "banana"),
        ("egg", "egg"),
        ("burger", "burger hamburger cheeseburger"),
        ("cookie", "cookie biscuit gingerbread gingerbread_man waffle"),
        ("donut", "donut doughnut"),
        ("pie", "pie tart"),
        ("ice_cream", "ice_cream icecream gelato sundae popsicle"),
        ("grapes", "grapes grape blueberry"),
        ("strawberry", "strawberry raspberry berry"),
        ("watermelon", "watermelon melon"),
        ("lemon", "lemon"),
        ("orange", "orange tangerine mandarin clementine"),
        ("pear", "pear"),
        ("steak", "steak beef bacon"),
        ("sushi", "sushi"),
        ("candy", "candy sweets toffee candy_cane gummy"),
        ("cupcake", "cupcake muffin"),
        ("pumpkin", "pumpkin jack_o_lantern/jack_o_lantern"),
        ("corn", "corn maize"),
        ("tomato", "tomato"),
        ("potato", "potato fries french_fries chips"),
        ("sandwich", "sandwich"),
        ("hot_dog", "hot_dog hotdog sausage"),
        ("taco", "taco burrito"),
        ("coffee", "coffee tea cup mug latte espresso"),
        ("milk", "milk"),
        ("honey", "honey"),
        ("chocolate", "chocolate chocolate_bar"),
        ("lollipop", "lollipop"),

        // Effects
        ("fire", "fire flame flames blaze inferno"),
        ("fireball", "fireball fire_ball meteor comet"),
        ("explosion", "explosion boom blast kaboom shockwave"),
        ("lightning", "lightning thunderbolt lightning_bolt bolt thunder zap"),
        ("sparkle", "sparkle glitter twinkle"),
        ("campfire", "campfire bonfire camp_fire fireplace"),
        ("portal", "portal vortex wormhole rift"),
        ("smoke", "smoke fog mist steam"),
        ("splash", "splash water droplet drop raindrop water_drop wave puddle"),
        ("tornado", "tornado whirlwind cyclone twister hurricane"),
        ("cloud", "cloud raincloud storm_cloud"),
        ("bubble", "bubble"),
        ("snowflake", "snowflake snow"),
        ("sun", "sun sunshine sunset sunrise"),
        ("moon", "moon crescent full_moon planet"),
        ("rainbow", "rainbow"),
        ("magic", "magic spell aura enchantment rune"),
    ];
}
