#include "diagnostics_output.hpp"

#include <nlohmann/json.hpp>

#include "core/format/ui_strings.hpp"

#include <cstdlib>
#include <optional>
#include <ostream>

namespace kindling::deck_tool {

namespace {

// The words of the one language this run prints in; a command line tool's run is one language.
// Empty until the language is chosen or the words are first needed, so that the string tables
// are read once per run (reading them is a quarter of checking a 500-card deck).
std::optional<UiStrings>& chosen_words() {
    static std::optional<UiStrings> strings;
    return strings;
}

const UiStrings& message_words() {
    std::optional<UiStrings>& strings = chosen_words();
    if (!strings) strings.emplace();
    return *strings;
}

}  // namespace

const UiStrings& message_strings() { return message_words(); }

void use_message_language(std::string_view language) { chosen_words() = load_ui_strings(language).strings; }

std::string language_from_environment() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') continue;
        return language_from_locale(value);
    }
    return "en";
}

void print_diagnostics_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics) out << format_diagnostic(diagnostic, message_words()) << '\n';
}

void print_diagnostics_json(std::ostream& out, const std::vector<LoadedDeck>& decks) {
    nlohmann::json files = nlohmann::json::array();
    std::size_t errors = 0;
    std::size_t warnings = 0;
    for (const LoadedDeck& deck : decks) {
        nlohmann::json list = nlohmann::json::array();
        for (const Diagnostic& d : deck.result.diagnostics) {
            nlohmann::json item{{"file", d.file},
                                {"line", d.position.line},
                                {"column", d.position.column},
                                {"severity", severity_name(d.severity)},
                                {"message", diagnostic_words(d, message_words())}};
            if (!d.code.empty()) item["code"] = d.code;
            // Numbered from 1 like everywhere people see cards (the editor's "Card 2").
            if (d.card_index >= 0) item["card"] = d.card_index + 1;
            if (!d.field.empty()) item["field"] = d.field;
            list.push_back(std::move(item));
        }
        errors += deck.result.error_count();
        warnings += deck.result.warning_count();
        files.push_back({{"file", deck.path.string()},
                         {"valid", deck.result.ok()},
                         {"errors", deck.result.error_count()},
                         {"warnings", deck.result.warning_count()},
                         {"diagnostics", std::move(list)}});
    }
    const nlohmann::json document{{"files", std::move(files)}, {"errors", errors}, {"warnings", warnings}};
    // Invalid UTF-8 from a broken file is replaced rather than making the dump throw.
    out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace kindling::deck_tool
