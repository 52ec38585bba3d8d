#include "core/store/saved_night.hpp"

#include "core/format/record_reader.hpp"
#include "core/format/yaml_writer.hpp"

#include <limits>

namespace kindling {

namespace {

using yaml::quote;
using yaml::Node;


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
    out += "  follow_ups:";
    if (night.follow_ups.empty()) out += " []";
    out += "\n";
    for (const FollowUpAsked& asked : night.follow_ups) {
        out += "    - {seat: " + std::to_string(asked.seat) + ", turn: " + std::to_string(asked.turn) +
               ", level: " + std::to_string(asked.level) + ", key: " + quote(asked.key) + "}\n";
    }
    out += "  start_checks:";
    if (night.start_checks.empty()) out += " []";
    out += "\n";
    for (const StartCheck& check : night.start_checks) {
        out += "    - {seat: " + std::to_string(check.seat);
        if (check.value) out += ", value: " + std::to_string(*check.value);
        out += ", shared: " + flag(check.shared) + "}\n";
    }
    if (!night.favourite_back.empty()) {
        out += "  favourite_back: " + quote(night.favourite_back) + "\n";
        out += "  favourite_back_marked_at: " + std::to_string(night.favourite_back_marked_at) + "\n";
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

// Reads each part of a saved night by its description (record_fields: saved_night and the
// records it nests): the known keys, which fields must be there, and the range of every number.
class SavedNightReader {
public:
    explicit SavedNightReader(RecordReader& reader) : r_(reader) {}

    // `mapping` as a record of `name`: unknown keys are reported, and the reads below take their
    // rules from it.
    SavedNightReader& as(const Node& mapping, std::string_view name) {
        record_ = find_record(name);
        mapping_ = &mapping;
        r_.check_keys(mapping, *record_);
        return *this;
    }

    const Node* value(std::string_view key) { return r_.field(*mapping_, record_->at(key)); }

    std::int64_t number(std::string_view key) {
        const FieldRule& rule = record_->at(key);
        return r_.integer(value(key), key, rule.min, rule.max).value_or(rule.min);
    }
    std::size_t index(std::string_view key) { return static_cast<std::size_t>(number(key)); }
    int small(std::string_view key) { return static_cast<int>(number(key)); }

    bool flag(std::string_view key) { return r_.boolean(value(key), key).value_or(false); }

    std::string text(std::string_view key) {
        const Node* node = value(key);
        if (node != nullptr && node->is_scalar() && node->style != yaml::ScalarStyle::plain) {
            return node->value;  // quoted: empty text is fine here
        }
        return r_.text(node, key).value_or("");
    }

    std::vector<std::string> texts(std::string_view key) {
        std::vector<std::string> out;
        for (const Node* item : r_.list(value(key), key)) {
            if (auto text = r_.text(item, key)) out.push_back(std::move(*text));
        }
        return out;
    }

    std::uint64_t hex(std::string_view key, std::uint64_t fallback) { return r_.hex64(value(key), key).value_or(fallback); }

    template <typename Enum, typename Parser>
    Enum choice(std::string_view key, Parser parse, Enum fallback) {
        return r_.choice<Enum>(value(key), key, parse).value_or(fallback);
    }

    // The mappings of a list of records, each already checked against `record`.
    template <typename Read>
    void each(std::string_view key, std::string_view record, Read read) {
        const Node* list_node = value(key);
        const RecordDescription* outer = record_;
        const Node* outer_mapping = mapping_;
        for (const Node* item : r_.list(list_node, key)) {
            if (const Node* entry = r_.mapping(item, key)) read(as(*entry, record));
        }
        record_ = outer;
        mapping_ = outer_mapping;
    }

    // A nested record, read by `read` when it is a mapping.
    template <typename Read>
    void nested(std::string_view key, std::string_view record, Read read) {
        const RecordDescription* outer = record_;
        const Node* outer_mapping = mapping_;
        if (const Node* entry = r_.mapping(value(key), key)) read(as(*entry, record));
        record_ = outer;
        mapping_ = outer_mapping;
    }

    void setup(SessionSetup& setup) {
        setup.style = choice<PlayStyle>("style", style_from_string, PlayStyle::couple);
        setup.players = texts("players");
        each("teams", "team", [&](SavedNightReader& team_fields) {
            Team team;
            team.name = team_fields.text("name");
            const FieldRule& members = find_record("team")->at("members");
            for (const Node* member : r_.list(team_fields.value("members"), members.name)) {
                team.members.push_back(static_cast<std::size_t>(
                    r_.integer(member, members.name, members.min, static_cast<std::int64_t>(members.item_max)).value_or(0)));
            }
            setup.teams.push_back(std::move(team));
        });
        setup.decks = texts("decks");
        setup.themes = texts("themes");
        nested("length", "night_length", [&](SavedNightReader& length) {
            setup.length.unit = length.choice<LengthUnit>("unit", unit_from_string, LengthUnit::cards);
            setup.length.amount = length.small("amount");
        });
        nested("levels", "night_levels", [&](SavedNightReader& levels) {
            setup.min_level = levels.small("min");
            setup.max_level = levels.small("max");
        });
        setup.intensity_limit = choice<Intensity>("intensity_limit", intensity_from_string, Intensity::company);
        setup.seed = hex("seed", 0);
        setup.mode = text("mode");
        setup.hold_back_nights = small("hold_back_nights");
        setup.replay_favourites = flag("replay_favourites");
        // Saves written before the apart switch existed have no such line: together, then.
        setup.apart = flag("apart");
    }

    void night(NightState& night) {
        nested("random", "random_state", [&](SavedNightReader& random) {
            night.random.state = random.hex("state", 0);
            night.random.increment = random.hex("increment", 1);
        });
        night.started_at = number("started_at");
        night.active_ms = number("active_ms");
        night.stage = choice<Stage>("stage", stage_from_string, Stage::playing);
        night.end_reason = choice<EndReason>("end_reason", end_reason_from_string, EndReason::none);
        night.turn_reader = index("turn_reader");
        night.turn_partner = index("turn_partner");
        night.current = text("current");
        night.current_is_closing = flag("current_is_closing");
        night.set_index = index("set_index");
        night.set_position = index("set_position");
        night.set_started_ms = number("set_started_ms");
        night.swaps = small("swaps");
        nested("timer", "saved_timer", [&](SavedNightReader& timer) {
            night.timer.phase = timer.choice<TimerPhase>("phase", timer_phase_from_string, TimerPhase::none);
            night.timer.length_ms = timer.number("length_ms");
            night.timer.remaining_ms = timer.number("remaining_ms");
            night.timer.min_seconds = timer.small("min_seconds");
            night.timer.max_seconds = timer.small("max_seconds");
        });
        each("seats", "seat_tally", [&](SavedNightReader& seat) {
            night.seats.push_back({seat.small("partner_turns"), seat.small("first_speaker_turns"),
                                   seat.small("last_first_speaker_turn")});
        });
        night.put_aside = texts("put_aside");
        each("favourites", "favourite_mark", [&](SavedNightReader& mark) {
            night.favourites.push_back({mark.text("key"), mark.text("text"), mark.text("theme_title"), mark.kind(),
                                        mark.flag("favourite")});
        });
        each("played", "played_card", [&](SavedNightReader& entry) {
            PlayedEntry played;
            played.key = entry.text("key");
            played.deck_id = entry.text("deck");
            played.text = entry.text("text");
            played.theme = entry.text("theme");
            played.theme_title = entry.text("theme_title");
            played.kind = entry.kind();
            played.level = entry.small("level");
            played.intensity = entry.choice<Intensity>("intensity", intensity_from_string, Intensity::personal);
            played.reader = entry.index("reader");
            night.played.push_back(std::move(played));
        });
        each("follow_ups", "follow_up", [&](SavedNightReader& asked) {
            night.follow_ups.push_back({asked.index("seat"), asked.index("turn"), asked.small("level"), asked.text("key")});
        });
        each("start_checks", "start_check", [&](SavedNightReader& check) {
            StartCheck start{check.index("seat"), std::nullopt, check.flag("shared")};
            if (check.value("value") != nullptr) start.value = check.small("value");
            night.start_checks.push_back(start);
        });
        if (value("favourite_back") != nullptr) {
            night.favourite_back = text("favourite_back");
            night.favourite_back_marked_at = number("favourite_back_marked_at");
        }
    }

private:
    RecordReader& r_;
    const RecordDescription* record_ = nullptr;
    const Node* mapping_ = nullptr;

    CardKind kind() { return choice<CardKind>("kind", card_kind_from_string, CardKind::question); }
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
    fields.as(*root, "saved_night");
    saved.saved_at = fields.number("saved_at");
    fields.nested("setup", "session_setup", [&](SavedNightReader& setup) { setup.setup(saved.setup); });
    fields.nested("night", "night_state", [&](SavedNightReader& night) { night.night(saved.night); });
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
