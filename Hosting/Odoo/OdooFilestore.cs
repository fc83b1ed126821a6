namespace OdooAspire.Hosting.Odoo;

/// <summary>Odoo keeps attachments in data_dir/filestore/&lt;database&gt;; a database copy needs its folder copied too.</summary>
internal static class OdooFilestore
{
    public static string For(string dataDirectory, string database) => Path.Combine(dataDirectory, "filestore", database);

    /// <summary>Copies <paramref name="source"/> (when it exists) into a new <paramref name="target"/>, replacing any leftover.</summary>
    public static void Copy(string source, string target)
    {
        Delete(target);
        if (!Directory.Exists(source))
        {
            return;
        }

        Directory.CreateDirectory(target);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }
    }

    /// <summary>Moves <paramref name="source"/> (when it exists) to <paramref name="target"/>, replacing any leftover.</summary>
    public static void Move(string source, string target)
    {
        Delete(target);
        if (Directory.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Directory.Move(source, target);
        }
    }

    public static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
