#include "night_summary.hpp"

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

std::string summary_markdown(const NightSummary& summary) {
    std::string out = "# Our Kindling night\n\n";
    out += "- Mode: " + escape_markdown(summary.mode_title) + "\n";
    out += "- Cards played: " + std::to_string(summary.cards_played) + "\n";
    out += "- Time together: " + std::to_string(summary.minutes) + " minute" +
           (summary.minutes == 1 ? "" : "s") + "\n";
    if (!summary.source.empty()) {
        out += "- Follows: " + escape_markdown(summary.source) + "\n";
        out += summary.deviations == 0
                   ? std::string("- Played as the procedure describes, without swapping cards.\n")
                   : "- Cards swapped: " + std::to_string(summary.deviations) +
                         " (a deviation from the original procedure)\n";
    }
    const auto table = [&](std::string_view heading, const std::vector<Tally>& tallies) {
        if (tallies.empty()) return;
        out += "\n## " + std::string(heading) + "\n\n| | cards |\n|---|---|\n";
        for (const Tally& tally : tallies) {
            out += "| " + escape_markdown(tally.title) + " | " + std::to_string(tally.count) + " |\n";
        }
    };
    table("Themes", summary.themes);
    table("Kinds of cards", summary.kinds);
    if (!summary.favourites.empty()) {
        out += "\n## Favourites\n\n";
        for (const FavouriteMark& mark : summary.favourites) {
            out += "- " + escape_markdown(mark.text) + " (" + escape_markdown(mark.theme_title) + ")\n";
        }
    }
    return out;
}

WriteResult export_summary_markdown(const NightSummary& summary, const std::filesystem::path& path) {
    return write_file_atomically(path, summary_markdown(summary));
}

}  // namespace kindling
