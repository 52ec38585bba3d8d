#include "core/store/play_history.hpp"

#include "core/format/data_paths.hpp"
#include "core/format/record_reader.hpp"
#include "core/text/unreadable_file.hpp"
#include "core/format/yaml_writer.hpp"

#include <algorithm>
#include <limits>

namespace kindling {

std::unordered_set<std::string> held_back_cards(const PlayHistory& history, int nights,
                                                bool replay_favourites) {
    std::unordered_set<std::string> held;
    const std::size_t count = std::min(history.nights.size(), static_cast<std::size_t>(std::max(nights, 0)));
    for (std::size_t i = history.nights.size() - count; i < history.nights.size(); ++i) {
        held.insert(history.nights[i].cards.begin(), history.nights[i].cards.end());
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

std::string encode_history(const PlayHistory& history) {
    std::string out =
        "# Kindling's memory of recent nights, so that cards do not come back too soon.\n"
        "# \"Fresh start\" in the game's settings forgets it.\n";
    out += "kindling_history: " + std::to_string(history_format_version) + "\n";
    out += "favourites:";
    if (history.favourites.empty()) out += " []";
    out += "\n";
    for (const std::string& key : history.favourites) out += "  - " + yaml::quote(key) + "\n";
    out += "nights:";
    if (history.nights.empty()) out += " []";
    out += "\n";
    for (const PlayedNight& night : history.nights) {
        out += "  - ended: " + std::to_string(night.ended_at) + "\n";
        out += "    cards:";
        if (night.cards.empty()) out += " []";
        out += "\n";
        for (const std::string& key : night.cards) out += "      - " + yaml::quote(key) + "\n";
    }
    return out;
}

std::optional<PlayHistory> decode_history(std::string_view text, DiagnosticList& diagnostics) {
    RecordReader reader(diagnostics);
    const auto root = reader.document(text, "kindling_history", history_format_version, "play history");
    if (!root) return std::nullopt;
    PlayHistory history;
    for (const yaml::Node* item : reader.list(reader.field(*root, "favourites"), "favourites")) {
        if (auto key = reader.text(item, "favourites")) history.favourites.push_back(std::move(*key));
    }
    for (const yaml::Node* item : reader.list(reader.field(*root, "nights"), "nights")) {
        const yaml::Node* night_node = reader.mapping(item, "nights");
        if (night_node == nullptr) continue;
        PlayedNight night;
        night.ended_at = reader.integer(reader.field(*night_node, "ended"), "ended", 0, std::numeric_limits<std::int64_t>::max()).value_or(0);
        for (const yaml::Node* card : reader.list(reader.field(*night_node, "cards"), "cards")) {
            if (auto key = reader.text(card, "cards")) night.cards.push_back(std::move(*key));
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
        return {{}, "Kindling could not read its play history (" + error +
                        "); tonight's cards are dealt without it."};
    }
    DiagnosticList diagnostics(path_.string());
    if (auto history = decode_history(bytes, diagnostics)) return {std::move(*history), {}};
    const std::string reason =
        diagnostics.items().empty() ? std::string("unreadable") : format_diagnostic(diagnostics.items().front());
    std::string set_aside_error;
    const auto moved = set_aside_unreadable_file(path_, clock_->unix_seconds(), set_aside_error);
    return {{}, "Kindling could not read its play history: " + reason + ". " +
                    (moved ? "It was kept as " + moved->string() + " and a new history starts."
                           : "It could not be set aside either (" + set_aside_error + ").")};
}

WriteResult FileHistoryStore::save(const PlayHistory& history) {
    AtomicWriteOptions options;
    options.backups = 1;
    options.create_parent_directories = true;
    return write_file_atomically(path_, encode_history(history), options);
}

}  // namespace kindling
