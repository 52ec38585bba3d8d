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

constexpr FieldRule numbers(std::string_view name, long long max, long long item_min, std::size_t item_max,
                            std::string_view doc) {
    FieldRule rule{name, T::number_list, false};
    rule.max = max;
    rule.min = item_min;
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
    choice("purpose", false, deck_purpose_names, "night", "Dealt in nights, or only offered as follow-ups by Dig deeper."),
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
    texts("contents", 0, 0, "The content keys of the cards played, so copies of a deck are known too."),
};

// Kindling writes every field of a saved night, so a missing one is a damaged file; texts may
// be empty.
constexpr FieldRule saved(FieldRule rule) {
    rule.required = true;
    rule.allow_blank = true;
    rule.default_value = {};
    return rule;
}
// What a couple keeps between nights (store/between_nights.hpp).
constexpr long long unix_seconds_max = 9'223'372'036'854'775'807LL;

constexpr std::array between_fields{
    version("kindling_between", "Format version."),
    records("nights", true, "between_night", 0, 0, "The couple nights played, oldest first."),
    records("notes", false, "sealed_note", 0, 0, "Notes sealed until the next night together."),
    records("favourites", false, "favourite_moment", 0, 0, "When each favourite was marked."),
};

constexpr std::array between_night_fields{
    number("ended", 0, unix_seconds_max, "", "", "When the night ended, in seconds since 1970."),
    texts("themes", 0, 0, "The themes played, most played first."),
    records("checks", false, "closeness_check", 0, 0, "Each player's closeness check."),
};

constexpr std::array closeness_check_fields{
    text("player", true, short_text_chars, "The name the player played under."),
    number("before", 0, 100, "", "", "Closeness at the start: 0 apart, 100 almost one; absent when skipped."),
    boolean("before_shared", "false", "The player agreed to show the start answer."),
    number("after", 0, 100, "", "", "Closeness at the end; absent when skipped."),
    boolean("after_shared", "false", "The player agreed to show the end answer."),
};

constexpr std::array sealed_note_fields{
    text("from", true, short_text_chars, "Who wrote it."),
    text("to", true, short_text_chars, "Who it is for."),
    text("text", true, short_text_chars, "The note."),
    number("written", 0, unix_seconds_max, "", "", "When it was written, in seconds since 1970."),
};

constexpr std::array favourite_moment_fields{
    text("card", true, short_text_chars, "The card's key."),
    text("text", false, long_text_chars, "The card's words when it was marked."),
    number("marked", 0, unix_seconds_max, "", "", "When it was marked, in seconds since 1970."),
    number("returned", 0, unix_seconds_max, "", "", "When it came back; absent until then."),
};

constexpr std::array saved_night_fields{
    version("kindling_saved_night", "Format version."),
    saved(number("saved_at", 0, 9'223'372'036'854'775'807LL, "", "", "When it was saved, in seconds since 1970.")),
    saved(nested("setup", "session_setup", "How the night was set up.")),
    saved(nested("night", "night_state", "Where the night stands.")),
};

// The saved night's parts. Their limits are the night's own (core/night/session_setup.hpp,
// core/deck/deck.hpp); record_fields_tests holds the two together.
constexpr long long count_max = 1'000'000;
constexpr long long milliseconds_max = 9'223'372'036'854'775'807LL / 4;
constexpr std::string_view play_style_names[]{"couple", "party"};
constexpr std::string_view length_unit_names[]{"cards", "minutes"};
constexpr std::string_view stage_names[]{"playing", "paused", "finished"};
constexpr std::string_view end_reason_names[]{"none", "completed", "ran-out-of-cards", "ended-by-players"};
constexpr std::string_view timer_phase_names[]{"none", "ready", "running", "paused", "finished", "skipped"};

constexpr std::array session_setup_fields{
    saved(choice("style", true, play_style_names, "", "A couple's night or a party.")),
    saved(texts("players", 0, 0, "The players' names, in seat order.")),
    saved(records("teams", true, "team", 0, 0, "A party's teams; empty when everyone plays alone.")),
    saved(texts("decks", 0, 0, "The ids of the decks chosen; empty for every deck.")),
    saved(texts("themes", 0, 0, "The themes chosen; empty for every theme.")),
    saved(nested("length", "night_length", "How long the night is.")),
    saved(nested("levels", "night_levels", "The depths dealt.")),
    saved(choice("intensity_limit", true, intensity_names, "", "The most private cards dealt.")),
    saved(text("seed", true, 16, "The night's random seed, 16 hexadecimal digits.")),
    saved(text("mode", false, slug_chars, "The deck's way of playing, or empty for Game Night.")),
    saved(number("hold_back_nights", 0, 30, "", "", "Cards of this many recent nights are held back.")),
    saved(boolean("replay_favourites", "false", "Favourites may come back although held back.")),
    boolean("apart", "false", "Played apart, over a video call."),
};

constexpr std::array team_fields{
    saved(text("name", true, title_chars, "The team's name.")),
    saved(numbers("members", 16, 0, 16, "The seats of its players.")),
};

constexpr std::array night_length_fields{
    saved(choice("unit", true, length_unit_names, "", "Counted in cards or in minutes.")),
    saved(number("amount", 1, 600, "", "", "How many.")),
};

constexpr std::array night_levels_fields{
    saved(number("min", 1, 3, "", "", "The lowest depth dealt.")),
    saved(number("max", 1, 3, "", "", "The highest depth dealt.")),
};

constexpr std::array night_state_fields{
    saved(nested("random", "random_state", "The dealing generator, to go on with the same cards.")),
    saved(number("started_at", 0, 9'223'372'036'854'775'807LL, "", "", "When the night began, in seconds since 1970.")),
    saved(number("active_ms", 0, milliseconds_max, "", "", "Time played, pauses left out.")),
    saved(choice("stage", true, stage_names, "", "Playing, paused or finished.")),
    saved(choice("end_reason", true, end_reason_names, "", "Why a finished night ended.")),
    saved(number("turn_reader", 0, count_max, "", "", "The seat reading now.")),
    saved(number("turn_partner", 0, count_max, "", "", "The seat answering with the reader.")),
    saved(text("current", false, long_text_chars, "The key of the card on the table.")),
    saved(boolean("current_is_closing", "false", "The card on the table is the mode's closing step.")),
    saved(number("set_index", 0, count_max, "", "", "The mode's set being played.")),
    saved(number("set_position", 0, count_max, "", "", "The card within that set.")),
    saved(number("set_started_ms", 0, milliseconds_max, "", "", "When that set began, in time played.")),
    saved(number("swaps", 0, count_max, "", "", "Cards swapped so far.")),
    saved(nested("timer", "saved_timer", "The card's timer.")),
    saved(records("seats", true, "seat_tally", 0, 0, "Who answered how often, per seat.")),
    saved(texts("put_aside", 0, 0, "Keys of the cards kept for later.")),
    saved(records("favourites", true, "favourite_mark", 0, 0, "Cards marked tonight.")),
    saved(records("played", true, "played_card", 0, 0, "The cards played, in order.")),
    // Saves written before "Dig deeper" and the kept start check have neither.
    records("follow_ups", false, "follow_up", 0, 0, "The follow-up prompts asked, in order."),
    records("start_checks", false, "start_check", 0, 0, "Closeness checks given at the start (couples)."),
    // Nor those written before a favourite came back as a card of the night.
    text("favourite_back", false, long_text_chars, "The key of a favourite come back tonight (couples)."),
    number("favourite_back_marked_at", 0, 9'223'372'036'854'775'807LL, "", "0",
           "When that favourite was marked, in seconds since 1970."),
};

constexpr std::array random_state_fields{
    saved(text("state", true, 16, "16 hexadecimal digits.")),
    saved(text("increment", true, 16, "16 hexadecimal digits.")),
};

constexpr std::array saved_timer_fields{
    saved(choice("phase", true, timer_phase_names, "", "Where the timer stands.")),
    saved(number("length_ms", 0, 100'000'000, "", "", "Its length.")),
    saved(number("remaining_ms", 0, 100'000'000, "", "", "What is left of it.")),
    saved(number("min_seconds", 0, 3600, "seconds", "", "The shortest length the players may choose.")),
    saved(number("max_seconds", 0, 3600, "seconds", "", "The longest length the players may choose.")),
};

constexpr std::array seat_tally_fields{
    saved(number("partner_turns", 0, count_max, "", "", "Turns answered with the reader.")),
    saved(number("first_speaker_turns", 0, count_max, "", "", "Turns this seat spoke first.")),
    saved(number("last_first_speaker_turn", -1, count_max, "", "", "The last turn it spoke first, -1 for none.")),
};

constexpr std::array favourite_mark_fields{
    saved(text("key", true, long_text_chars, "The card's key.")),
    saved(text("text", true, long_text_chars, "Its words, for the summary.")),
    saved(text("theme_title", false, title_chars, "Its theme's name.")),
    saved(choice("kind", true, card_kind_names, "", "Its kind.")),
    saved(boolean("favourite", "false", "Marked as a favourite (else kept for later).")),
};

constexpr std::array played_card_fields{
    saved(text("key", true, long_text_chars, "The card's key.")),
    saved(text("deck", false, slug_chars, "The id of its deck.")),
    saved(text("text", true, long_text_chars, "Its words.")),
    saved(text("theme", false, slug_chars, "Its theme's id.")),
    saved(text("theme_title", false, title_chars, "Its theme's name.")),
    saved(choice("kind", true, card_kind_names, "", "Its kind.")),
    saved(number("level", 1, 3, "", "", "Its depth.")),
    saved(choice("intensity", true, intensity_names, "", "How private it is.")),
    saved(number("reader", 0, count_max, "", "", "The seat that read it.")),
};

constexpr std::array follow_up_fields{
    saved(number("seat", 0, count_max, "", "", "The seat that asked.")),
    saved(number("turn", 0, count_max, "", "", "Cards played before the card it followed.")),
    saved(number("level", 1, 3, "", "", "The depth of the card it followed.")),
    saved(text("key", true, long_text_chars, "The prompt's card key.")),
};

constexpr std::array start_check_fields{
    saved(number("seat", 0, count_max, "", "", "The seat that answered.")),
    number("value", 0, 100, "", "", "Closeness at the start: 0 apart, 100 almost one; absent when skipped."),
    saved(boolean("shared", "false", "The player agreed to show the answer.")),
};

constexpr std::array<RecordDescription, 35> descriptions{{
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
    {"session_setup", "saved_night", session_setup_fields},
    {"team", "saved_night", team_fields},
    {"night_length", "saved_night", night_length_fields},
    {"night_levels", "saved_night", night_levels_fields},
    {"night_state", "saved_night", night_state_fields},
    {"random_state", "saved_night", random_state_fields},
    {"saved_timer", "saved_night", saved_timer_fields},
    {"seat_tally", "saved_night", seat_tally_fields},
    {"favourite_mark", "saved_night", favourite_mark_fields},
    {"played_card", "saved_night", played_card_fields},
    {"follow_up", "saved_night", follow_up_fields},
    {"start_check", "saved_night", start_check_fields},
    {"between", "between", between_fields},
    {"between_night", "between_night", between_night_fields},
    {"closeness_check", "closeness_check", closeness_check_fields},
    {"sealed_note", "sealed_note", sealed_note_fields},
    {"favourite_moment", "favourite_moment", favourite_moment_fields},
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
const RecordDescription& between_record() { return named("between"); }

}  // namespace kindling
