#include "core/store/saved_night.hpp"

#include "core/format/record_reader.hpp"
#include "core/format/yaml_writer.hpp"

#include <limits>

namespace kindling {

namespace {

using yaml::quote;
using yaml::Node;

constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();

std::string quoted_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += quote(items[i]);
    }
    return out + "]";
}

template <typename Number>
std::string number_list(const std::vector<Number>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(items[i]);
    }
    return out + "]";
}

std::string flag(bool value) { return value ? "true" : "false"; }

void encode_setup(const SessionSetup& setup, std::string& out) {
    out += "setup:\n";
    out += "  style: " + std::string(to_string(setup.style)) + "\n";
    out += "  players: " + quoted_list(setup.players) + "\n";
    out += "  teams:";
    if (setup.teams.empty()) out += " []";
    out += "\n";
    for (const Team& team : setup.teams) {
        out += "    - name: " + quote(team.name) + "\n";
        out += "      members: " + number_list(team.members) + "\n";
    }
    out += "  decks: " + quoted_list(setup.decks) + "\n";
    out += "  themes: " + quoted_list(setup.themes) + "\n";
    out += "  length: {unit: " + std::string(to_string(setup.length.unit)) +
           ", amount: " + std::to_string(setup.length.amount) + "}\n";
    out += "  levels: {min: " + std::to_string(setup.min_level) + ", max: " + std::to_string(setup.max_level) + "}\n";
    out += "  intensity_limit: " + std::string(to_string(setup.intensity_limit)) + "\n";
    out += "  seed: " + quote(hex64_text(setup.seed)) + "\n";
    out += "  mode: " + quote(setup.mode) + "\n";
    out += "  hold_back_nights: " + std::to_string(setup.hold_back_nights) + "\n";
    out += "  replay_favourites: " + flag(setup.replay_favourites) + "\n";
    out += "  apart: " + flag(setup.apart) + "\n";
}

void encode_night(const NightState& night, std::string& out) {
    out += "night:\n";
    out += "  random: {state: " + quote(hex64_text(night.random.state)) +
           ", increment: " + quote(hex64_text(night.random.increment)) + "}\n";
    out += "  started_at: " + std::to_string(night.started_at) + "\n";
    out += "  active_ms: " + std::to_string(night.active_ms) + "\n";
    out += "  stage: " + std::string(to_string(night.stage)) + "\n";
    out += "  end_reason: " + std::string(to_string(night.end_reason)) + "\n";
    out += "  turn_reader: " + std::to_string(night.turn_reader) + "\n";
    out += "  turn_partner: " + std::to_string(night.turn_partner) + "\n";
    out += "  current: " + quote(night.current) + "\n";
    out += "  current_is_closing: " + flag(night.current_is_closing) + "\n";
    out += "  set_index: " + std::to_string(night.set_index) + "\n";
    out += "  set_position: " + std::to_string(night.set_position) + "\n";
    out += "  set_started_ms: " + std::to_string(night.set_started_ms) + "\n";
    out += "  swaps: " + std::to_string(night.swaps) + "\n";
    const CardTimer::Saved& timer = night.timer;
    out += "  timer: {phase: " + std::string(to_string(timer.phase)) +
           ", length_ms: " + std::to_string(timer.length_ms) +
           ", remaining_ms: " + std::to_string(timer.remaining_ms) +
           ", min_seconds: " + std::to_string(timer.min_seconds) +
           ", max_seconds: " + std::to_string(timer.max_seconds) + "}\n";
    out += "  seats:\n";
    for (const SeatTally& seat : night.seats) {
        out += "    - {partner_turns: " + std::to_string(seat.partner_turns) +
               ", first_speaker_turns: " + std::to_string(seat.first_speaker_turns) +
               ", last_first_speaker_turn: " + std::to_string(seat.last_first_speaker_turn) + "}\n";
    }
    out += "  put_aside: " + quoted_list(night.put_aside) + "\n";
    out += "  favourites:";
    if (night.favourites.empty()) out += " []";
    out += "\n";
    for (const FavouriteMark& mark : night.favourites) {
        out += "    - {key: " + quote(mark.key) + ", text: " + quote(mark.text) +
               ", theme_title: " + quote(mark.theme_title) + ", kind: " + std::string(to_string(mark.kind)) +
               ", favourite: " + flag(mark.favourite) + "}\n";
    }
    out += "  played:";
    if (night.played.empty()) out += " []";
    out += "\n";
    for (const PlayedEntry& entry : night.played) {
        out += "    - {key: " + quote(entry.key) + ", deck: " + quote(entry.deck_id) +
               ", text: " + quote(entry.text) + ", theme: " + quote(entry.theme) +
               ", theme_title: " + quote(entry.theme_title) + ", kind: " + std::string(to_string(entry.kind)) +
               ", level: " + std::to_string(entry.level) +
               ", intensity: " + std::string(to_string(entry.intensity)) +
               ", reader: " + std::to_string(entry.reader) + "}\n";
    }
}

std::optional<Stage> stage_from_string(std::string_view text) {
    for (const Stage stage : {Stage::playing, Stage::paused, Stage::finished}) {
        if (to_string(stage) == text) return stage;
    }
    return std::nullopt;
}

std::optional<EndReason> end_reason_from_string(std::string_view text) {
    for (const EndReason reason : {EndReason::none, EndReason::completed, EndReason::ran_out_of_cards,
                                   EndReason::ended_by_players}) {
        if (to_string(reason) == text) return reason;
    }
    return std::nullopt;
}

std::optional<PlayStyle> style_from_string(std::string_view text) {
    if (text == "couple") return PlayStyle::couple;
    if (text == "party") return PlayStyle::party;
    return std::nullopt;
}

std::optional<LengthUnit> unit_from_string(std::string_view text) {
    if (text == "cards") return LengthUnit::cards;
    if (text == "minutes") return LengthUnit::minutes;
    return std::nullopt;
}

class SavedNightReader {
public:
    explicit SavedNightReader(RecordReader& reader) : r_(reader) {}

    std::vector<std::string> texts(const Node* node, std::string_view name) {
        std::vector<std::string> out;
        for (const Node* item : r_.list(node, name)) {
            if (auto text = r_.text(item, name)) out.push_back(std::move(*text));
        }
        return out;
    }

    std::int64_t number(const Node& mapping, std::string_view key, std::int64_t min, std::int64_t max) {
        return r_.integer(r_.field(mapping, key), key, min, max).value_or(min);
    }

    std::size_t index(const Node& mapping, std::string_view key) {
        return static_cast<std::size_t>(number(mapping, key, 0, 1'000'000));
    }

    int small(const Node& mapping, std::string_view key, int min, int max) {
        return static_cast<int>(number(mapping, key, min, max));
    }

    bool flag(const Node& mapping, std::string_view key) {
        return r_.boolean(r_.field(mapping, key), key).value_or(false);
    }

    std::string text(const Node& mapping, std::string_view key) {
        const Node* node = r_.field(mapping, key);
        if (node != nullptr && node->is_scalar() && node->style != yaml::ScalarStyle::plain) {
            return node->value;  // quoted: empty text is fine here
        }
        return r_.text(node, key).value_or("");
    }

    void setup(const Node& node, SessionSetup& setup) {
        setup.style = r_.choice<PlayStyle>(r_.field(node, "style"), "style", style_from_string)
                          .value_or(PlayStyle::couple);
        setup.players = texts(r_.field(node, "players"), "players");
        for (const Node* item : r_.list(r_.field(node, "teams"), "teams")) {
            const Node* team_node = r_.mapping(item, "teams");
            if (team_node == nullptr) continue;
            Team team;
            team.name = text(*team_node, "name");
            for (const Node* member : r_.list(r_.field(*team_node, "members"), "members")) {
                team.members.push_back(static_cast<std::size_t>(
                    r_.integer(member, "members", 0, max_team_players).value_or(0)));
            }
            setup.teams.push_back(std::move(team));
        }
        setup.decks = texts(r_.field(node, "decks"), "decks");
        setup.themes = texts(r_.field(node, "themes"), "themes");
        if (const Node* length = r_.mapping(r_.field(node, "length"), "length")) {
            setup.length.unit = r_.choice<LengthUnit>(r_.field(*length, "unit"), "unit", unit_from_string)
                                    .value_or(LengthUnit::cards);
            setup.length.amount = small(*length, "amount", 1, max_night_minutes);
        }
        if (const Node* levels = r_.mapping(r_.field(node, "levels"), "levels")) {
            setup.min_level = small(*levels, "min", min_level, max_level);
            setup.max_level = small(*levels, "max", min_level, max_level);
        }
        setup.intensity_limit = r_.choice<Intensity>(r_.field(node, "intensity_limit"), "intensity_limit",
                                                     intensity_from_string)
                                    .value_or(Intensity::company);
        setup.seed = r_.hex64(r_.field(node, "seed"), "seed").value_or(0);
        setup.mode = text(node, "mode");
        setup.hold_back_nights = small(node, "hold_back_nights", 0, max_hold_back_nights);
        setup.replay_favourites = flag(node, "replay_favourites");
        // Saves written before the apart switch existed have no such line: together, then.
        if (const Node* apart = node.find("apart")) setup.apart = r_.boolean(apart, "apart").value_or(false);
    }

    void night(const Node& node, NightState& night) {
        if (const Node* random = r_.mapping(r_.field(node, "random"), "random")) {
            night.random.state = r_.hex64(r_.field(*random, "state"), "state").value_or(0);
            night.random.increment = r_.hex64(r_.field(*random, "increment"), "increment").value_or(1);
        }
        night.started_at = number(node, "started_at", 0, int64_max);
        night.active_ms = number(node, "active_ms", 0, int64_max / 4);
        night.stage = r_.choice<Stage>(r_.field(node, "stage"), "stage", stage_from_string).value_or(Stage::playing);
        night.end_reason = r_.choice<EndReason>(r_.field(node, "end_reason"), "end_reason", end_reason_from_string)
                               .value_or(EndReason::none);
        night.turn_reader = index(node, "turn_reader");
        night.turn_partner = index(node, "turn_partner");
        night.current = text(node, "current");
        night.current_is_closing = flag(node, "current_is_closing");
        night.set_index = index(node, "set_index");
        night.set_position = index(node, "set_position");
        night.set_started_ms = number(node, "set_started_ms", 0, int64_max / 4);
        night.swaps = small(node, "swaps", 0, 1'000'000);
        if (const Node* timer = r_.mapping(r_.field(node, "timer"), "timer")) {
            night.timer.phase = r_.choice<TimerPhase>(r_.field(*timer, "phase"), "phase", timer_phase_from_string)
                                    .value_or(TimerPhase::none);
            night.timer.length_ms = number(*timer, "length_ms", 0, 100'000'000);
            night.timer.remaining_ms = number(*timer, "remaining_ms", 0, 100'000'000);
            night.timer.min_seconds = small(*timer, "min_seconds", 0, max_timer_seconds);
            night.timer.max_seconds = small(*timer, "max_seconds", 0, max_timer_seconds);
        }
        for (const Node* item : r_.list(r_.field(node, "seats"), "seats")) {
            const Node* seat = r_.mapping(item, "seats");
            if (seat == nullptr) continue;
            night.seats.push_back({small(*seat, "partner_turns", 0, 1'000'000),
                                   small(*seat, "first_speaker_turns", 0, 1'000'000),
                                   small(*seat, "last_first_speaker_turn", -1, 1'000'000)});
        }
        night.put_aside = texts(r_.field(node, "put_aside"), "put_aside");
        for (const Node* item : r_.list(r_.field(node, "favourites"), "favourites")) {
            const Node* mark = r_.mapping(item, "favourites");
            if (mark == nullptr) continue;
            night.favourites.push_back({text(*mark, "key"), text(*mark, "text"), text(*mark, "theme_title"),
                                        kind(*mark), flag(*mark, "favourite")});
        }
        for (const Node* item : r_.list(r_.field(node, "played"), "played")) {
            const Node* entry = r_.mapping(item, "played");
            if (entry == nullptr) continue;
            PlayedEntry played;
            played.key = text(*entry, "key");
            played.deck_id = text(*entry, "deck");
            played.text = text(*entry, "text");
            played.theme = text(*entry, "theme");
            played.theme_title = text(*entry, "theme_title");
            played.kind = kind(*entry);
            played.level = small(*entry, "level", min_level, max_level);
            played.intensity = r_.choice<Intensity>(r_.field(*entry, "intensity"), "intensity",
                                                    intensity_from_string)
                                   .value_or(Intensity::personal);
            played.reader = index(*entry, "reader");
            night.played.push_back(std::move(played));
        }
    }

private:
    RecordReader& r_;

    CardKind kind(const Node& mapping) {
        return r_.choice<CardKind>(r_.field(mapping, "kind"), "kind", card_kind_from_string)
            .value_or(CardKind::question);
    }
};

}  // namespace

std::string_view to_string(Stage stage) {
    switch (stage) {
        case Stage::playing: return "playing";
        case Stage::paused: return "paused";
        case Stage::finished: return "finished";
    }
    return "playing";
}

std::string_view to_string(EndReason reason) {
    switch (reason) {
        case EndReason::none: return "none";
        case EndReason::completed: return "completed";
        case EndReason::ran_out_of_cards: return "ran-out-of-cards";
        case EndReason::ended_by_players: return "ended-by-players";
    }
    return "none";
}

std::string encode_saved_night(const SavedNight& saved) {
    std::string out =
        "# A Kindling night in progress, saved after every turn so that nothing is lost.\n"
        "# Players' limits are never stored here. Delete this file to forget the night.\n";
    out += "kindling_saved_night: " + std::to_string(saved_night_format_version) + "\n";
    out += "saved_at: " + std::to_string(saved.saved_at) + "\n";
    encode_setup(saved.setup, out);
    encode_night(saved.night, out);
    return out;
}

std::optional<SavedNight> decode_saved_night(std::string_view text, DiagnosticList& diagnostics) {
    RecordReader reader(diagnostics);
    const auto root = reader.document(text, "kindling_saved_night", saved_night_format_version, "saved_night");
    if (!root) return std::nullopt;
    SavedNight saved;
    SavedNightReader fields(reader);
    saved.saved_at = fields.number(*root, "saved_at", 0, int64_max);
    if (const Node* setup = reader.mapping(reader.field(*root, "setup"), "setup")) fields.setup(*setup, saved.setup);
    if (const Node* night = reader.mapping(reader.field(*root, "night"), "night")) fields.night(*night, saved.night);
    if (reader.failed()) return std::nullopt;
    return saved;
}

SavedNightLookup find_saved_night(SaveStore& store, const Clock& clock) {
    SaveStore::Loaded loaded = store.read();
    if (!loaded.found) return {};
    DiagnosticList diagnostics(store.display_name());
    std::optional<SavedNight> night;
    if (loaded.error.empty()) night = decode_saved_night(loaded.bytes, diagnostics);
    else diagnostics.error({}, Message{"notices.save_unreadable", {{"error", loaded.error}}});
    if (night && night->night.stage != Stage::finished) return {std::move(night), {}};
    if (night) {
        store.discard();  // a finished night has nothing left to resume
        return {};
    }
    // Either the store's error or decode_saved_night's is there whenever no night came back.
    if (diagnostics.items().empty()) {
        diagnostics.error({}, Message{"problems.record.empty", {word_arg("what", "problems.records.saved_night")}});
    }
    const MessageArg reason = diagnostic_arg("reason", diagnostics.items().front());
    const std::string kept_as = store.set_aside(clock.unix_seconds());
    if (kept_as.empty()) return {std::nullopt, {"notices.saved_night_not_kept", {reason}}};
    return {std::nullopt, {"notices.saved_night_kept", {reason, {"kept", kept_as}}}};
}

}  // namespace kindling
