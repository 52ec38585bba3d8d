#include "core/night/night_summary.hpp"

#include "core/deck/play_mode.hpp"

#include <algorithm>
#include <map>

namespace kindling {

namespace {

std::vector<Tally> sorted(std::map<std::string, Tally> tallies) {
    std::vector<Tally> out;
    for (auto& [id, tally] : tallies) out.push_back(std::move(tally));
    std::stable_sort(out.begin(), out.end(), [](const Tally& a, const Tally& b) {
        if (a.count != b.count) return a.count > b.count;
        return a.title < b.title;
    });
    return out;
}

// Markdown would read `*`, `_`, brackets and friends in card texts as formatting. Texts always
// follow "- " or "| " here, so characters that only matter at the start of a line are safe.
std::string escape_markdown(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::string_view("\\`*_[]<>|").find(c) != std::string_view::npos) out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

}  // namespace

std::string_view plural_title(CardKind kind) {
    switch (kind) {
        case CardKind::question: return "Questions";
        case CardKind::compliment: return "Compliments";
        case CardKind::gratitude: return "Gratitude";
        case CardKind::feeling: return "Feelings";
        case CardKind::gesture: return "Gestures";
        case CardKind::activity: return "Activities";
        case CardKind::dare: return "Dares";
        case CardKind::vote: return "Votes";
        case CardKind::guess: return "Guesses";
        case CardKind::write: return "Written answers";
    }
    return "Cards";
}

NightSummary summarise_night(const NightState& night, std::string mode_id, std::string mode_title,
                             std::string source) {
    NightSummary summary;
    summary.mode_id = std::move(mode_id);
    summary.mode_title = std::move(mode_title);
    summary.cards_played = night.played.size();
    std::map<std::string, Tally> themes;
    std::map<std::string, Tally> kinds;
    for (const PlayedEntry& entry : night.played) {
        Tally& theme = themes[entry.theme];
        theme.id = entry.theme;
        theme.title = entry.theme_title.empty() ? "No theme" : entry.theme_title;
        ++theme.count;
        const std::string kind_id(to_string(entry.kind));
        Tally& kind = kinds[kind_id];
        kind.id = kind_id;
        kind.title = plural_title(entry.kind);
        ++kind.count;
    }
    summary.themes = sorted(std::move(themes));
    summary.kinds = sorted(std::move(kinds));
    for (const FavouriteMark& mark : night.favourites) {
        if (mark.favourite) summary.favourites.push_back(mark);
    }
    summary.minutes = (night.active_ms + 30'000) / 60'000;
    summary.end_reason = night.end_reason;
    summary.source = std::move(source);
    if (!summary.source.empty()) summary.deviations = night.swaps;
    return summary;
}

namespace {

// A built-in name in the players' language when the strings have one, else the title as given.
std::string localised(const UiStrings& words, std::string_view group, const std::string& id, const std::string& title) {
    const std::string key = std::string(group) + "." + id;
    return words.has(key) ? std::string(words.text(key)) : title;
}

}  // namespace

std::string summary_markdown(const NightSummary& summary, const UiStrings& words) {
    const std::string mode = summary.party                           ? std::string(words.text("summary.file.party"))
                             : summary.mode_id == game_night_mode_id ? std::string(words.text("setup.game_night"))
                                                                     : summary.mode_title;
    std::string out = "# " + std::string(words.text("summary.file.heading")) + "\n\n";
    out += "- " + escape_markdown(words.format("summary.file.mode", {{"mode", mode}})) + "\n";
    out += "- " + words.count("summary.file.cards_played", static_cast<long long>(summary.cards_played)) + "\n";
    out += "- " + words.format("summary.file.time_together",
                               {{"time", words.count("summary.minutes", summary.minutes)}}) + "\n";
    if (!summary.source.empty()) {
        out += "- " + escape_markdown(words.format("summary.file.follows", {{"source", summary.source}})) + "\n";
        out += "- " + (summary.deviations == 0 ? std::string(words.text("summary.file.as_written"))
                                               : words.count("summary.file.swapped", summary.deviations)) + "\n";
    }
    const auto table = [&](std::string_view heading, std::string_view group, const std::vector<Tally>& tallies) {
        if (tallies.empty()) return;
        out += "\n## " + std::string(heading) + "\n\n| | " + std::string(words.text("summary.file.cards_column")) +
               " |\n|---|---|\n";
        for (const Tally& tally : tallies) {
            out += "| " + escape_markdown(localised(words, group, tally.id, tally.title)) + " | " +
                   std::to_string(tally.count) + " |\n";
        }
    };
    if (!summary.scores.empty()) {
        out += "\n## " + std::string(words.text("summary.scores")) + "\n\n| | " +
               std::string(words.text("summary.file.points_column")) + " |\n|---|---|\n";
        for (const SummaryScore& score : summary.scores) {
            out += "| " + std::to_string(score.place) + ". " + escape_markdown(score.name) + " | " +
                   std::to_string(score.points) + " |\n";
        }
    }
    table(words.text("summary.themes"), "themes", summary.themes);
    table(words.text("summary.file.kinds"), "kinds_plural", summary.kinds);
    if (!summary.favourites.empty()) {
        out += "\n## " + std::string(words.text("summary.favourites")) + "\n\n";
        for (const FavouriteMark& mark : summary.favourites) {
            out += "- " + escape_markdown(mark.text) + " (" + escape_markdown(mark.theme_title) + ")\n";
        }
    }
    return out;
}

WriteResult export_summary_markdown(const NightSummary& summary, const std::filesystem::path& path,
                                    const UiStrings& words) {
    return write_file_atomically(path, summary_markdown(summary, words));
}

}  // namespace kindling
