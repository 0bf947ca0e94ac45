using System.Globalization;
using System.Text.RegularExpressions;

namespace SpriteDX.StripeEmulator.Api;

/// <summary>
/// Stripe's form encoding (<c>line_items[0][price_data][unit_amount]=1999</c>, <c>metadata[k]=v</c>,
/// <c>expand[]=x</c> or <c>expand[0]=x</c>) parsed into a tree, read with Stripe's validation errors.
/// Every parameter must be read or explicitly ignored; what is left is an unknown parameter.
/// </summary>
internal sealed partial class StripeParams
{
    private readonly ParamMap _root;

    private StripeParams(ParamMap root, string fingerprint)
    {
        _root = root;
        Fingerprint = fingerprint;
    }

    /// <summary>The parameters in a canonical order, to compare two requests under one idempotency key.</summary>
    public string Fingerprint { get; }

    public static StripeParams Empty { get; } = Parse([]);

    public ParamReader Reader() => new(_root);

    public static StripeParams Parse(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var root = new ParamMap("");
        var canonical = new List<string>();
        foreach (var (key, value) in pairs)
        {
            var segments = SplitKey(key);
            canonical.Add(key + "=" + value);
            ParamMap map = root;
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                if (segment.Length == 0)
                {
                    // "expand[]" appends: number it after the entries already there.
                    segment = map.Children.Count.ToString(CultureInfo.InvariantCulture);
                    map.AutoIndexed = true;
                }
                var path = map.Path.Length == 0 ? segment : $"{map.Path}[{segment}]";
                var last = i == segments.Count - 1;
                map.Children.TryGetValue(segment, out var existing);
                if (last)
                {
                    if (existing is not null)
                    {
                        // Repeated scalar keys: Stripe keeps the last value; a scalar over a hash is malformed.
                        if (existing is ParamMap) throw StripeApiException.InvalidRequest("Invalid hash", path, "parameter_invalid_string");
                    }
                    map.Children[segment] = new ParamValue(path, value);
                }
                else
                {
                    if (existing is ParamValue) throw StripeApiException.InvalidRequest("Invalid hash", path, "parameter_invalid_string");
                    if (existing is not ParamMap next)
                    {
                        next = new ParamMap(path);
                        map.Children[segment] = next;
                    }
                    map = next;
                }
            }
        }
        canonical.Sort(StringComparer.Ordinal);
        return new StripeParams(root, string.Join("\n", canonical));
    }

    private static List<string> SplitKey(string key)
    {
        var match = KeyPattern().Match(key);
        if (!match.Success)
            throw StripeApiException.InvalidRequest($"Invalid parameter name: '{key}'", key, "parameter_unknown");
        var segments = new List<string> { match.Groups["name"].Value };
        foreach (Capture capture in match.Groups["seg"].Captures) segments.Add(capture.Value);
        return segments;
    }

    [GeneratedRegex(@"^(?<name>[^\[\]]+)(\[(?<seg>[^\[\]]*)\])*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[a-z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    internal static partial Regex EmailPattern();

    internal abstract class ParamNode(string path)
    {
        public string Path { get; } = path;
        public bool Consumed { get; set; }
    }

    internal sealed class ParamValue(string path, string value) : ParamNode(path)
    {
        public string Value { get; } = value;
    }

    internal sealed class ParamMap(string path) : ParamNode(path)
    {
        public Dictionary<string, ParamNode> Children { get; } = new(StringComparer.Ordinal);
        public bool AutoIndexed { get; set; }
        public bool Opened { get; set; }
    }

    /// <summary>Reads one level of the tree; the errors name the full parameter path, as Stripe's do.</summary>
    internal sealed class ParamReader
    {
        private readonly ParamMap _map;

        internal ParamReader(ParamMap map)
        {
            _map = map;
            map.Opened = true;
        }

        public string PathOf(string name) => _map.Path.Length == 0 ? name : $"{_map.Path}[{name}]";

        public bool Has(string name) => _map.Children.ContainsKey(name);

        public string? String(string name, bool required = false, int? maxLength = null, bool allowEmpty = false)
        {
            if (!_map.Children.TryGetValue(name, out var node))
            {
                if (required) throw StripeApiException.Missing(PathOf(name));
                return null;
            }
            node.Consumed = true;
            if (node is not ParamValue value)
                throw StripeApiException.InvalidRequest($"Invalid string: {PathOf(name)} must be a string, not a hash", node.Path, "parameter_invalid_string");
            if (value.Value.Length == 0 && !allowEmpty)
            {
                throw StripeApiException.InvalidRequest(
                    $"You passed an empty string for '{node.Path}'. We assume empty values are an attempt to unset a parameter; " +
                    $"however '{node.Path}' cannot be unset. You should remove '{node.Path}' from your request or supply a non-empty value.",
                    node.Path, "parameter_invalid_empty");
            }
            if (maxLength is { } max && value.Value.Length > max)
                throw StripeApiException.InvalidRequest($"Invalid string: {Shorten(value.Value)}; must be at most {max} characters", node.Path, "string_length_exceeds_maximum");
            return value.Value;
        }

        public long? Integer(string name, bool required = false, long min = long.MinValue, long max = long.MaxValue)
        {
            var text = String(name, required);
            if (text is null) return null;
            var path = PathOf(name);
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                throw StripeApiException.InvalidRequest($"Invalid integer: {Shorten(text)}", path, "parameter_invalid_integer");
            if (number < min)
                throw StripeApiException.InvalidRequest($"This value must be greater than or equal to {min}.", path, "parameter_invalid_integer");
            if (number > max)
                throw StripeApiException.InvalidRequest($"This value must be less than or equal to {max}.", path, "parameter_invalid_integer");
            return number;
        }

        public string? Email(string name)
        {
            var text = String(name, maxLength: 800);
            if (text is not null && !EmailPattern().IsMatch(text))
                throw StripeApiException.InvalidRequest($"Invalid email address: {text}", PathOf(name), "email_invalid");
            return text;
        }

        /// <summary>A required three-letter currency code, lowercased as Stripe stores it.</summary>
        public string Currency(string name)
        {
            var currency = String(name, required: true)!.ToLowerInvariant();
            if (!CurrencyPattern().IsMatch(currency))
                throw StripeApiException.InvalidRequest($"Invalid currency: {currency}.", PathOf(name), "parameter_invalid_string");
            return currency;
        }

        public bool? Boolean(string name)
        {
            var text = String(name);
            return text switch
            {
                null => null,
                "true" => true,
                "false" => false,
                _ => throw StripeApiException.InvalidRequest($"Invalid boolean: {Shorten(text)}", PathOf(name), "parameter_invalid_boolean"),
            };
        }

        public string? Enum(string name, IReadOnlyCollection<string> allowed, bool required = false)
        {
            var text = String(name, required);
            if (text is null || allowed.Contains(text)) return text;
            var choices = allowed.Count switch
            {
                1 => allowed.First(),
                2 => $"{allowed.First()} or {allowed.Last()}",
                _ => $"{string.Join(", ", allowed.Take(allowed.Count - 1))}, or {allowed.Last()}",
            };
            throw StripeApiException.InvalidRequest($"Invalid {name}: must be one of {choices}", PathOf(name));
        }

        public ParamReader? Map(string name, bool required = false)
        {
            if (!_map.Children.TryGetValue(name, out var node))
            {
                if (required) throw StripeApiException.Missing(PathOf(name));
                return null;
            }
            if (node is not ParamMap child || child.AutoIndexed)
                throw StripeApiException.InvalidRequest("Invalid object", PathOf(name), "parameter_invalid_object");
            return new ParamReader(child);
        }

        public IReadOnlyList<ParamReader> ListOfMaps(string name, bool required = false) =>
            ListNodes(name, required).Select(node => node is ParamMap child
                ? new ParamReader(child)
                : throw StripeApiException.InvalidRequest("Invalid object", node.Path, "parameter_invalid_object")).ToList();

        public IReadOnlyList<string> ListOfStrings(string name)
        {
            var nodes = ListNodes(name, required: false);
            foreach (var node in nodes) node.Consumed = true;
            return nodes.Select(node => node is ParamValue value
                ? value.Value
                : throw StripeApiException.InvalidRequest("Invalid string", node.Path, "parameter_invalid_string")).ToList();
        }

        /// <summary>Stripe's metadata rules: at most 50 keys, keys up to 40 and values up to 500 characters;
        /// an empty value unsets the key.</summary>
        public IReadOnlyDictionary<string, string>? Metadata(string name)
        {
            if (!_map.Children.TryGetValue(name, out var node)) return null;
            node.Consumed = true;
            if (node is ParamValue empty && empty.Value.Length == 0) return new Dictionary<string, string>();
            if (node is not ParamMap metadata || metadata.AutoIndexed)
                throw StripeApiException.InvalidRequest("Invalid object", node.Path, "parameter_invalid_object");
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, child) in metadata.Children)
            {
                if (child is not ParamValue value)
                    throw StripeApiException.InvalidRequest("Metadata values must be strings.", child.Path, "parameter_invalid_string");
                if (key.Length > 40)
                    throw StripeApiException.InvalidRequest($"Metadata keys can have up to 40 characters; '{Shorten(key)}' has {key.Length}.", child.Path, "parameter_invalid_string");
                if (value.Value.Length > 500)
                    throw StripeApiException.InvalidRequest($"Metadata values can have up to 500 characters, but you passed in a value that is {value.Value.Length} characters.", child.Path, "parameter_invalid_string");
                if (value.Value.Length > 0) result[key] = value.Value;
            }
            if (result.Count > 50)
                throw StripeApiException.InvalidRequest("You can specify up to 50 keys in metadata.", node.Path, "parameter_invalid_object");
            return result;
        }

        /// <summary>Refuses parameters Stripe knows but the emulator cannot honour, rather than silently ignoring them.</summary>
        public void RefuseUnsupported(params string[] names)
        {
            foreach (var name in names.Where(Has))
                throw StripeApiException.InvalidRequest($"The Stripe emulator does not support the parameter {PathOf(name)}.", PathOf(name));
        }

        /// <summary>Marks parameters Stripe knows and the emulator accepts without acting on them.</summary>
        public void Ignore(params string[] names)
        {
            foreach (var name in names)
                if (_map.Children.TryGetValue(name, out var node)) node.Consumed = true;
        }

        /// <summary>Throws Stripe's "Received unknown parameter" for the first parameter nobody read.</summary>
        public void RejectUnknown() => Check(_map);

        private static void Check(ParamNode node)
        {
            if (node.Consumed) return;
            if (node is ParamMap { Opened: true } opened)
            {
                foreach (var child in opened.Children.Values) Check(child);
                return;
            }
            throw StripeApiException.Unknown(node.Path);
        }

        private List<ParamNode> ListNodes(string name, bool required)
        {
            if (!_map.Children.TryGetValue(name, out var node))
            {
                if (required) throw StripeApiException.Missing(PathOf(name));
                return [];
            }
            if (node is not ParamMap list)
                throw StripeApiException.InvalidRequest("Invalid array", PathOf(name), "parameter_invalid_array");
            list.Opened = true;
            var items = new List<(int Index, ParamNode Node)>();
            foreach (var (key, child) in list.Children)
            {
                if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index > 10_000)
                    throw StripeApiException.InvalidRequest("Invalid array", list.Path, "parameter_invalid_array");
                items.Add((index, child));
            }
            return items.OrderBy(i => i.Index).Select(i => i.Node).ToList();
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }
}
