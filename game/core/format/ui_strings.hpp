#pragma once
// The words the game shows, one YAML file per language: data/strings/en.yaml, de.yaml, ...
// (also compiled into the programs). Keys are dotted paths ("title.start"); texts may hold
// {name} placeholders. A key missing from a language falls back to English, and a key missing
// from English shows as the key itself, so a gap is visible but never a crash.
//
// File shape (the format is described at the top of data/strings/en.yaml):
//   kindling_strings: 1
//   language: de
//   name: Deutsch            # the language's own name, for the settings screen
//   strings:
//     title:
//       start: Einen Abend beginnen

#include "core/format/diagnostics.hpp"

#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kindling {

inline constexpr int strings_format_version = 1;
inline constexpr std::size_t max_string_file_bytes = 1024u * 1024u;
inline constexpr std::size_t max_ui_text_chars = 2000;

struct StringFile {
    std::string language;  // BCP 47 tag, e.g. "de"
    std::string name;      // the language's own name, e.g. "Deutsch"
    std::map<std::string, std::string, std::less<>> texts;             // "title.start" -> text
    std::map<std::string, SourcePosition, std::less<>> positions;      // where each text is
};

struct StringFileReadResult {
    std::optional<StringFile> file;  // absent when the file cannot be used at all
    std::vector<Diagnostic> diagnostics;
};

// Reads a string file. Errors (not YAML, wrong shape, a text that is not text) are located;
// a file with errors in single texts is still returned without those texts.
StringFileReadResult read_string_file(std::string_view bytes, const std::string& file_name);

// The placeholder names in a text, in order: "{name} and {other}" -> {"name", "other"}.
// A placeholder is `{` + lowercase letters, digits or `_` + `}`; other braces are plain text.
std::vector<std::string> placeholders_in(std::string_view text);

// Keys of `reference` that `translation` lacks, sorted.
std::vector<std::string> missing_keys(const StringFile& reference, const StringFile& translation);
// Keys whose texts use different placeholders in the translation than in the reference.
std::vector<std::string> placeholder_mismatches(const StringFile& reference, const StringFile& translation);

using Placeholder = std::pair<std::string_view, std::string_view>;

class UiStrings {
public:
    UiStrings();  // English only, from the built-in file
    UiStrings(StringFile english, std::optional<StringFile> chosen);

    // The text for a key: the chosen language's, else English, else the key itself.
    [[nodiscard]] std::string_view text(std::string_view key) const;
    // The text with each {placeholder} replaced; unknown placeholders stay as written.
    [[nodiscard]] std::string format(std::string_view key, std::initializer_list<Placeholder> values) const;
    // Picks "KEY.one" for 1 and "KEY.other" otherwise, and fills {count} (and `values`).
    [[nodiscard]] std::string count(std::string_view key, long long n,
                                    std::initializer_list<Placeholder> values = {}) const;
    [[nodiscard]] bool has(std::string_view key) const;

    // The language the texts are in (the chosen one, or "en" when it was not available).
    [[nodiscard]] const std::string& language() const noexcept { return language_; }

private:
    StringFile english_;
    std::optional<StringFile> chosen_;
    std::string language_ = "en";
};

// Fills {placeholders} of any text.
std::string fill_placeholders(std::string_view text, std::initializer_list<Placeholder> values);
std::string fill_placeholders(std::string_view text, std::span<const Placeholder> values);

// The language a POSIX locale name asks for: "de_DE.UTF-8" is "de", "pt_BR" is "pt-BR";
// "C", "POSIX" and names that are no language tag are "en".
std::string language_from_locale(std::string_view locale);

struct LanguageInfo {
    std::string code;
    std::string name;
};
// The languages Kindling has words for (its built-in string files), English first.
std::vector<LanguageInfo> available_languages();

struct UiStringsLoad {
    UiStrings strings;
    std::vector<Diagnostic> diagnostics;  // problems in the files, for the log
};
// The built-in words for a language (data/strings/LANG.yaml, else the embedded copy). An
// unknown language gives English with a warning; a regional tag ("de-AT") uses its base ("de").
UiStringsLoad load_ui_strings(std::string_view language);

}  // namespace kindling
