// Screens reach the game only through their context, name their buttons by typed choices, and
// leave counting to the app.
#include "game_fixture.hpp"

#include "screens/screens.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;

namespace {

enum class Flavour { sweet, sour, salty_sweet };
constexpr std::string_view button_name(Flavour flavour) {
    switch (flavour) {
        case Flavour::sweet: return "sweet";
        case Flavour::sour: return "sour";
        case Flavour::salty_sweet: return "salty-sweet";
    }
    return {};
}

// A context with no Game behind it: a screen that builds and runs on this needs nothing else.
class BareContext final : public screens::ScreenContext {
public:
    [[nodiscard]] const UiStrings& strings() const override { return strings_; }
    [[nodiscard]] const Settings& settings() const override { return settings_; }
    [[nodiscard]] const Palette& palette() const override { return palette_; }
    std::string change_settings(const Settings& settings) override {
        settings_ = settings;
        return {};
    }
    [[nodiscard]] std::span<const Deck> decks() const override { return {}; }
    [[nodiscard]] const Theme* deck_theme(std::string_view, std::string_view) const override { return nullptr; }
    [[nodiscard]] const std::vector<std::string>& replaced_builtin_decks() const override { return none_; }
    [[nodiscard]] std::size_t rejected_deck_files() const override { return 0; }
    [[nodiscard]] const std::vector<Diagnostic>& deck_problems() const override { return problems_; }
    [[nodiscard]] const std::vector<std::string>& startup_notices() const override { return none_; }
    [[nodiscard]] std::vector<ArrivingDeck> check_arriving_decks(std::span<const std::filesystem::path>) const override {
        return {};
    }
    AddedDecks add_arriving_decks(std::span<const ArrivingDeck>) override { return {}; }
    bool use_deck_file(const std::filesystem::path&) override { return false; }
    [[nodiscard]] NightFlow& night() override { return night_; }
    [[nodiscard]] const NightFlow& night() const override { return night_; }
    [[nodiscard]] std::uint64_t next_seed() override { return 1; }
    [[nodiscard]] std::vector<std::string> initial_players(PlayStyle) const override { return {}; }
    [[nodiscard]] const std::vector<std::string>& command_line_players() const override { return none_; }
    [[nodiscard]] std::string default_player_name(std::size_t) const override { return "Someone"; }
    void set_party_mode(bool) override {}
    void request_next_card() override {}
    bool take_next_card_request() override { return false; }
    [[nodiscard]] HistoryStore* history() const override { return nullptr; }
    [[nodiscard]] const Clock& session_clock() const override { return clock_; }
    [[nodiscard]] const std::filesystem::path& export_directory() const override { return folder_; }
    [[nodiscard]] screens::Navigator& screens() override { return navigator_; }
    [[nodiscard]] const screens::Navigator& screens() const override { return navigator_; }
    [[nodiscard]] std::int64_t now_ms() const override { return 0; }
    [[nodiscard]] ui::InputDevice device() const override { return ui::InputDevice::keyboard; }
    [[nodiscard]] int render_generation() const override { return 0; }
    void request_quit() override { quit = true; }

    ui::ScreenStack stack;
    bool quit = false;

private:
    UiStrings strings_;
    Settings settings_;
    Palette palette_;
    ManualClock clock_;
    // A night over no decks that is never planned: enough for screens that only ask about one.
    FixedNightDecks no_decks_{std::span<const Deck>{}};
    NightFlow night_{no_decks_, clock_, SessionStores{}};
    std::filesystem::path folder_;
    std::vector<std::string> none_;
    std::vector<Diagnostic> problems_;
    screens::Navigator navigator_{stack};
};

ui::InputEvent command(ui::Command command) { return ui::InputEvent::make(command, ui::InputDevice::keyboard); }

}  // namespace

TEST_CASE("A typed choice and its text id stand for each other, other ids stand for no choice") {
    CHECK(screens::button_id(Flavour::salty_sweet) == "salty-sweet");
    CHECK(screens::button_named<Flavour>("sweet") == Flavour::sweet);
    CHECK(screens::button_named<Flavour>("sour") == Flavour::sour);
    CHECK(screens::button_named<Flavour>("salty-sweet") == Flavour::salty_sweet);
    CHECK_FALSE(screens::button_named<Flavour>("bitter").has_value());
    CHECK_FALSE(screens::button_named<Flavour>("").has_value());
    CHECK_FALSE(screens::button_named<Flavour>("name-0").has_value());
}

TEST_CASE("A dialog runs on a bare screen context and answers with the typed choice") {
    BareContext context;
    std::vector<Flavour> chosen;
    const auto open = [&] {
        context.stack.push(screens::make_dialog_screen<Flavour>(
            context, "Which one?", "", {{Flavour::sour, "Sour"}, {Flavour::sweet, "Sweet", true}},
            [&](Flavour flavour) { chosen.push_back(flavour); }));
        context.stack.apply_pending();
    };
    open();
    REQUIRE(context.stack.top() != nullptr);
    CHECK(context.stack.top()->focused_id() == "sweet");  // the primary button has the focus
    context.stack.top()->handle(command(ui::Command::confirm));
    context.stack.top()->handle(command(ui::Command::back));  // back is the first, safe choice
    CHECK(chosen == std::vector<Flavour>{Flavour::sweet, Flavour::sour});
    CHECK_FALSE(context.quit);
}

TEST_CASE("The title screen's quit dialog quits through the context") {
    BareContext context;
    context.stack.push(screens::make_title_screen(context));
    context.stack.apply_pending();
    REQUIRE(context.stack.top()->focused_id() == "start");
    context.stack.top()->handle(command(ui::Command::back));
    context.stack.apply_pending();
    REQUIRE(context.stack.top()->name() == "dialog");
    CHECK(context.stack.top()->focused_id() == "quit");
    context.stack.top()->handle(command(ui::Command::confirm));
    context.stack.apply_pending();
    CHECK(context.quit);
    CHECK(context.stack.top()->name() == "title");
}

TEST_CASE("Nights are counted by watching the night, whoever starts it") {
    TestGame game(1280, 720);
    app::Game& g = game.game();
    CHECK(g.statistics().nights == 0);
    g.night().plan(PlayStyle::couple, {"Alex", "Sam"}, 3);
    g.night().begin_consent();
    REQUIRE(g.night().start().started);
    g.observe_night();
    Session& session = *g.night().session();
    REQUIRE(session.apply(Action::swap()) == ActionResult::applied);
    REQUIRE(session.apply(Action::done()) == ActionResult::applied);
    REQUIRE(session.apply(Action::done()) == ActionResult::applied);
    g.observe_night();
    CHECK(g.statistics().nights == 1);
    CHECK(g.statistics().parties == 0);
    CHECK(g.statistics().turns == 2);
    CHECK(g.statistics().swaps == 1);

    // The next night adds to what the first one counted, also once the first is over.
    REQUIRE(g.night().end());
    g.night().close();
    g.observe_night();
    g.night().plan(PlayStyle::couple, {"Alex", "Sam"}, 4);
    g.night().begin_consent();
    REQUIRE(g.night().start().started);
    g.observe_night();
    REQUIRE(g.night().session()->apply(Action::done()) == ActionResult::applied);
    g.observe_night();
    CHECK(g.statistics().nights == 2);
    CHECK(g.statistics().turns == 3);
    CHECK(g.statistics().swaps == 1);
}
