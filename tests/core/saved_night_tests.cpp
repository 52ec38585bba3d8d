// Crash safety: the night is saved after every turn, resumes exactly, and a broken save is set
// aside with a located message instead of crashing the game.
#include "core/store/saved_night.hpp"
#include "core/format/record_fields.hpp"
#include "core/format/yaml_reader.hpp"
#include "core/session/session.hpp"
#include "core/format/ui_strings.hpp"
#include "support/fixtures.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kindling;
using namespace kindling::testing;

namespace {

const std::vector<std::string> themes{"inner-world", "play", "gratitude", "closeness"};

// The actions of a scripted night, chosen so that every kind of state gets saved.
Action scripted(int step) {
    switch (step % 7) {
        case 1: return Action::swap();
        case 3: return Action::favourite();
        case 5: return Action::timer_start();
        default: return Action::done();
    }
}

struct Moment {
    int turn;
    std::string reader;
    std::string key;
    std::vector<std::string> speakers;
    bool favourite;
    friend bool operator==(const Moment&, const Moment&) = default;
};

Moment moment(const Session& session) {
    const SessionView view = session.view();
    if (!view.card) return {0, {}, {}, {}, false};
    return {view.turn.number, view.turn.reader, key_of(*view.card), view.turn.speakers, view.card->favourite};
}

std::vector<Deck> decks_with_timers() {
    Deck mixed = generous_deck("mixed", themes, 3);
    for (std::size_t i = 0; i < mixed.cards.size(); i += 3) mixed.cards[i].timer_seconds = 45;
    mixed.cards[5].id.clear();  // a card without an id is saved by its text's fingerprint
    return {mixed};
}

}  // namespace

TEST_CASE("A saved night is written after every action and reads back exactly") {
    const std::vector<Deck> decks = decks_with_timers();
    ManualClock clock;
    MemorySaveStore store;
    SessionSetup setup = couple(14, 77);
    setup.themes = {"play", "closeness", "gratitude"};
    auto session = std::move(Session::start(setup, decks, ConsentBook(2), clock, {nullptr, &store}).session);
    REQUIRE(session);
    CHECK(store.writes() == 1);
    for (int step = 0; step < 9; ++step) {
        clock.advance_seconds(40);
        const int writes = store.writes();
        if (session->apply(scripted(step)) == ActionResult::applied) CHECK(store.writes() == writes + 1);
    }
    REQUIRE(store.bytes());
    DiagnosticList diagnostics(store.display_name());
    const auto decoded = decode_saved_night(*store.bytes(), diagnostics);
    INFO((diagnostics.items().empty() ? std::string() : format_diagnostic(diagnostics.items().front())));
    REQUIRE(decoded);
    CHECK(*decoded == session->saved_form());
    CHECK(encode_saved_night(*decoded) == *store.bytes());
    while (!session->finished()) session->apply(Action::done());
    CHECK_FALSE(store.bytes());  // a finished night leaves nothing to resume
}

TEST_CASE("Text that YAML treats specially survives a save") {
    SavedNight saved;
    saved.setup = couple(10);
    saved.setup.players = {"yes", "Zoë \"Z\" #1: ok"};
    saved.setup.mode = "";
    saved.night.seats.resize(2);
    saved.night.current = "deck/~0123456789abcdef";
    saved.night.played.push_back({"deck/a", "deck", "null", "", "", CardKind::dare, 2, Intensity::company, 1});
    saved.night.played.push_back({"deck/b", "deck", "Line one\nline two \xF0\x9F\x92\x9B", "play", "Play: \\o/",
                                  CardKind::vote, 3, Intensity::private_, 0});
    saved.night.favourites.push_back({"deck/b", "'quoted'", "Play", CardKind::vote, false});
    saved.night.random = {0xFFFFFFFFFFFFFFFFULL, 0x8000000000000001ULL};
    saved.setup.seed = 0xDEADBEEFCAFEF00DULL;
    saved.setup.apart = true;
    DiagnosticList diagnostics("night.yaml");
    const auto decoded = decode_saved_night(encode_saved_night(saved), diagnostics);
    REQUIRE(decoded);
    CHECK(*decoded == saved);
    // A night saved before the apart switch existed reads as played together, without a problem.
    std::string older = encode_saved_night(saved);
    const std::size_t line = older.find("  apart: true\n");
    REQUIRE(line != std::string::npos);
    older.erase(line, std::string_view("  apart: true\n").size());
    DiagnosticList older_diagnostics("night.yaml");
    const auto read_older = decode_saved_night(older, older_diagnostics);
    REQUIRE(read_older);
    CHECK_FALSE(read_older->setup.apart);
    CHECK(older_diagnostics.items().empty());
}

TEST_CASE("A resumed night continues exactly as if it had never stopped") {
    const std::vector<Deck> decks = decks_with_timers();
    SessionSetup setup = couple(16, 2024);
    for (int stop_after = 0; stop_after < 20; stop_after += 3) {
        INFO("stopping after " << stop_after << " actions");
        // The night as played without interruption.
        ManualClock clock_a;
        auto uninterrupted = std::move(Session::start(setup, decks, ConsentBook(2), clock_a).session);
        std::vector<Moment> expected;
        for (int step = 0; step < 40 && !uninterrupted->finished(); ++step) {
            uninterrupted->apply(scripted(step));
            expected.push_back(moment(*uninterrupted));
        }
        // The same night, stopped, saved, and resumed in a new session with a new clock.
        ManualClock clock_b;
        MemorySaveStore store;
        std::vector<Moment> actual;
        int step = 0;
        {
            auto first = std::move(Session::start(setup, decks, ConsentBook(2), clock_b, {nullptr, &store}).session);
            for (; step < stop_after && !first->finished(); ++step) {
                first->apply(scripted(step));
                actual.push_back(moment(*first));
            }
            if (first->finished()) continue;
        }
        ManualClock clock_c(1'800'000'000);
        const SavedNightLookup found = find_saved_night(store, clock_c);
        CHECK(found.notice.code.empty());
        REQUIRE(found.night);
        SessionStart resumed = Session::resume(*found.night, decks, ConsentBook(2), clock_c, {nullptr, &store});
        REQUIRE(resumed.session);
        for (; step < 40 && !resumed.session->finished(); ++step) {
            resumed.session->apply(scripted(step));
            actual.push_back(moment(*resumed.session));
        }
        CHECK(actual == expected);
    }
}

TEST_CASE("Limits are not saved: a resumed night asks again and respects the new limits") {
    const std::vector<Deck> decks{generous_deck("mixed", themes, 3)};
    ManualClock clock;
    MemorySaveStore store;
    ConsentBook consent(2);
    consent.set_limits(0, {Intensity::private_, {"closeness"}, {CardKind::vote}});
    auto session = std::move(Session::start(couple(20), decks, std::move(consent), clock, {nullptr, &store}).session);
    session->apply(Action::done());
    CHECK(store.bytes()->find("closeness\"]") == std::string::npos);
    const auto found = find_saved_night(store, clock);
    REQUIRE(found.night);
    ConsentBook stricter(2);
    stricter.set_limits(1, {Intensity::private_, {"play"}, {}});
    SessionStart resumed = Session::resume(*found.night, decks, std::move(stricter), clock, {nullptr, &store});
    REQUIRE(resumed.session);
    while (!resumed.session->finished()) {
        CHECK(resumed.session->view().card->theme != "play");
        resumed.session->apply(Action::done());
    }
}

TEST_CASE("A corrupt save is set aside with a located message, never a crash") {
    TemporaryDirectory directory;
    const auto path = directory.path() / "night.yaml";
    ManualClock clock(1'700'000'000);  // 2023-11-14 22:13:20 UTC
    const std::vector<std::pair<std::string, std::string>> broken{
        {"kindling_saved_night: 1\nsaved_at: 5\nsetup: [unclosed\n", "night.yaml:"},
        {"kindling_saved_night: 1\nsaved_at: \"soon\"\n", "night.yaml:2:11: \"saved_at\" must be a whole number"},
        {"kindling_saved_night: 9\n", "night.yaml:1:23: this file was written by a newer Kindling"},
        {"- just\n- a list\n", "night.yaml:1:1: a saved night was expected"},
        {std::string("kindling_saved_night: 1\n\x00\x01", 26), "night.yaml"},
    };
    for (const auto& [bytes, message] : broken) {
        INFO(bytes);
        std::ofstream(path, std::ios::binary) << bytes;
        FileSaveStore store(path);
        const SavedNightLookup found = find_saved_night(store, clock);
        CHECK_FALSE(found.night);
        const std::string notice = english_words(found.notice);
        CHECK(notice.find(path.string() + message.substr(std::string("night.yaml").size())) != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(path));
        const auto kept = directory.path() / "night.yaml.corrupt-20231114-221320";
        CHECK(notice.find(kept.string()) != std::string::npos);
        REQUIRE(std::filesystem::exists(kept));
        CHECK(read_text_file(kept) == bytes);
        std::filesystem::remove(kept);
    }
    FileSaveStore empty(path);
    const SavedNightLookup nothing = find_saved_night(empty, clock);
    CHECK_FALSE(nothing.night);
    CHECK(nothing.notice.code.empty());
}

TEST_CASE("A night that cannot start leaves an earlier saved night alone") {
    const std::vector<Deck> decks{generous_deck("mixed", themes, 2)};
    ManualClock clock;
    MemorySaveStore store;
    auto first = std::move(Session::start(couple(10), decks, ConsentBook(2), clock, {nullptr, &store}).session);
    REQUIRE(store.bytes());
    const std::string saved = *store.bytes();
    ConsentBook nothing_fits(2);
    nothing_fits.set_limits(0, {Intensity::private_, themes, {}});
    const SessionStart refused = Session::start(couple(10), decks, std::move(nothing_fits), clock, {nullptr, &store});
    CHECK_FALSE(refused.session);
    REQUIRE(store.bytes());
    CHECK(*store.bytes() == saved);
}

TEST_CASE("A saved night that no longer fits its players is refused, not resumed wrongly") {
    const std::vector<Deck> decks{generous_deck("mixed", themes, 2)};
    ManualClock clock;
    MemorySaveStore store;
    auto session = std::move(Session::start(couple(10), decks, ConsentBook(2), clock, {nullptr, &store}).session);
    SavedNight saved = session->saved_form();
    saved.night.seats.resize(5);
    const SessionStart resumed = Session::resume(saved, decks, ConsentBook(2), clock);
    CHECK_FALSE(resumed.session);
    CHECK(resumed.problems == std::vector<Message>{{"start.saved_night_misfit", {}}});
}

namespace {

// A save that cannot be written, as on a full disk.
class FullDiskSaveStore final : public SaveStore {
public:
    Loaded read() override { return {}; }
    WriteResult write(std::string_view) override { return {false, "no space left on the device"}; }
    void discard() override {}
    std::string set_aside(std::int64_t) override { return {}; }
    [[nodiscard]] std::string display_name() const override { return "night.yaml"; }
};

}  // namespace

TEST_CASE("A save that fails is a notice the game words, not an English sentence") {
    const std::vector<Deck> decks = decks_with_timers();
    ManualClock clock;
    FullDiskSaveStore store;
    auto session = std::move(Session::start(couple(14, 77), decks, ConsentBook(2), clock, {nullptr, &store}).session);
    REQUIRE(session);
    const Message notice = session->view().notice;
    CHECK(notice == Message{"notices.save_failed", {{"error", "no space left on the device"}}});
    CHECK(words(notice, load_ui_strings("de").strings) ==
          "Der Abend konnte nicht gespeichert werden: no space left on the device");
    CHECK(english_words(notice) == "The night could not be saved: no space left on the device");
}

namespace {

// A saved night with something in every list, so that every nested record is written.
SavedNight full_saved_night() {
    SavedNight saved;
    saved.saved_at = 1'700'000'000;
    saved.setup = couple(14, 77);
    saved.setup.style = PlayStyle::party;
    saved.setup.players = {"Ana", "Ben", "Cleo", "Dev"};
    saved.setup.teams = {{"Foxes", {0, 1}}, {"Owls", {2, 3}}};
    saved.setup.decks = {"play"};
    saved.setup.themes = {"play", "closeness"};
    saved.setup.apart = true;
    NightState& night = saved.night;
    night.started_at = 1'699'999'000;
    night.active_ms = 61'000;
    night.current = "play/one";
    night.timer.phase = TimerPhase::paused;
    night.timer.length_ms = 60'000;
    night.timer.remaining_ms = 12'000;
    night.timer.min_seconds = 30;
    night.timer.max_seconds = 120;
    night.seats = {{1, 2, 3}, {0, 0, -1}, {2, 1, 5}, {0, 1, 4}};
    night.put_aside = {"play/two"};
    night.favourites = {{"play/one", "Tell a story", "Play", CardKind::question, true}};
    PlayedEntry played;
    played.key = "play/one";
    played.deck_id = "play";
    played.text = "Tell a story";
    played.theme = "play";
    played.theme_title = "Play";
    played.level = 2;
    played.reader = 3;
    night.played = {played};
    return saved;
}

// Every mapping's keys in the order its description gives, every required field there, and
// the same for the records it nests.
void check_against_description(const yaml::Node& mapping, const RecordDescription& record) {
    INFO("record " << record.name);
    std::vector<std::string> written;
    for (std::size_t i = 0; i < mapping.mapping_size(); ++i) written.push_back(mapping.key_at(i).value);
    std::vector<std::string> expected;
    for (const FieldRule& rule : record.fields) {
        const yaml::Node* value = mapping.find(rule.name);
        if (rule.required) CHECK(value != nullptr);
        if (value == nullptr) continue;
        expected.emplace_back(rule.name);
        if (rule.type == FieldType::record) check_against_description(*value, *find_record(rule.record));
        if (rule.type == FieldType::record_list) {
            for (const yaml::Node& item : value->children) check_against_description(item, *find_record(rule.record));
        }
    }
    CHECK(written == expected);
}

}  // namespace

TEST_CASE("A saved night is written in the order of its descriptions, at every level, and read back") {
    const SavedNight saved = full_saved_night();
    const std::string text = encode_saved_night(saved);
    DiagnosticList tree_diagnostics("night.yaml");
    const yaml::ReadResult tree = yaml::read_document(text, tree_diagnostics);
    REQUIRE(tree.root);
    check_against_description(*tree.root, saved_night_record());
    DiagnosticList diagnostics("night.yaml");
    const auto decoded = decode_saved_night(text, diagnostics);
    CHECK(diagnostics.items().empty());
    REQUIRE(decoded);
    CHECK(*decoded == saved);
}

TEST_CASE("A saved night's nested parts are checked against their descriptions") {
    const std::string text = encode_saved_night(full_saved_night());
    // An unknown key deep inside is named with a suggestion, and the night still reads.
    std::string renamed = text;
    renamed.replace(renamed.find("partner_turns: 1"), 16, "partner_turnz: 1");
    DiagnosticList unknown("night.yaml");
    const auto read = decode_saved_night(renamed, unknown);
    REQUIRE(unknown.items().size() >= 1);
    CHECK_THAT(format_diagnostic(unknown.items().front()), Catch::Contains("unknown field \"partner_turnz\""));
    CHECK_THAT(format_diagnostic(unknown.items().front()), Catch::Contains("did you mean \"partner_turns\""));
    CHECK_FALSE(read);  // the real field is missing now: a damaged file is set aside
    // A number outside its described range is an error with its line.
    std::string out_of_range = text;
    const std::size_t line = out_of_range.find("hold_back_nights: ");
    out_of_range.replace(line, out_of_range.find('\n', line) - line, "hold_back_nights: 99");
    DiagnosticList range("night.yaml");
    CHECK_FALSE(decode_saved_night(out_of_range, range));
    REQUIRE_FALSE(range.items().empty());
    CHECK_THAT(format_diagnostic(range.items().front()), Catch::Contains("\"hold_back_nights\" must be a whole number from 0 to 30"));
}

TEST_CASE("The saved night's described limits are the night's own") {
    CHECK(find_record("session_setup")->at("hold_back_nights").max == max_hold_back_nights);
    CHECK(find_record("night_length")->at("amount").max == max_night_minutes);
    CHECK(find_record("night_levels")->at("min").min == min_level);
    CHECK(find_record("night_levels")->at("max").max == max_level);
    CHECK(find_record("saved_timer")->at("max_seconds").max == max_timer_seconds);
    CHECK(find_record("team")->at("members").item_max == static_cast<std::size_t>(max_team_players));
    CHECK(find_record("played_card")->at("level").max == max_level);
}
