#pragma once
// A lossless JSON form of the deck model for recovery files. Unlike the YAML writer it keeps
// values the format would reject (a level of 7, a blank text, bytes that are not UTF-8), which
// is exactly what unsaved work in progress may contain.

#include "core/deck/deck.hpp"

#include <nlohmann/json.hpp>

namespace kindling::editor {

nlohmann::json deck_to_json(const Deck& deck);
// Throws (a std::exception) on a malformed document.
Deck deck_from_json(const nlohmann::json& json);

// Strings that are not valid UTF-8 cannot be JSON strings; they are kept as {"hex": "..."}.
nlohmann::json string_to_json(const std::string& text);
std::string string_from_json(const nlohmann::json& json);

}  // namespace kindling::editor
