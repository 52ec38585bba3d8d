#pragma once
// Printing diagnostics for people (one line each) or for programs (JSON).

#include "deck_loading.hpp"

#include <iosfwd>
#include <vector>

namespace kindling::deck_tool {

enum class OutputFormat { text, json };

void print_diagnostics_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics);

// {"files": [{"file", "valid", "errors", "warnings", "diagnostics": [{"file", "line",
// "column", "severity", "message", "card", "field"}]}], "errors": N, "warnings": N}. "card" is
// the card's number in its deck counting from 1, as the editor shows it.
void print_diagnostics_json(std::ostream& out, const std::vector<LoadedDeck>& decks);

}  // namespace kindling::deck_tool
