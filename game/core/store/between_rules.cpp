#include "core/store/between_rules.hpp"

#include <algorithm>

namespace kindling {

std::vector<SealedNote> notes_for(const BetweenNights& between, std::string_view reader,
                                  std::span<const std::string> players, std::int64_t night_started_at, bool party) {
    std::vector<SealedNote> found;
    if (party) return found;
    const auto plays_tonight = [&](std::string_view name) {
        return std::find(players.begin(), players.end(), name) != players.end();
    };
    if (!plays_tonight(reader)) return found;
    for (const SealedNote& note : between.notes) {
        if (note.to != reader || note.from == reader || !plays_tonight(note.from)) continue;
        // Sealed until a later night together begins (notes are written at a night's end, so
        // any night starting at or after that moment is a later one).
        if (note.written_at > night_started_at) continue;
        found.push_back(note);
    }
    return found;
}

BetweenNights without_note(BetweenNights between, const SealedNote& note) {
    const auto it = std::find(between.notes.begin(), between.notes.end(), note);
    if (it != between.notes.end()) between.notes.erase(it);
    return between;
}

std::optional<FavouriteMoment> favourite_coming_back(const BetweenNights& between,
                                                     std::span<const std::string> still_favourite,
                                                     std::int64_t night_started_at, bool party) {
    if (party) return std::nullopt;
    const FavouriteMoment* chosen = nullptr;
    for (const FavouriteMoment& favourite : between.favourites) {
        if (favourite.returned_at != 0) continue;
        if (night_started_at - favourite.marked_at < favourite_return_after_seconds) continue;
        if (std::find(still_favourite.begin(), still_favourite.end(), favourite.key) == still_favourite.end()) continue;
        if (chosen == nullptr || favourite.marked_at < chosen->marked_at) chosen = &favourite;
    }
    if (chosen == nullptr) return std::nullopt;
    return *chosen;
}

BetweenNights with_favourite_returned(BetweenNights between, std::string_view key, std::int64_t at) {
    for (FavouriteMoment& favourite : between.favourites) {
        if (favourite.key == key && favourite.returned_at == 0) favourite.returned_at = std::max<std::int64_t>(at, 1);
    }
    return between;
}

BetweenNights with_favourite_marks(BetweenNights between, std::span<const FavouriteMark> marks, std::int64_t at) {
    auto& favourites = between.favourites;
    for (const FavouriteMark& mark : marks) {
        const auto it = std::find_if(favourites.begin(), favourites.end(),
                                     [&](const FavouriteMoment& f) { return f.key == mark.key; });
        if (mark.favourite && it == favourites.end()) favourites.push_back({mark.key, mark.text, at, 0});
        if (!mark.favourite && it != favourites.end()) favourites.erase(it);
    }
    return between;
}

BetweenNights with_night(BetweenNights between, NightBetween night) {
    between.nights.push_back(std::move(night));
    if (between.nights.size() > max_nights_between) {
        const auto excess = static_cast<std::ptrdiff_t>(between.nights.size() - max_nights_between);
        between.nights.erase(between.nights.begin(), between.nights.begin() + excess);
    }
    return between;
}

namespace {

// Every answer of the moment, or none unless all who answered shared and at least two answered.
std::vector<int> shown_answers(const NightBetween& night, bool before) {
    std::vector<int> values;
    for (const PlayerCloseness& check : night.checks) {
        const std::optional<ClosenessAnswer>& answer = before ? check.before : check.after;
        if (!answer) return {};
        if (!answer->shared) return {};
        values.push_back(answer->value);
    }
    if (values.size() < 2) return {};
    return values;
}

}  // namespace

VisibleCloseness visible_closeness(const NightBetween& night) {
    VisibleCloseness visible;
    for (const PlayerCloseness& check : night.checks) visible.players.push_back(check.player);
    visible.before = shown_answers(night, true);
    visible.after = shown_answers(night, false);
    return visible;
}

}  // namespace kindling
