using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace OdooAspire.Hosting;

/// <summary>Binds an options class from configuration and validates it at once, with the keys in the error.</summary>
internal static class OptionsBinder
{
    /// <summary>Binds <paramref name="section"/> (or the root when null) and validates its data annotations.</summary>
    public static T Bind<T>(IConfiguration configuration, string? section) where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var source = section is null ? configuration : configuration.GetSection(section);
        var options = new T();
        try
        {
            source.Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"Configuration section '{section ?? "(root)"}' is invalid: {ex.Message}", ex);
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var prefix = section is null ? string.Empty : section + ":";
            var errors = results.Select(r => $"{prefix}{string.Join(",", r.MemberNames)}: {r.ErrorMessage}");
            throw new InvalidOperationException("Invalid configuration: " + string.Join("; ", errors));
        }

        return options;
    }
}
