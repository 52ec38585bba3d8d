// Party mode in the running game, driven through SDL's event queue as players drive it: a
// whole night of eight with votes, guesses and points; controllers unplugged and plugged in
// again (SDL virtual joysticks) fifty times; glyphs that follow the controller type; extra
// mappings from gamecontrollerdb.txt; the ten-foot card text.
#include "app/controllers.hpp"
#include "game/game_fixture.hpp"
#include "screens/party_card.hpp"
#include "screens/screens.hpp"
#include "ui/card_renderer.hpp"
#include "ui/widgets/control_glyphs.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

using namespace kindling;
using namespace kindling::testing;

namespace {

const std::vector<std::string> eight{"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana"};

std::size_t index_of(const std::string& name) {
    return static_cast<std::size_t>(std::find(eight.begin(), eight.end(), name) - eight.begin());
}

// Moves the focus with `step` until `id` has it (or gives up after a screenful of rows).
void focus_on(TestGame& game, const std::string& id, SDL_Keycode step) {
    for (int i = 0; i < 40 && game.focus() != id; ++i) game.key(step);
    REQUIRE(game.focus() == id);
}

// Lets SDL turn joystick changes into events and hands them to the game.
void pump(TestGame& game) {
    SDL_PumpEvents();
    SDL_Event event;
    while (SDL_PollEvent(&event) != 0) game.app().dispatch(event);
    game.settle(100);
}

}  // namespace

TEST_CASE("A party of eight plays a whole night through SDL events: votes counted, guesses scored, a winner") {
    TestGame game(1280, 720, Settings{}, [] {
        app::AppOptions options = test_options();
        options.players = eight;
        return options;
    }());
    game.start_at_title();
    focus_on(game, "party", SDLK_DOWN);
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "party");
    CHECK(game.game().party_mode());
    focus_on(game, "players", SDLK_UP);
    game.key(SDLK_RIGHT);  // eight already (from --players); further is clamped
    CHECK(game.shows("8"));
    focus_on(game, "start", SDLK_DOWN);
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "card");
    const PartyNight* party = game.game().night().party();
    REQUIRE(party != nullptr);
    REQUIRE(party->player_count() == 8);

    // The test keeps its own books, by the rules in docs/DEALING.md.
    std::map<std::string, int> expected;
    int votes = 0;
    int ties = 0;
    int guesses = 0;
    int swaps = 0;
    int round = 0;
    for (int step = 0; step < 200 && game.top() == "card"; ++step) {
        const SessionView view = game.game().night().session()->view();
        REQUIRE(view.card);
        CHECK(view.card->intensity == Intensity::company);
        const std::string reader = party->turn(view.turn).reader;
        CHECK(game.shows(reader + " reads"));
        if (step % 7 == 3) {
            // Anyone may swap a card without a reason: same turn, same reader.
            game.key(SDLK_s);
            ++swaps;
            CHECK(game.game().night().session()->view().turn.number == view.turn.number);
            CHECK(party->turn(game.game().night().session()->view().turn).reader == reader);
            continue;
        }
        if (view.card->kind == CardKind::vote) {
            CHECK(game.focus() == "vote");
            game.key(SDLK_RETURN);
            REQUIRE(game.top() == "party-vote");
            std::vector<int> counts(8, 0);
            std::vector<std::size_t> ballots(8);
            for (int cast = 0; cast < 8; ++cast) {
                std::string voter;
                for (const std::string& name : eight) {
                    if (game.shows(name + ", your vote")) voter = name;
                }
                REQUIRE_FALSE(voter.empty());
                if (cast == 0) CHECK(voter == reader);  // the reader votes first
                const std::size_t v = index_of(voter);
                const std::size_t candidate = std::vector<std::size_t>{1, 2, 5}[(v + static_cast<std::size_t>(round)) % 3];
                ballots[v] = candidate;
                ++counts[candidate];
                game.key(static_cast<SDL_Keycode>(SDLK_1 + static_cast<int>(candidate)));
            }
            const int top = *std::max_element(counts.begin(), counts.end());
            if (top >= 2) {
                int leaders = 0;
                for (const int count : counts) leaders += count == top ? 1 : 0;
                if (leaders > 1) ++ties;
                for (std::size_t v = 0; v < 8; ++v) {
                    if (counts[ballots[v]] == top) ++expected[eight[v]];
                }
            }
            CHECK(game.shows(std::to_string(top) + " votes"));
            CHECK(game.focus() == "next");
            game.key(SDLK_RETURN);
            ++votes;
            ++round;
            continue;
        }
        if (view.card->kind == CardKind::guess) {
            game.key(SDLK_RETURN);
            REQUIRE(game.top() == "party-guess");
            if (view.turn.answers == Answerer::everyone || view.turn.answers == Answerer::reader) {
                // Ana was closest (or Ben, when Ana reads: the reader knows the answer).
                const std::string closest = reader == "Ana" ? "Ben" : "Ana";
                game.key(closest == "Ana" ? SDLK_1 : SDLK_2);
                focus_on(game, "confirm", SDLK_DOWN);
                game.key(SDLK_RETURN);
                ++expected[closest];
            } else {
                // The player the card names guesses the reader's answer; right scores for both.
                REQUIRE(game.focus() == "right");
                game.key(SDLK_RETURN);
                ++expected[reader];
                ++expected[view.turn.speakers.front()];
            }
            CHECK(game.focus() == "next");
            game.key(SDLK_RETURN);
            ++guesses;
            continue;
        }
        if (view.card->kind == CardKind::write) {
            // Played aloud here (the write round has a test of its own): "Say them aloud" is done.
            CHECK(game.focus() == "write");
            focus_on(game, "done", SDLK_RIGHT);
            game.key(SDLK_RETURN);
            continue;
        }
        CHECK(game.focus() == "done");
        game.key(SDLK_RETURN);
    }
    INFO("votes " << votes << " (ties " << ties << "), guesses " << guesses << ", swaps " << swaps);
    CHECK(votes >= 3);
    CHECK(swaps >= 3);
    REQUIRE(game.top() == "party-scores");

    const PartyNight* ended = game.game().night().party();
    REQUIRE(ended != nullptr);
    int best = 0;
    for (std::size_t p = 0; p < 8; ++p) {
        CAPTURE(eight[p]);
        CHECK(ended->scores().points(p) == expected[eight[p]]);
        best = std::max(best, expected[eight[p]]);
    }
    CHECK(ended->tally().votes == votes);
    CHECK(ended->tally().guesses == guesses);
    std::vector<std::string> winners;
    for (const std::string& name : eight) {
        if (expected[name] == best) winners.push_back(name);
    }
    const std::string title = winners.size() == 1 ? winners[0] + " won the party!"
                                                  : "A shared win: " + screens::name_list(winners, game.game().strings()) + "!";
    CHECK(game.shows(title));

    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "summary");
    const NightSummary summary = game.game().night().session()->summary();
    CHECK(summary.cards_played == 20);
    CHECK(game.game().statistics().swaps == swaps);
}

TEST_CASE("Unplugging the controller in use pauses the party until any controller or key takes over, 50 times") {
    REQUIRE(SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) == 0);
    TestGame game(1280, 720);
    game.open("party-card");
    REQUIRE(game.top() == "card");
    constexpr int buttons = SDL_CONTROLLER_BUTTON_DPAD_RIGHT + 1;
    int prompts = 0;
    for (int round = 0; round < 50; ++round) {
        CAPTURE(round);
        const int index = SDL_JoystickAttachVirtual(SDL_JOYSTICK_TYPE_GAMECONTROLLER, 6, buttons, 0);
        REQUIRE(index >= 0);
        pump(game);
        REQUIRE(game.app().open_controllers() == 1);
        SDL_Joystick* stick = SDL_JoystickOpen(index);
        REQUIRE(stick != nullptr);
        const SDL_JoystickID id = SDL_JoystickInstanceID(stick);
        if (game.top() == "reconnect") {
            // The last round ended with the controller gone: this one takes over with a button.
            SDL_JoystickSetVirtualButton(stick, SDL_CONTROLLER_BUTTON_A, 1);
            pump(game);
            SDL_JoystickSetVirtualButton(stick, SDL_CONTROLLER_BUTTON_A, 0);
            pump(game);
            REQUIRE(game.top() == "card");
            CHECK(game.game().night().session()->view().stage == Stage::playing);
        }
        // Someone moves the focus with this pad: it is the controller in use now.
        SDL_JoystickSetVirtualButton(stick, SDL_CONTROLLER_BUTTON_DPAD_RIGHT, 1);
        pump(game);
        SDL_JoystickSetVirtualButton(stick, SDL_CONTROLLER_BUTTON_DPAD_RIGHT, 0);
        pump(game);
        REQUIRE(game.app().active_pad() == id);
        CHECK(game.game().device() == ui::InputDevice::gamepad);

        SDL_JoystickClose(stick);
        REQUIRE(SDL_JoystickDetachVirtual(index) == 0);
        pump(game);
        REQUIRE(game.top() == "reconnect");
        ++prompts;
        CHECK(game.shows("Controller disconnected"));
        CHECK(game.game().night().session()->view().stage == Stage::paused);
        CHECK(game.app().open_controllers() == 0);
        if (round % 2 == 0) {
            // The keyboard works all along.
            game.key(SDLK_RETURN);
            REQUIRE(game.top() == "card");
            CHECK(game.game().night().session()->view().stage == Stage::playing);
        }
    }
    CHECK(prompts == 50);
    // A controller nobody used going away changes nothing.
    const int index = SDL_JoystickAttachVirtual(SDL_JOYSTICK_TYPE_GAMECONTROLLER, 6, buttons, 0);
    pump(game);
    game.key(SDLK_RETURN);  // the last round left the prompt up: the keyboard takes over
    REQUIRE(game.top() == "card");
    REQUIRE(SDL_JoystickDetachVirtual(index) == 0);
    pump(game);
    CHECK(game.top() == "card");
}

TEST_CASE("Glyphs follow the controller type, confirm is the bottom button on every pad") {
    using ui::Command;
    using ui::InputDevice;
    using ui::PadStyle;
    CHECK(ui::glyph_for(Command::confirm, InputDevice::gamepad, PadStyle::xbox)->literal == "A");
    CHECK(ui::glyph_for(Command::back, InputDevice::gamepad, PadStyle::xbox)->literal == "B");
    CHECK(ui::glyph_for(Command::confirm, InputDevice::gamepad, PadStyle::playstation)->literal == "\u2715");
    CHECK(ui::glyph_for(Command::back, InputDevice::gamepad, PadStyle::playstation)->literal == "\u25CB");
    CHECK(ui::glyph_for(Command::swap, InputDevice::gamepad, PadStyle::playstation)->literal == "\u25A1");
    // Nintendo prints B on the bottom button and A on the right one.
    CHECK(ui::glyph_for(Command::confirm, InputDevice::gamepad, PadStyle::nintendo)->literal == "B");
    CHECK(ui::glyph_for(Command::back, InputDevice::gamepad, PadStyle::nintendo)->literal == "A");
    CHECK(ui::glyph_for(Command::favourite, InputDevice::gamepad, PadStyle::nintendo)->literal == "X");
    CHECK(ui::glyph_for(Command::timer, InputDevice::gamepad, PadStyle::playstation)->literal == "R1");
    CHECK(ui::glyph_for(Command::number, InputDevice::keyboard)->literal == "1\u20138");
    CHECK(ui::pad_style_for(SDL_CONTROLLER_TYPE_PS4) == PadStyle::playstation);
    CHECK(ui::pad_style_for(SDL_CONTROLLER_TYPE_PS5) == PadStyle::playstation);
    CHECK(ui::pad_style_for(SDL_CONTROLLER_TYPE_NINTENDO_SWITCH_PRO) == PadStyle::nintendo);
    CHECK(ui::pad_style_for(SDL_CONTROLLER_TYPE_XBOXONE) == PadStyle::xbox);
    CHECK(ui::pad_style_for(SDL_CONTROLLER_TYPE_UNKNOWN) == PadStyle::xbox);

    // A PlayStation pad (Sony's vendor and a DualShock 4's product id) in use: the hints say so.
    REQUIRE(SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) == 0);
    TestGame game(1280, 720);
    game.open("party-card");
    SDL_VirtualJoystickDesc desc{};
    desc.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
    desc.type = SDL_JOYSTICK_TYPE_GAMECONTROLLER;
    desc.naxes = 6;
    desc.nbuttons = SDL_CONTROLLER_BUTTON_DPAD_RIGHT + 1;
    desc.vendor_id = 0x054c;
    desc.product_id = 0x09cc;
    desc.name = "Test DualShock 4";
    const int index = SDL_JoystickAttachVirtualEx(&desc);
    REQUIRE(index >= 0);
    pump(game);
    SDL_Joystick* stick = SDL_JoystickOpen(index);
    REQUIRE(stick != nullptr);
    SDL_JoystickSetVirtualButton(stick, SDL_CONTROLLER_BUTTON_DPAD_LEFT, 1);
    pump(game);
    SDL_JoystickSetVirtualButton(stick, SDL_CONTROLLER_BUTTON_DPAD_LEFT, 0);
    pump(game);
    CHECK(game.game().pad_style() == PadStyle::playstation);
    CHECK(game.shows("\u25A1"));  // swap's glyph on its button
    SDL_JoystickClose(stick);
    SDL_JoystickDetachVirtual(index);
    pump(game);
    game.key(SDLK_ESCAPE);
}

TEST_CASE("gamecontrollerdb.txt: good lines reach SDL, broken ones are named, a missing file is fine") {
    REQUIRE(SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) == 0);
    const auto folder = std::filesystem::temp_directory_path() / "kindling-party-mappings-test";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const auto file = folder / "gamecontrollerdb.txt";
    {
        std::ofstream out(file);
        out << "# test mappings\n"
            << "0300000099aa0000bb11000001000000,Kindling Test Pad,a:b0,b:b1,x:b2,y:b3,platform:Linux,\n"
            << "this line is broken\n"
            << "0300000099aa0000bb22000001000000,Another Test Pad,a:b0,b:b1,platform:Mac OS X,\n";
    }
    const app::MappingsLoad load = app::load_controller_mappings(file);
    CHECK(load.added == 1);
    REQUIRE(load.problems.size() == 1);
    CHECK_THAT(load.problems[0], Catch::Contains(file.string() + ":3:1: error:"));
    char* mapping = SDL_GameControllerMappingForGUID(SDL_JoystickGetGUIDFromString("0300000099aa0000bb11000001000000"));
    REQUIRE(mapping != nullptr);
    CHECK_THAT(std::string(mapping), Catch::Contains("Kindling Test Pad"));
    SDL_free(mapping);
    CHECK(app::load_controller_mappings(folder / "missing.txt").problems.empty());
    std::filesystem::remove_all(folder);
}

TEST_CASE("Party card text is never below 64 px at 1080p, the reader's name is large and who answers is named") {
    ui::CardContent content;
    CHECK(ui::CardRenderer::text_minimum(content) == 48);
    content.ten_foot = true;
    CHECK(ui::CardRenderer::text_minimum(content) == 64);
    TestGame game(1920, 1080);
    game.open("party-card");
    const SessionView view = game.game().night().session()->view();
    const std::string& text = view.card->text;
    // The card's first line is drawn at least 64 px tall (a line is about 1.2 em).
    std::optional<ui::RectF> line;
    for (const ui::DrawnText& drawn : game.texts()) {
        if (!drawn.text.empty() && text.starts_with(drawn.text.substr(0, std::min<std::size_t>(drawn.text.size(), 12))) &&
            drawn.text.size() > 8) {
            line = drawn.output;
        }
    }
    REQUIRE(line);
    CHECK(line->h >= 64);
    const auto reader = game.text_rect(game.game().night().party()->turn(view.turn).reader + " reads");
    REQUIRE(reader);
    CHECK(reader->h >= 64);
    const PartyNight& party = *game.game().night().party();
    CHECK(game.shows(screens::party_answers_text(view.card->kind, party.turn(view.turn), party, game.game().strings())));
}

TEST_CASE("The party set-up: teams of couples from presets, company-safe and points visible and kept") {
    TestGame game(1920, 1080);
    game.open("party");
    focus_on(game, "mode", SDLK_UP);
    game.key(SDLK_RIGHT);
    CHECK(game.shows("Teams"));
    focus_on(game, "preset", SDLK_DOWN);
    game.key(SDLK_RIGHT);  // colours
    focus_on(game, "scores", SDLK_DOWN);
    // The host's rules are in view with the rest of the set-up.
    CHECK(game.shows("Company-safe cards only"));
    CHECK(game.shows("Points and scoreboard"));
    game.key(SDLK_RETURN);  // points off
    focus_on(game, "start", SDLK_DOWN);
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "card");
    const PartyNight* party = game.game().night().party();
    REQUIRE(party != nullptr);
    CHECK_FALSE(party->rules().scoring);
    CHECK(party->rules().company_safe);
    REQUIRE(party->setup().teams.size() == 3);
    CHECK(party->setup().teams[0].name == "Foxes");
    CHECK(party->setup().players[0] == "Red");
    CHECK_FALSE(game.game().settings().party_scoreboard);
    CHECK_FALSE(game.shows("Scores"));
    // Back from the card is the night's menu; party mode keeps its TV layout throughout.
    CHECK(game.app().canvas().title_safe_percent() == 5);
}

TEST_CASE("kindling --party starts full screen unless --windowed, other starts follow the setting") {
    app::AppOptions party;
    party.party = true;
    Settings windowed_setting;
    CHECK(app::starts_fullscreen(party, windowed_setting));
    party.fullscreen = false;  // --windowed
    CHECK_FALSE(app::starts_fullscreen(party, windowed_setting));
    app::AppOptions couple;
    CHECK_FALSE(app::starts_fullscreen(couple, windowed_setting));
    Settings full;
    full.fullscreen = true;
    CHECK(app::starts_fullscreen(couple, full));
}

TEST_CASE("Votes are cast with the gamepad (d-pad and the bottom button) and with the mouse as well as by number") {
    TestGame game(1920, 1080);
    game.open("party-vote");
    REQUIRE(game.top() == "party-vote");
    CHECK(game.shows("5 of 8 votes cast. Press the number of who you choose."));
    CHECK(game.focus() == "player-5");  // the next voter's own tile has the focus
    game.pad(SDL_CONTROLLER_BUTTON_DPAD_RIGHT);
    CHECK(game.focus() == "player-6");
    game.pad(SDL_CONTROLLER_BUTTON_A);
    CHECK(game.shows("6 of 8 votes cast. Press the number of who you choose."));
    // Votes are secret until the last is in: no tally, and the focus is back on the next
    // voter's own tile, not on the one just chosen.
    for (int votes = 1; votes <= 8; ++votes) {
        CHECK_FALSE(game.shows(game.game().strings().count("party.votes", votes)));
    }
    CHECK(game.focus() == "player-6");
    game.click_text("Dev");
    CHECK(game.shows("7 of 8 votes cast. Press the number of who you choose."));
    game.pad(SDL_CONTROLLER_BUTTON_B);  // back takes the last vote back
    CHECK(game.shows("6 of 8 votes cast. Press the number of who you choose."));
    game.key(SDLK_2);
    game.key(SDLK_2);
    // Ben has five of eight: the room's choice, and everyone who voted Ben scores on Next card.
    CHECK(game.shows("The room chose Ben"));
    CHECK(game.shows("5 votes"));  // revealed with the result
    CHECK(game.shows("2 votes"));  // Gus
    CHECK(game.focus() == "next");
    const int before = game.game().night().session()->view().turn.number;
    game.pad(SDL_CONTROLLER_BUTTON_A);
    REQUIRE(game.top() == "card");
    CHECK(game.game().night().session()->view().turn.number == before + 1);
    CHECK(game.game().night().party()->scores().total() == 5);
}

TEST_CASE("A player's copy of the party deck replaces the built-in one, and the set-up offers the decks") {
    DeckCatalogue library = builtin_library();
    const Deck* original = library.find("party");
    REQUIRE(original != nullptr);
    Deck copy = *original;
    copy.id = "our-party";
    copy.title = "Our party";
    copy.cards.resize(copy.cards.size() / 2);  // the cards the player took out must not come
    library.decks.push_back(copy);
    library.as_written.push_back(copy);
    std::set<std::string> kept;
    for (const Card& card : copy.cards) kept.insert(card.text);

    TestGame game(std::move(library), 1920, 1080);
    game.open("party");
    CHECK(game.game().night().default_decks(PlayStyle::party) == std::vector<std::string>{"our-party"});
    focus_on(game, "deck:party", SDLK_UP);
    CHECK(game.shows("Our party"));
    CHECK(game.shows("Party"));
    focus_on(game, "start", SDLK_DOWN);
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "card");
    Session& session = *game.game().night().session();
    for (int turn = 0; turn < 30 && !session.finished(); ++turn) {
        const SessionView view = session.view();
        REQUIRE(view.card);
        CHECK(view.card->deck_id == "our-party");
        CHECK(kept.contains(view.card->text));
        session.apply(Action::done());
    }
}

TEST_CASE("The party set-up starts with the last party's size and length") {
    TestGame game(1920, 1080);
    game.open("party");
    focus_on(game, "players", SDLK_UP);
    game.key(SDLK_LEFT);
    game.key(SDLK_LEFT);  // six (the default) -> four
    focus_on(game, "length", SDLK_DOWN);
    game.key(SDLK_RIGHT);
    game.key(SDLK_RIGHT);  // 20 -> 30 cards
    focus_on(game, "start", SDLK_DOWN);
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "card");
    CHECK(game.game().settings().party_players == 4);
    CHECK(game.game().settings().party_cards == 30);
    game.open("party");
    CHECK(game.focus() == "start");
    focus_on(game, "players", SDLK_UP);
    CHECK(game.shows("4"));
    // Four name rows, then on down to the length, still 30 cards.
    std::set<std::string> rows;
    for (int i = 0; i < 30 && game.focus() != "length"; ++i) {
        rows.insert(game.focus());
        game.key(SDLK_DOWN);
    }
    REQUIRE(game.focus() == "length");
    CHECK(rows.contains("name-3"));
    CHECK_FALSE(rows.contains("name-4"));
    CHECK(game.shows("30 cards"));
}

TEST_CASE("Number hints count the players, and the result screens show none") {
    TestGame game(1920, 1080, Settings{}, [] {
        app::AppOptions options = test_options();
        options.players = {"Ana", "Ben", "Cleo", "Dev"};
        return options;
    }());
    game.open("party-vote");
    REQUIRE(game.top() == "party-vote");
    CHECK(game.shows("1\u20134"));
    CHECK_FALSE(game.shows("1\u20138"));
    while (game.shows("1\u20134") && game.top() == "party-vote") game.key(SDLK_1);
    REQUIRE(game.focus() == "next");  // the vote is complete
    CHECK_FALSE(game.shows("1\u20134"));
}

TEST_CASE("In an open guessing round the reader cannot mark themselves right") {
    TestGame game(1920, 1080);
    game.open("party-card");
    Session& session = *game.game().night().session();
    PartyNight& party = *game.game().night().party();
    // An open round: a guess card that everyone answers.
    GuessPlan plan;
    for (int i = 0; i < 200; ++i) {
        const SessionView view = session.view();
        if (view.card && view.card->kind == CardKind::guess) {
            plan = party.plan_guess(party.turn(view.turn));
            if (plan.kind == GuessPlan::Kind::open) break;
        }
        if (session.apply(Action::swap()) != ActionResult::applied) session.apply(Action::done());
    }
    REQUIRE(plan.kind == GuessPlan::Kind::open);
    game.game().screens().reset(screens::make_card_screen(game.game().screen_context()));
    game.settle();
    game.key(SDLK_RETURN);  // Guess
    REQUIRE(game.top() == "party-guess");
    const std::string reader = party.player(plan.answerer);
    CHECK(game.shows("Knows the answer"));
    game.key(static_cast<SDL_Keycode>(SDLK_1 + static_cast<int>(plan.answerer)));
    const std::size_t other = (plan.answerer + 1) % party.player_count();
    game.key(static_cast<SDL_Keycode>(SDLK_1 + static_cast<int>(other)));
    focus_on(game, "confirm", SDLK_DOWN);
    game.key(SDLK_RETURN);
    CHECK(game.shows("Right!"));
    // Only the other player is named for a point; the reader's number changed nothing.
    CHECK(game.shows_part("1 point each: " + party.player(other)));
    CHECK_FALSE(game.shows_part(reader + " and"));
    game.key(SDLK_RETURN);  // next card
    CHECK(party.scores().points(plan.answerer) == 0);
    CHECK(party.scores().points(other) == 1);
}

TEST_CASE("A write card on the shared screen: hand-overs, typed answers, an anonymous reveal and a favourite vote") {
    TestGame game(1920, 1080);
    game.open("party-card");
    REQUIRE(game.top() == "card");
    NightFlow& night = game.game().night();
    // Swaps (the S key) until a write card is on the table.
    for (int i = 0; i < 80 && night.session()->view().card->kind != CardKind::write; ++i) game.key(SDLK_s);
    REQUIRE(night.session()->view().card->kind == CardKind::write);
    const int turn = night.session()->view().turn.number;
    CHECK(game.focus() == "write");
    CHECK(game.shows("Say them aloud"));  // a room of gamepads plays it aloud instead
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "party-write");
    const PartyNight& party = *night.party();
    const std::size_t reader = party.turn(night.session()->view().turn).reader_index;

    // Everyone writes in turn from the reader on, after a hand-over; one passes.
    std::map<std::size_t, std::string> written;
    for (std::size_t step = 0; step < 8; ++step) {
        const std::size_t player = (reader + step) % 8;
        const std::string& name = eight[player];
        CAPTURE(name);
        REQUIRE(game.shows("Hand over to " + name));
        CHECK(game.shows_part(std::to_string(step) + " of 8 have written."));
        if (step == 3) {
            game.key(SDLK_LEFT);
            CHECK(game.focus() == "pass");
            game.key(SDLK_RETURN);
            continue;
        }
        if (step == 1) game.click_text("I'm " + name);
        else if (step == 2) game.pad(SDL_CONTROLLER_BUTTON_A);
        else game.key(SDLK_RETURN);
        REQUIRE(game.focus() == "answer");
        CHECK(game.shows(name + ", your answer"));
        // An empty answer is refused: the field keeps the focus.
        game.key(SDLK_RETURN);
        REQUIRE(game.focus() == "answer");
        written[player] = "Idea number " + std::to_string(step);
        game.type(written[player]);
        game.key(SDLK_RETURN);
    }
    const WriteRound* round = night.write_round();
    REQUIRE(round != nullptr);
    REQUIRE(round->step() == WriteStep::revealing);
    CHECK(round->answer_count() == 7);

    // The reveal: one by one, and no name on screen with them.
    for (std::size_t shown = 1; shown <= 7; ++shown) {
        if (shown == 4) game.click_text("Show the next answer");
        else game.key(SDLK_RETURN);
        if (shown < 7) {
            CHECK(game.shows("Answer " + std::to_string(shown) + " of 7"));
            for (const std::string& name : eight) CHECK_FALSE(game.shows_part(name));
            // The newest answer is in view, however long the list has grown.
            CHECK(game.shows_part(round->shown_answers().back()));
        }
    }
    REQUIRE(round->step() == WriteStep::voting);

    // The favourite: each votes by number for the answer after their own (someone else's).
    std::vector<int> expected(7, 0);
    for (std::size_t step = 0; step < 8; ++step) {
        const std::size_t voter = *round->next_voter();
        CAPTURE(eight[voter]);
        REQUIRE(game.shows(eight[voter] + ", your favourite"));
        CHECK(game.shows_part(std::to_string(step) + " of 8 voted"));
        const std::size_t own = round->own_answer(voter).value_or(6);
        const std::size_t choice = step < 5 ? (own == 0 ? 1 : 0) : (own + 1) % 7;
        ++expected[choice];
        if (step == 6) {
            // The gamepad: down to the answer, then the bottom button.
            for (std::size_t i = 0; i < choice; ++i) game.pad(SDL_CONTROLLER_BUTTON_DPAD_DOWN);
            CHECK(game.focus() == "answer-" + std::to_string(choice));
            game.pad(SDL_CONTROLLER_BUTTON_A);
        } else {
            game.key(static_cast<SDL_Keycode>(SDLK_1 + static_cast<int>(choice)));
        }
        // No tally while the vote is open.
        if (step < 7) CHECK_FALSE(game.shows_part("votes"));
    }
    REQUIRE(round->step() == WriteStep::finished);
    const WriteRoundResult result = round->result();
    CHECK(result.votes == expected);
    CHECK(game.shows(result.favourites.size() > 1 ? "A tie between favourites" : "The room's favourite"));
    CHECK(game.shows("A point to whoever wrote it. Only they know."));
    const std::vector<std::size_t> authors = result.authors;
    CHECK(game.focus() == "next");
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "card");
    CHECK(night.session()->view().turn.number == turn + 1);
    int points = 0;
    for (const std::size_t author : authors) points += party.scores().points(author);
    CHECK(points == static_cast<int>(authors.size()) * points_for_favourite_answer);
    CHECK(party.tally().write_rounds == 1);
}

TEST_CASE("A write card's answer field takes as much as the round keeps, no more") {
    TestGame game(1920, 1080);
    game.open("party-card");
    NightFlow& night = game.game().night();
    for (int i = 0; i < 80 && night.session()->view().card->kind != CardKind::write; ++i) game.key(SDLK_s);
    REQUIRE(night.session()->view().card->kind == CardKind::write);
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "party-write");
    for (std::size_t step = 0; step < 8; ++step) {
        if (step >= 2) {  // the rest pass
            game.key(SDLK_LEFT);
            game.key(SDLK_RETURN);
            continue;
        }
        game.key(SDLK_RETURN);
        REQUIRE(game.focus() == "answer");
        game.type(step == 0 ? std::string(max_answer_chars + 20, 'x') : std::string("short"));
        game.key(SDLK_RETURN);
    }
    const WriteRound* round = night.write_round();
    REQUIRE(round != nullptr);
    REQUIRE(round->answer_count() == 2);
    while (round->step() == WriteStep::revealing) REQUIRE(night.reveal_next());
    const std::vector<std::string> shown = round->shown_answers();
    CHECK(std::count(shown.begin(), shown.end(), std::string(max_answer_chars, 'x')) == 1);
}
