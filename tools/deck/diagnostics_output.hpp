#pragma once
// Printing diagnostics for people (one line each) or for programs (JSON).

#include "deck_loading.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {
class UiStrings;
}

namespace kindling::deck_tool {

enum class OutputFormat { text, json };

// The language messages are printed in (--lang, else the locale); English until it is set.
void use_message_language(std::string_view language);
// The words of that language, for the lines a command prints around the diagnostics.
const UiStrings& message_strings();
// The language for messages from the environment: LC_ALL, then LC_MESSAGES, then LANG, as the
// C library reads them ("de_DE.UTF-8" is "de"); English when none names a language.
std::string language_from_environment();

void print_diagnostics_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics);

// {"files": [{"file", "valid", "errors", "warnings", "diagnostics": [{"file", "line",
// "column", "severity", "message", "card", "field"}]}], "errors": N, "warnings": N}. "card" is
// the card's number in its deck counting from 1, as the editor shows it.
void print_diagnostics_json(std::ostream& out, const std::vector<LoadedDeck>& decks);

}  // namespace kindling::deck_tool
