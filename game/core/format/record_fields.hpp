#pragma once
// One description per kind of record Kindling reads: its fields, in the order they are written,
// with their type, whether they are required (or their default), their limits and a one-line
// meaning. Readers take known keys, limits and "did you mean" candidates from here; writers
// write fields in this order; validation (deck_validation) checks values against it; and the
// tests hold the JSON Schema (data/schema/deck.schema.json) and the field tables of the format
// reference (data/decks/README.md) to it.

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace kindling {

enum class FieldType : unsigned char {
    version,       // the format version, a whole number
    text,          // any text; `max` is its length in characters
    slug,          // lowercase letters and digits joined by `separators`; `max` characters
    language,      // a BCP 47 tag such as "en" or "pt-BR"
    colour,        // "#rrggbb"
    whole_number,  // `min`..`max`, in `unit`
    boolean,       // true or false
    choice,        // one of `choices`
    text_list,     // at most `max` texts, each at most `item_max` characters
    slug_list,     // at most `max` slugs (ids of other records)
    number_list,   // at most `max` whole numbers, each `min`..`item_max`
    record_list,   // a list of records (`record` names them)
    record,        // one nested record, or a short form described in `doc`
};

struct FieldRule {
    std::string_view name;
    FieldType type = FieldType::text;
    bool required = false;
    // The value used when the field is absent, as the format reference writes it; empty when
    // there is none (the field is then simply not set).
    std::string_view default_value;
    long long min = 0;
    long long max = 0;
    std::size_t item_max = 0;
    std::string_view unit;        // a key under "problems.unit" for whole numbers
    std::string_view separators;  // slugs
    std::span<const std::string_view> choices;
    std::string_view record;      // record_list, record: the description's name
    std::string_view doc;
    // Blank text is allowed (an optional text may be written empty).
    bool allow_blank = false;
};

struct RecordDescription {
    std::string_view name;  // "deck", "card", ...
    std::string_view what;  // a key under "problems.in" naming it in messages ("card": "a card")
    std::span<const FieldRule> fields;

    [[nodiscard]] const FieldRule* field(std::string_view name) const noexcept;
    [[nodiscard]] std::vector<std::string_view> names() const;
    [[nodiscard]] const FieldRule& at(std::string_view name) const;  // a field that must exist
};

// The words a choice field takes.
inline constexpr std::string_view card_kind_names[]{"question", "compliment", "gratitude", "feeling", "gesture",
                                                    "activity", "dare",       "vote",      "guess",   "write"};
inline constexpr std::string_view intensity_names[]{"company", "personal", "private"};
inline constexpr std::string_view deck_purpose_names[]{"night", "follow-up"};
inline constexpr std::string_view answerer_names[]{"reader", "partner", "both", "everyone", "left"};
inline constexpr std::string_view mode_players_names[]{"couple", "party", "any"};
inline constexpr std::string_view first_reader_names[]{"first-player", "random"};
inline constexpr std::string_view reader_changes_names[]{"every-card", "every-set"};
inline constexpr std::string_view first_speaker_names[]{"alternate", "reader", "partner"};
inline constexpr std::string_view set_order_names[]{"fixed", "shuffled"};
inline constexpr std::string_view read_aloud_names[]{"off", "cards", "cards-and-menus"};

const RecordDescription& deck_record();
const RecordDescription& card_record();
const RecordDescription& theme_record();
const RecordDescription& mode_record();
const RecordDescription& mode_set_record();
const RecordDescription& closing_record();
const RecordDescription& translation_record();
const RecordDescription& translated_card_record();
const RecordDescription& translated_theme_record();
const RecordDescription& settings_record();
const RecordDescription& history_record();
const RecordDescription& saved_night_record();
const RecordDescription& between_record();

// Every description, for the tests and the format reference.
std::span<const RecordDescription* const> all_records();
const RecordDescription* find_record(std::string_view name);

}  // namespace kindling
