using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Versions.Odoo19;

/// <summary>
/// The result of an Odoo 19 store: records merged by id under their model name, the singleton <c>Store</c> for
/// global values; model names and each record's keys come out sorted, as Odoo's <c>get_result()</c> gives them.
/// </summary>
internal sealed class Odoo19Store
{
    private readonly SortedDictionary<string, List<JsonObject>> _records = new(StringComparer.Ordinal);
    private readonly JsonObject _globals = [];

    public Odoo19Store Global(string key, JsonNode? value)
    {
        _globals[key] = value;
        return this;
    }

    /// <summary>Adds <paramref name="values"/> to the record of <paramref name="model"/> with the same id (creating it).</summary>
    public Odoo19Store Add(string model, JsonObject values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!_records.TryGetValue(model, out var records))
        {
            _records[model] = records = [];
        }

        var id = values["id"]?.ToJsonString();
        var record = records.FirstOrDefault(r => r["id"]?.ToJsonString() == id);
        if (record is null)
        {
            records.Add(record = []);
        }

        foreach (var (key, value) in values.ToList())
        {
            record[key] = value?.DeepClone();
        }

        return this;
    }

    public JsonObject Result()
    {
        var result = new JsonObject();
        var models = _records.Keys.ToList();
        if (_globals.Count > 0)
        {
            models.Add("Store");
            models.Sort(StringComparer.Ordinal);
        }

        foreach (var model in models)
        {
            result[model] = model == "Store" && !_records.ContainsKey(model)
                ? Sorted(_globals)
                : new JsonArray(_records[model].Select(r => (JsonNode)Sorted(r)).ToArray());
        }

        return result;
    }

    private static JsonObject Sorted(JsonObject record)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in record.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sorted[key] = value?.DeepClone();
        }

        return sorted;
    }
}
