// Deck files dropped on the game's window (SDL_DROPBEGIN, SDL_DROPFILE, SDL_DROPCOMPLETE through
// SDL's own queue) or opened from the file manager: a good deck is added to the player's decks
// and dealt at once; a broken one is shown with its file, line and column and never copied.
#include "core/text/atomic_file.hpp"
#include "game/game_fixture.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace kindling;
using namespace kindling::testing;
namespace fs = std::filesystem;

namespace {

// The player's data folder, for the time of a test, in a temporary folder.
class TemporaryDataHome {
public:
    TemporaryDataHome() {
        if (const char* previous = std::getenv("XDG_DATA_HOME")) saved_ = previous;
        ::setenv("XDG_DATA_HOME", folder_.path().c_str(), 1);
    }
    ~TemporaryDataHome() {
        if (saved_) ::setenv("XDG_DATA_HOME", saved_->c_str(), 1);
        else ::unsetenv("XDG_DATA_HOME");
    }
    TemporaryDataHome(const TemporaryDataHome&) = delete;
    TemporaryDataHome& operator=(const TemporaryDataHome&) = delete;
    [[nodiscard]] fs::path decks() const { return folder_.path() / "kindling" / "decks"; }

private:
    TemporaryDirectory folder_;
    std::optional<std::string> saved_;
};

const std::string good_deck =
    "kindling_deck: 1\nid: our-wedding\ntitle: Our wedding\ntheme: inner-world\ncards:\n"
    "  - kind: question\n    text: What do you remember of the day we met?\n"
    "  - kind: question\n    text: What should we promise each other again?\n";
const std::string broken_deck =
    "kindling_deck: 1\nid: broken-one\ntitle: Broken\ncards:\n  - kind: questoin\n    text: Why?\n";

void write(const fs::path& path, const std::string& text) { REQUIRE(write_file_atomically(path, text)); }

SDL_Event drop_event(Uint32 type, const fs::path& file = {}) {
    SDL_Event event{};
    event.type = type;
    // The game frees the name as SDL's drivers expect.
    event.drop.file = type == SDL_DROPFILE ? SDL_strdup(file.c_str()) : nullptr;
    return event;
}

void drop(TestGame& game, const std::vector<fs::path>& files) {
    game.send(drop_event(SDL_DROPBEGIN));
    for (const fs::path& file : files) game.send(drop_event(SDL_DROPFILE, file));
    game.send(drop_event(SDL_DROPCOMPLETE));
}

std::size_t files_in(const fs::path& folder) {
    std::error_code error;
    if (!fs::exists(folder, error)) return 0;
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("A good deck dropped on the window is added to the player's decks and dealt at once") {
    TemporaryDataHome home;
    TemporaryDirectory incoming;
    write(incoming.path() / "our-wedding.yaml", good_deck);
    TestGame game(1280, 720);
    game.start_at_title();
    REQUIRE(game.game().decks().find("our-wedding") == nullptr);

    drop(game, {incoming.path() / "our-wedding.yaml"});
    CHECK(game.top() == "dialog");
    CHECK(game.shows("Add to your decks?"));
    CHECK(game.shows_part("Our wedding: 2 cards, deck code "));
    CHECK(game.focus() == "add");
    game.key(SDLK_RETURN);
    CHECK(game.shows("Added to your decks"));
    CHECK(read_text_file(home.decks() / "our-wedding.yaml") == good_deck);
    CHECK(game.game().decks().find("our-wedding") != nullptr);
    game.key(SDLK_RETURN);
    CHECK(game.top() == "title");

    // The same deck again: it is already there, and nothing is copied twice.
    drop(game, {incoming.path() / "our-wedding.yaml"});
    CHECK(game.shows_part("Our wedding is already among your decks"));
    game.key(SDLK_RETURN);
    CHECK(files_in(home.decks()) == 1);
}

TEST_CASE("A broken deck dropped on the window is shown with its problems and never copied") {
    TemporaryDataHome home;
    TemporaryDirectory incoming;
    write(incoming.path() / "broken.yaml", broken_deck);
    TestGame game(1280, 720);
    game.start_at_title();

    drop(game, {incoming.path() / "broken.yaml"});
    CHECK(game.top() == "dialog");
    CHECK(game.shows("This deck cannot be used"));
    CHECK(game.shows_part("broken.yaml has problems, so it is not added:"));
    CHECK(game.shows_part("broken.yaml:5:11: error: unknown kind \"questoin\""));
    CHECK(game.focus() == "not-now");
    game.key(SDLK_RETURN);
    CHECK(game.top() == "title");
    CHECK(files_in(home.decks()) == 0);
    CHECK(game.game().decks().find("broken-one") == nullptr);
}

TEST_CASE("Several files dropped at once: the good ones are added, the broken one is not") {
    TemporaryDataHome home;
    TemporaryDirectory incoming;
    write(incoming.path() / "our-wedding.yaml", good_deck);
    write(incoming.path() / "broken.yaml", broken_deck);
    fs::create_directories(incoming.path() / "folder");
    write(incoming.path() / "folder" / "party-extra.yaml",
          "kindling_deck: 1\nid: party-extra\ntitle: Party extra\ncards:\n  - kind: dare\n    text: Sing the chorus of a song you love.\n");
    TestGame game(1280, 720);
    game.start_at_title();

    drop(game, {incoming.path() / "our-wedding.yaml", incoming.path() / "broken.yaml", incoming.path() / "folder"});
    CHECK(game.shows("Add to your decks?"));
    CHECK(game.shows_part("broken.yaml:5:11: error: unknown kind"));
    CHECK(game.focus() == "add");
    game.key(SDLK_RETURN);
    CHECK(game.shows("2 decks added to your decks"));
    CHECK(files_in(home.decks()) == 2);
    CHECK(fs::exists(home.decks() / "our-wedding.yaml"));
    CHECK(fs::exists(home.decks() / "party-extra.yaml"));
    CHECK_FALSE(fs::exists(home.decks() / "broken.yaml"));
}

TEST_CASE("A deck opened from the file manager is offered to play at once") {
    TemporaryDataHome home;
    TemporaryDirectory incoming;
    write(incoming.path() / "our-wedding.yaml", good_deck);
    TestGame game(1280, 720);
    game.start_at_title();
    game.game().offer_decks({incoming.path() / "our-wedding.yaml"}, true);
    game.game().screens().apply_pending();
    game.settle();
    CHECK(game.shows("Play this deck?"));
    CHECK(game.focus() == "play");
    game.key(SDLK_RETURN);
    CHECK(game.top() == "players");
    CHECK(game.game().night().draft().decks == std::vector<std::string>{"our-wedding"});
    CHECK(files_in(home.decks()) == 0);  // played, not added
}

TEST_CASE("A deck opened from the file manager that is already among the decks is dealt from there") {
    TemporaryDataHome home;
    TestGame game(1280, 720);
    game.start_at_title();
    const std::size_t problems_before = game.game().decks().problems.size();
    game.game().offer_decks({data_directory() / "decks" / "play.yaml"}, true);
    game.game().screens().apply_pending();
    game.settle();
    CHECK(game.shows_part("is already among your decks"));
    CHECK(game.focus() == "play");
    game.key(SDLK_RETURN);
    CHECK(game.top() == "players");
    CHECK(game.game().night().draft().decks == std::vector<std::string>{"play"});
    // No second copy of the deck was loaded (and refused) behind the players' backs.
    CHECK(game.game().decks().problems.size() == problems_before);
}
