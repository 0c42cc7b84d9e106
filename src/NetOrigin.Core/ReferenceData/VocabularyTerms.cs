using NetOrigin.Inventory;

namespace NetOrigin.ReferenceData;

/// <summary>
/// Reads vocabulary terms (<see cref="AssetVocabulary"/>) from data files: a category, use, kind, role or service
/// type that is not in the vocabulary is an error naming the file and line, never a rule that silently matches
/// nothing.
/// </summary>
internal static class VocabularyTerms
{
    public static string Category(this YamlNodeReader node, string value) =>
        AssetVocabulary.TryParseCategory(value, out var category, out var reason) ? category : throw node.Error(reason!);

    public static string Use(this YamlNodeReader node, string value) =>
        AssetVocabulary.TryParseUse(value, out var use, out var reason) ? use : throw node.Error(reason!);

    public static AssetKind Kind(this YamlNodeReader node, string value) =>
        AssetVocabulary.TryParseKind(value, out var kind, out var reason) && kind != AssetKind.Unspecified ? kind : throw node.Error(reason ?? $"kind '{value}' is empty");

    public static AssetRole Role(this YamlNodeReader node, string value) =>
        AssetVocabulary.TryParseRole(value, out var role, out var reason) && role != AssetRole.Unspecified ? role : throw node.Error(reason ?? $"role '{value}' is empty");

    public static ServiceType ServiceType(this YamlNodeReader node, string value) =>
        AssetVocabulary.TryParseServiceType(value, out var type, out var reason) && type != Inventory.ServiceType.Unspecified ? type : throw node.Error(reason ?? $"service type '{value}' is empty");
}
