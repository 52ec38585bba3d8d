#include "core/store/our_nights_markdown.hpp"

#include "core/store/between_rules.hpp"

#include <ctime>

namespace kindling {

namespace {

std::string iso_date(std::int64_t unix_seconds) {
    const std::time_t at = static_cast<std::time_t>(unix_seconds);
    std::tm parts{};
    gmtime_r(&at, &parts);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
    return text;
}

std::string values(const std::vector<int>& shown) {
    std::string out;
    for (const int value : shown) out += (out.empty() ? "" : " / ") + std::to_string(value);
    return out.empty() ? "–" : out;
}

}  // namespace

std::string our_nights_markdown(const BetweenNights& between, const UiStrings& words) {
    std::string out = "# " + std::string(words.text("ournights.title")) + "\n\n";
    out += "| " + std::string(words.text("ournights.file.date")) + " | " + std::string(words.text("ournights.before")) +
           " | " + std::string(words.text("ournights.after")) + " | " + std::string(words.text("ournights.themes")) + " |\n";
    out += "|---|---|---|---|\n";
    for (const NightBetween& night : between.nights) {
        const VisibleCloseness shown = visible_closeness(night);
        std::string themes;
        for (const std::string& theme : night.themes) themes += (themes.empty() ? "" : ", ") + theme;
        out += "| " + iso_date(night.ended_at) + " | " + values(shown.before) + " | " + values(shown.after) + " | " +
               themes + " |\n";
    }
    out += "\n" + std::string(words.text("ournights.file.scale")) + "\n\n## " +
           std::string(words.text("ournights.favourites")) + "\n\n";
    for (const FavouriteMoment& favourite : between.favourites) {
        out += "- " + favourite.text + " (" + iso_date(favourite.marked_at) + ")\n";
    }
    return out;
}

}  // namespace kindling
