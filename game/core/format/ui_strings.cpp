#include "core/format/ui_strings.hpp"

#include "core/format/data_paths.hpp"
#include "core/format/yaml_fields.hpp"
#include "core/format/yaml_reader.hpp"

#include <algorithm>
#include <array>

namespace kindling {

namespace {

constexpr std::array<std::string_view, 4> top_level_keys{"kindling_strings", "language", "name", "strings"};
constexpr int max_key_depth = 6;

bool is_key_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool is_placeholder_character(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

class StringTreeReader {
public:
    StringTreeReader(StringFile& file, DiagnosticList& diagnostics) : file_(file), diagnostics_(diagnostics) {}

    void read(const yaml::Node& mapping, const std::string& prefix, int depth) {
        if (depth > max_key_depth) {
            diagnostics_.error(mapping.position,
                               Message{"problems.strings.too_deep", {{"max", std::to_string(max_key_depth)}}});
            return;
        }
        for (std::size_t i = 0; i < mapping.mapping_size(); ++i) {
            const yaml::Node& key = mapping.key_at(i);
            const yaml::Node& value = mapping.value_at(i);
            if (key.value.empty() || !std::all_of(key.value.begin(), key.value.end(), is_key_character)) {
                diagnostics_.error(key.position, Message{"problems.strings.bad_key", {{"key", key.value}}});
                continue;
            }
            const std::string full = prefix.empty() ? key.value : prefix + "." + key.value;
            if (value.is_mapping()) {
                read(value, full, depth + 1);
                continue;
            }
            if (auto text = yaml::read_text(value, full, diagnostics_, max_ui_text_chars, true)) {
                file_.texts.emplace(full, std::move(*text));
                file_.positions.emplace(full, value.position);
            }
        }
    }

private:
    StringFile& file_;
    DiagnosticList& diagnostics_;
};

std::string base_language(std::string_view tag) {
    const std::size_t dash = tag.find('-');
    return std::string(dash == std::string_view::npos ? tag : tag.substr(0, dash));
}

StringFile read_builtin_or_empty(std::string_view language, std::vector<Diagnostic>& diagnostics) {
    const auto source = builtin_data_file("strings", std::string(language) + ".yaml");
    if (!source) return {};
    StringFileReadResult result = read_string_file(source->bytes, source->name);
    diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    return result.file ? std::move(*result.file) : StringFile{};
}

}  // namespace

StringFileReadResult read_string_file(std::string_view bytes, const std::string& file_name) {
    StringFileReadResult result;
    DiagnosticList diagnostics(file_name);
    yaml::ReadLimits limits;
    limits.max_bytes = max_string_file_bytes;
    limits.max_depth = max_key_depth + 2;
    const auto document = yaml::read_document(bytes, diagnostics, limits);
    if (!document.root || !document.complete) {
        if (!diagnostics.has_errors()) diagnostics.error({}, Message{"problems.strings.empty", {}});
        result.diagnostics = std::move(diagnostics).take();
        return result;
    }
    const yaml::Node& root = *document.root;
    if (!root.is_mapping()) {
        diagnostics.error(root.position, Message{"problems.strings.not_mapping", {yaml::described(root)}});
        result.diagnostics = std::move(diagnostics).take();
        return result;
    }
    yaml::check_keys(root, top_level_keys, "string_file", diagnostics);

    StringFile file;
    const yaml::Node* version = root.find("kindling_strings");
    if (version == nullptr) {
        yaml::report_missing(root, "kindling_strings", "format_version_1", diagnostics);
    } else {
        yaml::read_integer(*version, "kindling_strings", 1, strings_format_version, "", diagnostics);
    }
    if (const yaml::Node* language = root.find("language")) {
        if (auto tag = yaml::read_text(*language, "language", diagnostics, 35)) {
            if (yaml::is_language_tag(*tag)) file.language = *tag;
            else diagnostics.error(language->position, Message{"problems.strings.not_language", {yaml::described(*language)}});
        }
    } else {
        yaml::report_missing(root, "language", "strings_language", diagnostics);
    }
    if (const yaml::Node* name = root.find("name")) {
        if (auto text = yaml::read_text(*name, "name", diagnostics, 60)) file.name = *text;
    } else {
        yaml::report_missing(root, "name", "strings_name", diagnostics);
    }
    const yaml::Node* strings = root.find("strings");
    if (strings == nullptr) {
        yaml::report_missing(root, "strings", "strings_texts", diagnostics);
    } else if (!strings->is_mapping()) {
        diagnostics.error(strings->position, Message{"problems.strings.texts_not_mapping", {yaml::described(*strings)}});
    } else {
        StringTreeReader(file, diagnostics).read(*strings, "", 1);
    }
    const bool usable = !file.language.empty() && strings != nullptr && strings->is_mapping();
    if (usable) result.file = std::move(file);
    result.diagnostics = std::move(diagnostics).take();
    return result;
}

std::vector<std::string> placeholders_in(std::string_view text) {
    std::vector<std::string> names;
    std::size_t at = 0;
    while ((at = text.find('{', at)) != std::string_view::npos) {
        std::size_t end = at + 1;
        while (end < text.size() && is_placeholder_character(text[end])) ++end;
        if (end < text.size() && text[end] == '}' && end > at + 1) {
            names.emplace_back(text.substr(at + 1, end - at - 1));
            at = end + 1;
        } else {
            at += 1;
        }
    }
    return names;
}

std::vector<std::string> missing_keys(const StringFile& reference, const StringFile& translation) {
    std::vector<std::string> missing;
    for (const auto& [key, text] : reference.texts) {
        if (!translation.texts.contains(key)) missing.push_back(key);
    }
    return missing;
}

std::vector<std::string> placeholder_mismatches(const StringFile& reference, const StringFile& translation) {
    std::vector<std::string> mismatched;
    for (const auto& [key, text] : reference.texts) {
        const auto other = translation.texts.find(key);
        if (other == translation.texts.end()) continue;
        std::vector<std::string> expected = placeholders_in(text);
        std::vector<std::string> actual = placeholders_in(other->second);
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
        actual.erase(std::unique(actual.begin(), actual.end()), actual.end());
        if (expected != actual) mismatched.push_back(key);
    }
    return mismatched;
}

std::string fill_placeholders(std::string_view text, std::initializer_list<Placeholder> values) {
    return fill_placeholders(text, std::span<const Placeholder>(values.begin(), values.size()));
}

std::string fill_placeholders(std::string_view text, std::span<const Placeholder> values) {
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('{', at);
        if (open == std::string_view::npos) break;
        std::size_t end = open + 1;
        while (end < text.size() && is_placeholder_character(text[end])) ++end;
        out.append(text.substr(at, open - at));
        if (end < text.size() && text[end] == '}') {
            const std::string_view name = text.substr(open + 1, end - open - 1);
            const auto value = std::find_if(values.begin(), values.end(),
                                            [&](const Placeholder& entry) { return entry.first == name; });
            if (value != values.end()) {
                out.append(value->second);
                at = end + 1;
                continue;
            }
        }
        out.push_back('{');
        at = open + 1;
    }
    out.append(text.substr(std::min(at, text.size())));
    return out;
}

UiStrings::UiStrings() : UiStrings(load_ui_strings("en").strings) {}

UiStrings::UiStrings(StringFile english, std::optional<StringFile> chosen)
    : english_(std::move(english)), chosen_(std::move(chosen)) {
    if (chosen_ && !chosen_->language.empty()) language_ = chosen_->language;
    else if (!english_.language.empty()) language_ = english_.language;
}

std::string_view UiStrings::text(std::string_view key) const {
    if (chosen_) {
        if (const auto found = chosen_->texts.find(key); found != chosen_->texts.end()) return found->second;
    }
    if (const auto found = english_.texts.find(key); found != english_.texts.end()) return found->second;
    return key;
}

bool UiStrings::has(std::string_view key) const {
    return english_.texts.contains(key) || (chosen_ && chosen_->texts.contains(key));
}

std::string UiStrings::format(std::string_view key, std::initializer_list<Placeholder> values) const {
    return fill_placeholders(text(key), values);
}

std::string UiStrings::count(std::string_view key, long long n, std::initializer_list<Placeholder> values) const {
    const std::string full = std::string(key) + (n == 1 ? ".one" : ".other");
    const std::string number = std::to_string(n);
    std::string filled = fill_placeholders(text(full), values);
    return fill_placeholders(filled, {{"count", number}});
}

std::string language_from_locale(std::string_view locale) {
    locale = locale.substr(0, std::min(locale.find('.'), locale.find('@')));
    std::string tag(locale);
    std::replace(tag.begin(), tag.end(), '_', '-');
    if (tag.empty() || tag == "C" || tag == "POSIX" || !yaml::is_language_tag(tag)) return "en";
    return tag;
}

std::vector<LanguageInfo> available_languages() {
    std::vector<LanguageInfo> languages;
    for (const DeckSource& source : builtin_data_files("strings")) {
        StringFileReadResult result = read_string_file(source.bytes, source.name);
        if (!result.file) continue;
        const bool known = std::any_of(languages.begin(), languages.end(),
                                       [&](const LanguageInfo& info) { return info.code == result.file->language; });
        if (!known) languages.push_back({result.file->language, result.file->name});
    }
    std::stable_sort(languages.begin(), languages.end(), [](const LanguageInfo& a, const LanguageInfo& b) {
        if ((a.code == "en") != (b.code == "en")) return a.code == "en";
        return a.code < b.code;
    });
    return languages;
}

UiStringsLoad load_ui_strings(std::string_view language) {
    std::vector<Diagnostic> diagnostics;
    StringFile english = read_builtin_or_empty("en", diagnostics);
    if (english.language.empty()) english.language = "en";
    const std::string wanted = language.empty() ? std::string("en") : std::string(language);
    if (wanted == "en") return {UiStrings(std::move(english), std::nullopt), std::move(diagnostics)};

    StringFile chosen = read_builtin_or_empty(wanted, diagnostics);
    if (chosen.language.empty() && base_language(wanted) != wanted) {
        chosen = read_builtin_or_empty(base_language(wanted), diagnostics);
    }
    if (chosen.language.empty()) {
        diagnostics.push_back(coded_diagnostic("strings", {}, Severity::warning,
                                               Message{"problems.strings.unknown_language", {{"language", wanted}}}));
        return {UiStrings(std::move(english), std::nullopt), std::move(diagnostics)};
    }
    return {UiStrings(std::move(english), std::move(chosen)), std::move(diagnostics)};
}

}  // namespace kindling
