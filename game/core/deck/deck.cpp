#include "core/deck/deck.hpp"

#include <algorithm>

namespace kindling {

namespace {

template <typename Enum, std::size_t N>
struct NameTable {
    std::array<std::pair<Enum, std::string_view>, N> entries;

    [[nodiscard]] std::string_view name(Enum value) const {
        for (const auto& [candidate, text] : entries) {
            if (candidate == value) return text;
        }
        return "?";
    }
    [[nodiscard]] std::optional<Enum> parse(std::string_view text) const {
        for (const auto& [candidate, name] : entries) {
            if (name == text) return candidate;
        }
        return std::nullopt;
    }
};

constexpr NameTable<CardKind, 10> kind_names{{{
    {CardKind::question, "question"},
    {CardKind::compliment, "compliment"},
    {CardKind::gratitude, "gratitude"},
    {CardKind::feeling, "feeling"},
    {CardKind::gesture, "gesture"},
    {CardKind::activity, "activity"},
    {CardKind::dare, "dare"},
    {CardKind::vote, "vote"},
    {CardKind::guess, "guess"},
    {CardKind::write, "write"},
}}};

constexpr NameTable<Answerer, 5> answerer_names{{{
    {Answerer::reader, "reader"},
    {Answerer::partner, "partner"},
    {Answerer::both, "both"},
    {Answerer::everyone, "everyone"},
    {Answerer::left, "left"},
}}};

constexpr NameTable<Intensity, 3> intensity_names{{{
    {Intensity::company, "company"},
    {Intensity::personal, "personal"},
    {Intensity::private_, "private"},
}}};

constexpr NameTable<DeckPurpose, 2> purpose_names{{{
    {DeckPurpose::night, "night"},
    {DeckPurpose::follow_up, "follow-up"},
}}};

}  // namespace

std::string_view to_string(CardKind kind) { return kind_names.name(kind); }
std::string_view to_string(Answerer answerer) { return answerer_names.name(answerer); }
std::string_view to_string(Intensity intensity) { return intensity_names.name(intensity); }
std::optional<CardKind> card_kind_from_string(std::string_view text) { return kind_names.parse(text); }
std::optional<Answerer> answerer_from_string(std::string_view text) { return answerer_names.parse(text); }
std::optional<Intensity> intensity_from_string(std::string_view text) { return intensity_names.parse(text); }
std::string_view to_string(DeckPurpose purpose) { return purpose_names.name(purpose); }
std::optional<DeckPurpose> deck_purpose_from_string(std::string_view text) { return purpose_names.parse(text); }

Answerer default_answerer(CardKind kind) {
    switch (kind) {
        case CardKind::question:
        case CardKind::guess: return Answerer::partner;
        case CardKind::compliment:
        case CardKind::gratitude:
        case CardKind::feeling:
        case CardKind::dare: return Answerer::reader;
        case CardKind::gesture:
        case CardKind::activity: return Answerer::both;
        case CardKind::vote:
        case CardKind::write: return Answerer::everyone;
    }
    return Answerer::partner;
}

std::string_view describe(Intensity intensity) {
    switch (intensity) {
        case Intensity::company: return "Fine with friends around";
        case Intensity::personal: return "Better among people you trust";
        case Intensity::private_: return "For the two of us";
    }
    return "";
}

const std::vector<Theme>& builtin_themes() {
    static const std::vector<Theme> themes{
        {"inner-world", "Inner world",
         "Curiosity about each other's dreams, fears, joys and how you have changed.", "#7b6cd9",
         "lantern"},
        {"quality-time", "Quality time",
         "Doing things together: rituals, plans, dates to agree on now.", "#3f9d8f", "calendar"},
        {"gratitude", "Gratitude and affirmation", "Specific, warm thank-yous and compliments.",
         "#e0a030", "sun"},
        {"kind-words", "Kind words", "Talking about small everyday problems openly and without blame.",
         "#4f8fd6", "speech"},
        {"closeness", "Closeness", "Small, non-sexual physical gestures with calm timers.",
         "#d9607a", "hands"},
        {"play", "Play", "Silly dares, funny voices, tiny games and laughter.", "#7cb342",
         "sparkle"},
    };
    return themes;
}

const Theme* find_builtin_theme(std::string_view id) {
    const auto& themes = builtin_themes();
    const auto it = std::find_if(themes.begin(), themes.end(),
                                 [&](const Theme& theme) { return theme.id == id; });
    return it == themes.end() ? nullptr : &*it;
}

const Theme* find_theme(const Deck& deck, std::string_view id) {
    const auto it = std::find_if(deck.themes.begin(), deck.themes.end(),
                                 [&](const Theme& theme) { return theme.id == id; });
    return it != deck.themes.end() ? &*it : find_builtin_theme(id);
}

}  // namespace kindling
