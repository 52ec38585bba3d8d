#pragma once
// The game's deck library as the night's flow sees it: the decks as written to deal from, the
// decks in the players' language for words, and where the player's own decks begin.

#include "app/deck_library.hpp"
#include "core/session/night_flow.hpp"

namespace kindling::app {

class LibraryNightDecks final : public NightDecks {
public:
    explicit LibraryNightDecks(const DeckLibrary& library) : library_(library) {}
    [[nodiscard]] std::span<const Deck> as_written() const override { return library_.as_written; }
    [[nodiscard]] std::span<const Deck> shown() const override { return library_.decks; }
    [[nodiscard]] std::size_t builtin_count() const override { return library_.builtin_decks; }

private:
    const DeckLibrary& library_;
};

}  // namespace kindling::app
