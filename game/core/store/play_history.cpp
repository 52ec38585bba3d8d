#include "core/store/play_history.hpp"

#include "core/format/data_paths.hpp"
#include "core/format/record_fields.hpp"
#include "core/format/record_reader.hpp"
#include "core/text/unreadable_file.hpp"
#include "core/format/yaml_writer.hpp"

#include <algorithm>

namespace kindling {

std::unordered_set<std::string> held_back_cards(const PlayHistory& history, int nights,
                                                bool replay_favourites) {
    std::unordered_set<std::string> held;
    const std::size_t count = std::min(history.nights.size(), static_cast<std::size_t>(std::max(nights, 0)));
    for (std::size_t i = history.nights.size() - count; i < history.nights.size(); ++i) {
        held.insert(history.nights[i].cards.begin(), history.nights[i].cards.end());
        held.insert(history.nights[i].contents.begin(), history.nights[i].contents.end());
    }
    if (replay_favourites) {
        for (const std::string& favourite : history.favourites) held.erase(favourite);
    }
    return held;
}

PlayHistory with_night(PlayHistory history, PlayedNight night, std::span<const FavouriteChange> changes) {
    if (!night.cards.empty()) history.nights.push_back(std::move(night));
    if (history.nights.size() > max_nights_in_history) {
        const auto excess = static_cast<std::ptrdiff_t>(history.nights.size() - max_nights_in_history);
        history.nights.erase(history.nights.begin(), history.nights.begin() + excess);
    }
    for (const FavouriteChange& change : changes) {
        auto& favourites = history.favourites;
        const auto it = std::find(favourites.begin(), favourites.end(), change.key);
        if (change.favourite && it == favourites.end()) favourites.push_back(change.key);
        if (!change.favourite && it != favourites.end()) favourites.erase(it);
    }
    return history;
}

PlayHistory fresh_start(PlayHistory history, bool keep_favourites) {
    history.nights.clear();
    if (!keep_favourites) history.favourites.clear();
    return history;
}

namespace {

const RecordDescription& night_record() { return *find_record("history_night"); }

// A list of quoted keys under a key; `indent` is the key's own indentation.
void write_keys(std::string_view name, const std::vector<std::string>& keys, std::string_view indent, std::string& out) {
    out += std::string(name) + ":";
    if (keys.empty()) out += " []";
    out += "\n";
    for (const std::string& key : keys) out += std::string(indent) + "  - " + yaml::quote(key) + "\n";
}

}  // namespace

std::string encode_history(const PlayHistory& history) {
    std::string out =
        "# Kindling's memory of recent nights, so that cards do not come back too soon.\n"
        "# \"Fresh start\" in the game's settings forgets it.\n";
    // Fields in the order of their descriptions (record_fields: history, history_night).
    for (const FieldRule& rule : history_record().fields) {
        if (rule.type == FieldType::version) {
            out += std::string(rule.name) + ": " + std::to_string(history_format_version) + "\n";
        } else if (rule.name == "favourites") {
            write_keys(rule.name, history.favourites, "", out);
        } else if (rule.name == "nights") {
            out += std::string(rule.name) + ":";
            if (history.nights.empty()) out += " []";
            out += "\n";
            for (const PlayedNight& night : history.nights) {
                std::string_view lead = "  - ";
                for (const FieldRule& field : night_record().fields) {
                    out += lead;
                    lead = "    ";
                    if (field.name == "ended") out += std::string(field.name) + ": " + std::to_string(night.ended_at) + "\n";
                    else if (field.name == "cards") write_keys(field.name, night.cards, "    ", out);
                    else if (field.name == "contents") write_keys(field.name, night.contents, "    ", out);
                }
            }
        }
    }
    return out;
}

std::optional<PlayHistory> decode_history(std::string_view text, DiagnosticList& diagnostics) {
    const RecordDescription& record = history_record();
    RecordReader reader(diagnostics);
    const auto root = reader.document(text, record.fields.front().name, history_format_version, record.what);
    if (!root) return std::nullopt;
    reader.check_keys(*root, record);
    PlayHistory history;
    const FieldRule& favourites = record.at("favourites");
    for (const yaml::Node* item : reader.list(reader.field(*root, favourites), favourites.name)) {
        if (auto key = reader.text(item, favourites.name)) history.favourites.push_back(std::move(*key));
    }
    const FieldRule& nights = record.at("nights");
    const FieldRule& ended = night_record().at("ended");
    const FieldRule& cards = night_record().at("cards");
    const FieldRule& contents = night_record().at("contents");
    for (const yaml::Node* item : reader.list(reader.field(*root, nights), nights.name)) {
        const yaml::Node* night_node = reader.mapping(item, nights.name);
        if (night_node == nullptr) continue;
        reader.check_keys(*night_node, night_record());
        PlayedNight night;
        night.ended_at = reader.integer(reader.field(*night_node, ended), ended.name, ended.min, ended.max).value_or(0);
        for (const yaml::Node* card : reader.list(reader.field(*night_node, cards), cards.name)) {
            if (auto key = reader.text(card, cards.name)) night.cards.push_back(std::move(*key));
        }
        for (const yaml::Node* card : reader.list(reader.field(*night_node, contents), contents.name)) {
            if (auto key = reader.text(card, contents.name)) night.contents.push_back(std::move(*key));
        }
        history.nights.push_back(std::move(night));
    }
    if (reader.failed()) return std::nullopt;
    return history;
}

WriteResult start_fresh(HistoryStore& store, bool keep_favourites) {
    return store.save(fresh_start(store.load().history, keep_favourites));
}

std::filesystem::path default_history_path() { return user_data_directory() / "history.yaml"; }

FileHistoryStore::FileHistoryStore(std::filesystem::path path, const Clock& clock)
    : path_(std::move(path)), clock_(&clock) {}

LoadedHistory FileHistoryStore::load() {
    std::error_code error_code;
    if (!std::filesystem::exists(path_, error_code)) return {};
    std::string bytes;
    std::string error;
    if (!read_file(path_, bytes, error, max_history_file_bytes)) {
        return {{}, {"notices.history_unreadable", {{"error", error}}}};
    }
    DiagnosticList diagnostics(path_.string());
    if (auto history = decode_history(bytes, diagnostics)) return {std::move(*history), {}};
    // decode_history reports at least one error whenever it gives nothing.
    if (diagnostics.items().empty()) diagnostics.error({}, Message{"problems.record.empty", {word_arg("what", "problems.records.history")}});
    const MessageArg reason = diagnostic_arg("reason", diagnostics.items().front());
    std::string set_aside_error;
    const auto moved = set_aside_unreadable_file(path_, clock_->unix_seconds(), set_aside_error);
    if (moved) return {{}, {"notices.history_set_aside", {reason, {"kept", moved->string()}}}};
    return {{}, {"notices.history_not_set_aside", {reason, {"error", set_aside_error}}}};
}

WriteResult FileHistoryStore::save(const PlayHistory& history) {
    AtomicWriteOptions options;
    options.backups = 1;
    options.create_parent_directories = true;
    return write_file_atomically(path_, encode_history(history), options);
}

}  // namespace kindling
