#include "deck_json.hpp"

#include "core/text/unicode.hpp"

#include <stdexcept>

namespace kindling::editor {

using nlohmann::json;

json string_to_json(const std::string& text) {
    if (unicode::is_valid_utf8(text)) return text;
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        hex += digits[byte >> 4];
        hex += digits[byte & 15];
    }
    return json{{"hex", hex}};
}

std::string string_from_json(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    const std::string hex = value.at("hex").get<std::string>();
    if (hex.size() % 2 != 0) throw std::invalid_argument("odd hex string");
    std::string bytes;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    }
    return bytes;
}

namespace {

json strings_to_json(const std::vector<std::string>& items) {
    json list = json::array();
    for (const std::string& item : items) list.push_back(string_to_json(item));
    return list;
}

std::vector<std::string> strings_from_json(const json& list) {
    std::vector<std::string> items;
    for (const json& item : list) items.push_back(string_from_json(item));
    return items;
}

json theme_to_json(const Theme& theme) {
    return {{"id", string_to_json(theme.id)},
            {"title", string_to_json(theme.title)},
            {"description", string_to_json(theme.description)},
            {"colour", string_to_json(theme.colour)},
            {"icon", string_to_json(theme.icon)}};
}

Theme theme_from_json(const json& value) {
    return {string_from_json(value.at("id")), string_from_json(value.at("title")),
            string_from_json(value.at("description")), string_from_json(value.at("colour")),
            string_from_json(value.at("icon"))};
}

json card_to_json(const Card& card) {
    json value{{"id", string_to_json(card.id)},
               {"kind", to_string(card.kind)},
               {"text", string_to_json(card.text)},
               {"theme", string_to_json(card.theme)},
               {"level", card.level},
               {"intensity", to_string(card.intensity)},
               {"answers", to_string(card.answers)},
               {"tags", strings_to_json(card.tags)},
               {"note", string_to_json(card.note)}};
    value["timer"] = card.timer_seconds ? json(*card.timer_seconds) : json(nullptr);
    return value;
}

template <typename T>
T parse_enum(const json& value, std::optional<T> (*parse)(std::string_view), const char* what) {
    const auto parsed = parse(value.get<std::string>());
    if (!parsed) throw std::invalid_argument(std::string("unknown ") + what);
    return *parsed;
}

Card card_from_json(const json& value) {
    Card card;
    card.id = string_from_json(value.at("id"));
    card.kind = parse_enum(value.at("kind"), card_kind_from_string, "kind");
    card.text = string_from_json(value.at("text"));
    card.theme = string_from_json(value.at("theme"));
    card.level = value.at("level").get<int>();
    card.intensity = parse_enum(value.at("intensity"), intensity_from_string, "intensity");
    card.answers = parse_enum(value.at("answers"), answerer_from_string, "answers");
    if (!value.at("timer").is_null()) card.timer_seconds = value.at("timer").get<int>();
    card.tags = strings_from_json(value.at("tags"));
    card.note = string_from_json(value.at("note"));
    return card;
}

}  // namespace

json deck_to_json(const Deck& deck) {
    json themes = json::array();
    for (const Theme& theme : deck.themes) themes.push_back(theme_to_json(theme));
    json cards = json::array();
    for (const Card& card : deck.cards) cards.push_back(card_to_json(card));
    return {{"format_version", deck.format_version},
            {"id", string_to_json(deck.id)},
            {"title", string_to_json(deck.title)},
            {"description", string_to_json(deck.description)},
            {"language", string_to_json(deck.language)},
            {"author", string_to_json(deck.author)},
            {"licence", string_to_json(deck.licence)},
            {"theme", string_to_json(deck.theme)},
            {"purpose", to_string(deck.purpose)},
            {"themes", themes},
            {"cards", cards}};
}

Deck deck_from_json(const json& value) {
    Deck deck;
    deck.format_version = value.at("format_version").get<int>();
    deck.id = string_from_json(value.at("id"));
    deck.title = string_from_json(value.at("title"));
    deck.description = string_from_json(value.at("description"));
    deck.language = string_from_json(value.at("language"));
    deck.author = string_from_json(value.at("author"));
    deck.licence = string_from_json(value.at("licence"));
    deck.theme = string_from_json(value.at("theme"));
    // Recovery files written before decks had a purpose have none: a deck for nights.
    if (value.contains("purpose")) {
        deck.purpose = deck_purpose_from_string(value.at("purpose").get<std::string>()).value_or(DeckPurpose::night);
    }
    for (const json& theme : value.at("themes")) deck.themes.push_back(theme_from_json(theme));
    for (const json& card : value.at("cards")) deck.cards.push_back(card_from_json(card));
    return deck;
}

}  // namespace kindling::editor
