#include "core/format/record_fields.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace kindling {

namespace {

using T = FieldType;

// Shared limits of the deck format (data/decks/README.md).
constexpr long long slug_chars = 64;
constexpr long long title_chars = 100;
constexpr long long long_text_chars = 1000;
constexpr long long short_text_chars = 200;
constexpr long long language_chars = 35;

constexpr FieldRule version(std::string_view name, std::string_view doc) {
    FieldRule rule{name, T::version, true};
    rule.min = 1;
    rule.max = 1;
    rule.doc = doc;
    return rule;
}

constexpr FieldRule text(std::string_view name, bool required, long long max, std::string_view doc) {
    FieldRule rule{name, T::text, required};
    rule.max = max;
    rule.allow_blank = !required;
    rule.doc = doc;
    return rule;
}

// An optional text that, when written, must say something.
constexpr FieldRule words(std::string_view name, long long max, std::string_view doc) {
    FieldRule rule = text(name, false, max, doc);
    rule.allow_blank = false;
    return rule;
}

constexpr FieldRule slug(std::string_view name, bool required, std::string_view separators, std::string_view doc) {
    FieldRule rule{name, T::slug, required};
    rule.max = slug_chars;
    rule.separators = separators;
    rule.doc = doc;
    return rule;
}

constexpr FieldRule number(std::string_view name, long long min, long long max, std::string_view unit,
                           std::string_view default_value, std::string_view doc) {
    FieldRule rule{name, T::whole_number, false, default_value};
    rule.min = min;
    rule.max = max;
    rule.unit = unit;
    rule.doc = doc;
    return rule;
}

constexpr FieldRule choice(std::string_view name, bool required, std::span<const std::string_view> choices,
                           std::string_view default_value, std::string_view doc) {
    FieldRule rule{name, T::choice, required, default_value};
    rule.choices = choices;
    rule.doc = doc;
    return rule;
}

constexpr FieldRule boolean(std::string_view name, std::string_view default_value, std::string_view doc) {
    FieldRule rule{name, T::boolean, false, default_value};
    rule.doc = doc;
    return rule;
}

constexpr FieldRule records(std::string_view name, bool required, std::string_view record, long long min,
                            long long max, std::string_view doc) {
    FieldRule rule{name, T::record_list, required};
    rule.record = record;
    rule.min = min;
    rule.max = max;
    rule.doc = doc;
    return rule;
}

constexpr FieldRule nested(std::string_view name, std::string_view record, std::string_view doc) {
    FieldRule rule{name, T::record, false};
    rule.record = record;
    rule.doc = doc;
    return rule;
}

constexpr FieldRule language(std::string_view name, bool required, std::string_view default_value,
                             std::string_view doc) {
    FieldRule rule{name, T::language, required, default_value};
    rule.max = language_chars;
    rule.doc = doc;
    return rule;
}

constexpr FieldRule texts(std::string_view name, long long max, std::size_t item_max, std::string_view doc) {
    FieldRule rule{name, T::text_list, false};
    rule.max = max;
    rule.item_max = item_max;
    rule.doc = doc;
    return rule;
}

constexpr FieldRule slugs(std::string_view name, long long max, std::string_view separators, std::string_view doc) {
    FieldRule rule{name, T::slug_list, false};
    rule.max = max;
    rule.item_max = slug_chars;
    rule.separators = separators;
    rule.doc = doc;
    return rule;
}

constexpr FieldRule colour(std::string_view name, std::string_view doc) {
    FieldRule rule{name, T::colour, false};
    rule.max = 7;
    rule.doc = doc;
    return rule;
}

constexpr std::array deck_fields{
    version("kindling_deck", "Format version, 1."),
    slug("id", true, "-", "Short name of the deck, e.g. inner-world; unique among the decks loaded."),
    text("title", true, title_chars, "The name players see."),
    text("description", false, long_text_chars, "One or two sentences for the deck list."),
    language("language", false, "en", "BCP 47 language tag such as en, de or pt-BR."),
    text("author", false, short_text_chars, "Who wrote the deck."),
    text("licence", false, short_text_chars, "Licence of the cards, preferably an SPDX id."),
    slug("theme", false, "-", "Theme of every card that does not name its own."),
    records("themes", false, "theme", 0, 0, "Themes this deck adds to the six built-in ones."),
    nested("mode", "mode", "The deck's own way of playing a night."),
    records("cards", true, "card", 1, 50'000, "The cards: at least one, at most 50,000."),
};

constexpr std::array card_fields{
    slug("id", false, "-_", "Stable name of the card, unique within the deck."),
    choice("kind", true, card_kind_names, "", "What the card asks the players to do."),
    text("text", true, long_text_chars, "What is read aloud."),
    slug("theme", false, "-", "A built-in theme or one of the deck's themes; the deck's theme by default."),
    number("level", 1, 3, "", "1", "Depth: 1 warm-up, 2 deeper, 3 deepest."),
    choice("intensity", false, intensity_names, "personal", "How private the card is."),
    choice("answers", false, answerer_names, "", "Who answers or acts; depends on the kind by default."),
    number("timer", 1, 3600, "seconds", "", "Offers a calm, optional timer of this many seconds."),
    texts("tags", 20, 40, "Free words for filtering, e.g. [dreams, childhood]."),
    text("note", false, long_text_chars, "A note for authors; never shown in the game."),
};

constexpr std::array theme_fields{
    slug("id", true, "-", "Slug, not one of the built-in theme ids."),
    text("title", true, title_chars, "Name shown on cards."),
    text("description", false, long_text_chars, "A sentence for the theme list."),
    colour("colour", "#rrggbb; the game picks one when absent."),
    slug("icon", false, "-", "Name of one of the game's icons."),
};

constexpr std::array mode_fields{
    slug("id", true, "-", "Short name of the mode; not game-night."),
    text("title", true, title_chars, "What players see."),
    text("description", false, long_text_chars, "A sentence or two for the mode list."),
    text("source", false, long_text_chars, "The published procedure the mode follows (a citation)."),
    choice("players", false, mode_players_names, "any", "Who the mode is for."),
    choice("answers", false, answerer_names, "", "Who answers every card of the mode."),
    choice("first_reader", false, first_reader_names, "first-player", "Who reads first."),
    choice("reader_changes", false, reader_changes_names, "every-card", "Whether the reader moves on with every card or every set."),
    choice("first_speaker", false, first_speaker_names, "alternate", "When both answer: who speaks first."),
    records("sets", true, "set", 1, 50, "At least one and at most 50 sets, played in order."),
    nested("closing", "closing", "Offered after the last set."),
};

constexpr std::array mode_set_fields{
    text("title", false, title_chars, "Shown while the set is played."),
    slugs("cards", 1000, "-_", "Cards of this deck by id, in order."),
    texts("tags", 1000, 40, "Every card of this deck carrying any of these tags."),
    choice("order", false, set_order_names, "fixed", "shuffled mixes the set from the night's seed."),
    number("count", 1, 1000, "cards", "", "Deal at most this many cards of the set."),
    number("budget_minutes", 1, 180, "minutes", "", "A soft time budget for the set."),
    choice("answers", false, answerer_names, "", "Who answers the cards of this set."),
};

constexpr std::array closing_fields{
    slug("card", false, "-_", "A card of this deck to close with."),
    text("text", false, long_text_chars, "What is read aloud."),
    choice("kind", false, card_kind_names, "gesture", "Only with text."),
    choice("intensity", false, intensity_names, "personal", "Only with text."),
    choice("answers", false, answerer_names, "both", "Only with text."),
    nested("timer", "closing_timer", "Seconds 1..3600, or a range {min, max, default}."),
    boolean("optional", "true", "An optional step may be skipped."),
};

constexpr std::array closing_timer_fields{
    number("min", 1, 3600, "seconds", "", "The shortest length the players can choose."),
    number("max", 1, 3600, "seconds", "", "The longest length the players can choose."),
    number("default", 1, 3600, "seconds", "", "The length preselected, between min and max."),
};

constexpr std::array translation_fields{
    version("kindling_deck", "Format version, 1, as for decks."),
    slug("id", true, "-", "The translation's own id, e.g. play-de; not the base deck's id."),
    slug("translation_of", true, "-", "The id of the deck this file translates."),
    language("language", true, "", "BCP 47 tag of the translation, e.g. de or pt-BR."),
    words("title", title_chars, "The translated title."),
    text("description", false, long_text_chars, "The translated description."),
    text("author", false, short_text_chars, "Who translated the deck."),
    text("licence", false, short_text_chars, "Licence of the translation."),
    records("themes", false, "translated_theme", 0, 0, "Translated themes the base deck declares."),
    nested("mode", "translated_mode", "The translated title, description, set titles and closing text."),
    records("cards", true, "translated_card", 1, 50'000, "The translated cards."),
};

constexpr std::array translated_mode_fields{
    words("title", title_chars, "The translated title of the mode."),
    text("description", false, long_text_chars, "The translated description of the mode."),
    records("sets", false, "translated_set", 0, 0, "One entry per set of the base mode, in order."),
    nested("closing", "translated_closing", "The translated text of the closing step."),
};

constexpr std::array translated_set_fields{
    words("title", title_chars, "The translated title of the set; {} keeps the base set's."),
};

constexpr std::array translated_closing_fields{
    words("text", long_text_chars, "The translated text of the closing step."),
};

constexpr std::array translated_card_fields{
    slug("id", true, "-_", "The id of the base deck's card this translates."),
    text("text", true, long_text_chars, "The translated text."),
    text("note", false, long_text_chars, "A note for translators; never shown in the game."),
};

constexpr std::array translated_theme_fields{
    slug("id", true, "-", "The id of a theme the base deck declares."),
    text("title", true, title_chars, "The translated name."),
    text("description", false, long_text_chars, "The translated description."),
};

constexpr std::array settings_fields{
    number("kindling_settings", 1, 1, "", "1", "Format version."),
    number("text_size", 100, 200, "percent", "100", "Text size."),
    boolean("high_contrast", "false", "High-contrast colours."),
    boolean("reduced_motion", "false", "Cross-fades instead of movement."),
    boolean("fullscreen", "false", "Full screen."),
    number("safe_area", 0, 10, "percent", "0", "TV margin on each side."),
    number("party_safe_area", 0, 10, "percent", "5", "TV margin in party mode."),
    language("language", false, "en", "The language of the game's words."),
    boolean("party_company_safe", "true", "Party mode deals only cards fine with company."),
    boolean("party_scoreboard", "true", "Party mode shows the scores."),
    number("party_players", 3, 8, "", "6", "Players of the last party set-up."),
    number("party_cards", 10, 60, "cards", "20", "Cards of the last party set-up."),
    number("master_volume", 0, 100, "percent", "80", "Volume of all sound."),
    number("music_volume", 0, 100, "percent", "40", "Volume of the music."),
    number("effects_volume", 0, 100, "percent", "60", "Volume of the chime and the effects."),
    number("voice_volume", 0, 100, "percent", "100", "Volume of cards read aloud."),
    boolean("mute", "false", "All sound off."),
    boolean("music", "false", "A calm music bed under the night."),
    boolean("fewer_sounds", "false", "Only the timer's chime and speech."),
    choice("read_aloud", false, read_aloud_names, "off", "Read aloud: off, cards, or cards and menus."),
};

constexpr std::array history_fields{
    version("kindling_history", "Format version."),
    texts("favourites", 0, 0, "Card keys marked as favourites."),
    records("nights", true, "history_night", 0, 0, "The nights played, oldest first."),
};

constexpr std::array history_night_fields{
    number("ended", 0, 9'223'372'036'854'775'807LL, "", "", "When the night ended, in seconds since 1970."),
    texts("cards", 0, 0, "The keys of the cards played."),
};

constexpr std::array saved_night_fields{
    version("kindling_saved_night", "Format version."),
    nested("setup", "session_setup", "How the night was set up."),
    nested("night", "night_state", "Where the night stands."),
};

constexpr std::array<RecordDescription, 17> descriptions{{
    {"deck", "deck", deck_fields},
    {"card", "card", card_fields},
    {"theme", "theme", theme_fields},
    {"mode", "mode", mode_fields},
    {"set", "set", mode_set_fields},
    {"closing", "closing", closing_fields},
    {"closing_timer", "closing_timer", closing_timer_fields},
    {"translation", "translation", translation_fields},
    {"translated_card", "card", translated_card_fields},
    {"translated_theme", "theme", translated_theme_fields},
    {"translated_mode", "mode", translated_mode_fields},
    {"translated_set", "set", translated_set_fields},
    {"translated_closing", "closing", translated_closing_fields},
    {"settings", "settings", settings_fields},
    {"history", "history", history_fields},
    {"history_night", "history_night", history_night_fields},
    {"saved_night", "saved_night", saved_night_fields},
}};

constexpr std::size_t description_count = descriptions.size();

const RecordDescription& named(std::string_view name) {
    const RecordDescription* found = find_record(name);
    if (found == nullptr) throw std::logic_error("no record description named " + std::string(name));
    return *found;
}

}  // namespace

const FieldRule* RecordDescription::field(std::string_view wanted) const noexcept {
    const auto found = std::find_if(fields.begin(), fields.end(), [&](const FieldRule& f) { return f.name == wanted; });
    return found == fields.end() ? nullptr : &*found;
}

const FieldRule& RecordDescription::at(std::string_view wanted) const {
    if (const FieldRule* rule = field(wanted)) return *rule;
    throw std::logic_error("the " + std::string(name) + " record has no field " + std::string(wanted));
}

std::vector<std::string_view> RecordDescription::names() const {
    std::vector<std::string_view> out;
    out.reserve(fields.size());
    for (const FieldRule& rule : fields) out.push_back(rule.name);
    return out;
}

std::span<const RecordDescription* const> all_records() {
    static const auto pointers = [] {
        std::array<const RecordDescription*, description_count> out{};
        for (std::size_t i = 0; i < description_count; ++i) out[i] = &descriptions[i];
        return out;
    }();
    return pointers;
}

const RecordDescription* find_record(std::string_view name) {
    for (std::size_t i = 0; i < description_count; ++i) {
        if (descriptions[i].name == name) return &descriptions[i];
    }
    return nullptr;
}

const RecordDescription& deck_record() { return named("deck"); }
const RecordDescription& card_record() { return named("card"); }
const RecordDescription& theme_record() { return named("theme"); }
const RecordDescription& mode_record() { return named("mode"); }
const RecordDescription& mode_set_record() { return named("set"); }
const RecordDescription& closing_record() { return named("closing"); }
const RecordDescription& translation_record() { return named("translation"); }
const RecordDescription& translated_card_record() { return named("translated_card"); }
const RecordDescription& translated_theme_record() { return named("translated_theme"); }
const RecordDescription& settings_record() { return named("settings"); }
const RecordDescription& history_record() { return named("history"); }
const RecordDescription& saved_night_record() { return named("saved_night"); }

}  // namespace kindling
