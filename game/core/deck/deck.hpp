#pragma once
// The deck model: what a deck file means once it has been read and validated.
// Field-by-field documentation of the file format is in data/decks/README.md.

#include "core/deck/play_mode.hpp"
#include "core/format/data_paths.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

inline constexpr int deck_format_version = 1;

// What a card asks the players to do. The set is closed; each kind is presented differently
// by the game (see data/decks/README.md, "Kinds").
enum class CardKind : std::uint8_t {
    question,    // an open question, read aloud by the reader
    compliment,  // say something appreciative about the other person
    gratitude,   // thank the other person for something specific
    feeling,     // practise an "I feel ... when ... I need ..." statement, then listen back
    gesture,     // a small, non-sexual physical gesture, usually with a calm timer
    activity,    // something to do or plan together right now
    dare,        // a silly, harmless dare
    vote,        // the room votes: "who is most likely to ..."
    guess,       // one person guesses how the other will answer
    write,       // everyone writes a short anonymous answer; the room picks a favourite
};
inline constexpr std::array<CardKind, 10> all_card_kinds{
    CardKind::question, CardKind::compliment, CardKind::gratitude, CardKind::feeling,
    CardKind::gesture,  CardKind::activity,   CardKind::dare,      CardKind::vote,
    CardKind::guess,    CardKind::write};

// Who answers or acts on a card. The reader is the player whose turn it is.
enum class Answerer : std::uint8_t { reader, partner, both, everyone, left };
inline constexpr std::array<Answerer, 5> all_answerers{
    Answerer::reader, Answerer::partner, Answerer::both, Answerer::everyone, Answerer::left};

// How private a card is, from "fine with friends around" to "for the two of us".
// Ordered: a higher value is more private.
enum class Intensity : std::uint8_t { company = 1, personal = 2, private_ = 3 };
inline constexpr std::array<Intensity, 3> all_intensities{Intensity::company, Intensity::personal,
                                                         Intensity::private_};

// What a deck is for: dealt in nights, or only offered as follow-ups by "Dig deeper" (never
// dealt, never listed in a night's set-up).
enum class DeckPurpose : std::uint8_t { night, follow_up };

inline constexpr int min_level = 1;
inline constexpr int max_level = 3;
inline constexpr int min_timer_seconds = 1;
inline constexpr int max_timer_seconds = 3600;
inline constexpr std::size_t max_card_text_chars = 1000;
inline constexpr std::size_t max_cards_per_deck = 50'000;
inline constexpr std::size_t max_deck_file_bytes = max_data_file_bytes;

std::string_view to_string(CardKind kind);
std::string_view to_string(Answerer answerer);
std::string_view to_string(Intensity intensity);
std::optional<CardKind> card_kind_from_string(std::string_view text);
std::optional<Answerer> answerer_from_string(std::string_view text);
std::optional<Intensity> intensity_from_string(std::string_view text);
std::string_view to_string(DeckPurpose purpose);
std::optional<DeckPurpose> deck_purpose_from_string(std::string_view text);

// Who answers a card of this kind when the card does not say.
Answerer default_answerer(CardKind kind);
// A short human label, e.g. "Fine with friends around".
std::string_view describe(Intensity intensity);

// A theme groups cards by what they nurture. Six are built in; decks may declare more.
struct Theme {
    std::string id;           // slug, e.g. "inner-world"
    std::string title;        // e.g. "Inner world"
    std::string description;  // optional
    std::string colour;       // optional "#rrggbb"; the game picks one when empty
    std::string icon;         // optional icon name from the game's icon set
    friend bool operator==(const Theme&, const Theme&) = default;
};
// The built-in themes, in the order the game lists them.
const std::vector<Theme>& builtin_themes();
const Theme* find_builtin_theme(std::string_view id);

struct Card {
    std::string id;    // optional in the file; unique within the deck when given
    CardKind kind = CardKind::question;
    std::string text;  // never blank
    // A theme id: the card's own, else its deck's; empty when neither names one.
    std::string theme;
    int level = 1;     // depth, 1 (warm-up) .. 3 (deepest)
    Intensity intensity = Intensity::personal;
    Answerer answers = Answerer::partner;
    std::optional<int> timer_seconds;
    std::vector<std::string> tags;
    std::string note;  // for authors only; never shown in the game

    friend bool operator==(const Card&, const Card&) = default;
};

// What a deck file and a translation file both say about themselves before their cards; one
// struct, so that the places that carry these fields from one to the other copy it whole.
struct DeckHeader {
    int format_version = deck_format_version;
    std::string id;
    std::string title;
    std::string description;
    std::string language;  // BCP 47, e.g. "en" or "pt-BR"; empty means "en" (a translation needs one)
    std::string author;    // of a translation: who translated
    std::string licence;

    friend bool operator==(const DeckHeader&, const DeckHeader&) = default;
};

struct Deck : DeckHeader {
    std::string theme;           // default theme of its cards
    DeckPurpose purpose = DeckPurpose::night;
    std::vector<Theme> themes;   // themes this deck declares beyond the built-in ones
    std::vector<Card> cards;
    std::optional<PlayMode> mode;  // the deck's own way of playing, see play_mode.hpp

    friend bool operator==(const Deck&, const Deck&) = default;
};

// The header alone of a deck, a translation (deck_translation.hpp) or anything else that has
// one, to copy it whole: `header_of(deck) = header_of(translation);`.
inline const DeckHeader& header_of(const DeckHeader& header) { return header; }
inline DeckHeader& header_of(DeckHeader& header) { return header; }

// Resolves a theme id against the deck's own themes, then the built-in ones.
const Theme* find_theme(const Deck& deck, std::string_view id);

}  // namespace kindling
