// Play-mode parsing, through the deck reader: every broken mode in tests/fixtures/modes/invalid is paired with the exact
// located diagnostics it must produce (NAME.expected); the valid ones read without any, and the
// Closeness Ladder as written in the fixture and in data/decks/README.md is the built-in mode.
#include "core/deck/deck_reader.hpp"
#include "core/night/mode_plan.hpp"
#include "core/deck/play_mode.hpp"
#include "core/format/yaml_reader.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace kindling;
using kindling::testing::fixtures_directory;
using kindling::testing::read_text_file;

namespace {

struct ModeFixture {
    std::optional<PlayMode> mode;
    std::string diagnostics;  // formatted, one per line, in file order
};

// Mode fixtures are whole decks, read the way every deck is read.
ModeFixture read_mode(std::string_view text, const std::string& name) {
    DeckReadOptions options;
    options.style_warnings = false;
    const DeckReadResult result = read_deck(text, name, options);
    ModeFixture fixture;
    fixture.mode = result.deck.mode;
    for (const Diagnostic& diagnostic : result.diagnostics) fixture.diagnostics += format_diagnostic(diagnostic) + "\n";
    return fixture;
}

// A `mode:` block on its own, without a deck around it.
ModeFixture read_mode_block(std::string_view text, const std::string& name) {
    DiagnosticList diagnostics(name);
    const yaml::ReadResult read = yaml::read_document(text, diagnostics);
    REQUIRE(read.root);
    ModeFixture fixture;
    if (const yaml::Node* node = read.root->find("mode")) fixture.mode = parse_play_mode(*node, diagnostics);
    for (const Diagnostic& diagnostic : diagnostics.items()) fixture.diagnostics += format_diagnostic(diagnostic) + "\n";
    return fixture;
}

}  // namespace

TEST_CASE("Each invalid mode fixture produces exactly its expected located diagnostics") {
    const auto directory = fixtures_directory() / "modes" / "invalid";
    const auto files = kindling::testing::files_with_extension(directory, ".yaml");
    REQUIRE(files.size() >= 10);
    // KINDLING_WRITE_EXPECTED=1 writes missing .expected files for review (never in CI).
    const bool write_missing = std::getenv("KINDLING_WRITE_EXPECTED") != nullptr;
    for (const auto& path : files) {
        const std::string name = path.filename().string();
        INFO("fixture " << name);
        const ModeFixture fixture = read_mode(read_text_file(path), name);
        const auto expected_path = std::filesystem::path(path).replace_extension(".expected");
        if (write_missing && !std::filesystem::exists(expected_path)) {
            std::ofstream(expected_path, std::ios::binary) << fixture.diagnostics;
        }
        CHECK(fixture.diagnostics == read_text_file(expected_path));
        CHECK_FALSE(fixture.diagnostics.empty());
    }
}

TEST_CASE("Valid mode fixtures read without diagnostics") {
    const auto files = kindling::testing::files_with_extension(fixtures_directory() / "modes" / "valid", ".yaml");
    REQUIRE(files.size() >= 2);
    for (const auto& path : files) {
        INFO("fixture " << path.filename().string());
        const ModeFixture fixture = read_mode(read_text_file(path), path.filename().string());
        CHECK(fixture.diagnostics == "");
        CHECK(fixture.mode.has_value());
    }
}

TEST_CASE("The Closeness Ladder fixture is exactly the built-in mode") {
    const auto path = fixtures_directory() / "modes" / "valid" / "closeness-ladder.yaml";
    const ModeFixture fixture = read_mode(read_text_file(path), "closeness-ladder.yaml");
    REQUIRE(fixture.mode);
    CHECK(*fixture.mode == closeness_ladder_mode());
}

TEST_CASE("The Closeness Ladder block in data/decks/README.md is exactly the built-in mode") {
    const std::string readme = read_text_file(kindling::testing::data_directory() / "decks" / "README.md");
    const std::string opening = "```yaml\nmode:\n  id: closeness-ladder\n";
    const auto start = readme.find(opening);
    REQUIRE(start != std::string::npos);
    const auto end = readme.find("```\n", start + opening.size());
    REQUIRE(end != std::string::npos);
    const std::string block = readme.substr(start + 8, end - start - 8);
    // The block is the mode alone; its card ids are checked against the shipped deck elsewhere.
    const ModeFixture fixture = read_mode_block(block, "README.md");
    CHECK(fixture.diagnostics.empty());
    REQUIRE(fixture.mode);
    CHECK(*fixture.mode == closeness_ladder_mode());
}

TEST_CASE("Every field of a mode is read") {
    const auto path = fixtures_directory() / "modes" / "valid" / "tags-and-closing-card.yaml";
    const ModeFixture fixture = read_mode(read_text_file(path), "tags-and-closing-card.yaml");
    REQUIRE(fixture.mode);
    const PlayMode& mode = *fixture.mode;
    CHECK(mode.id == "party-rounds");
    CHECK(mode.title == "Three rounds");
    CHECK(mode.players == ModePlayers::party);
    CHECK(mode.first_reader == FirstReader::random);
    CHECK(mode.reader_changes == ReaderChanges::every_set);
    CHECK(mode.first_speaker == FirstSpeaker::alternate);
    CHECK_FALSE(mode.answers.has_value());
    REQUIRE(mode.sets.size() == 2);
    CHECK(mode.sets[0].tags == std::vector<ModeReference>{{"warm-up", {}}});
    CHECK(mode.sets[0].order == SetOrder::shuffled);
    CHECK(mode.sets[0].count == 2);
    CHECK(mode.sets[0].title.empty());
    CHECK(mode.sets[1].title == "Votes");
    CHECK(mode.sets[1].tags.size() == 2);
    CHECK(mode.sets[1].answers == Answerer::everyone);
    CHECK(mode.sets[1].budget_minutes == 10);
    REQUIRE(mode.closing);
    CHECK(mode.closing->card == ModeReference{"group-cheer", {}});
    CHECK(mode.closing->timer == TimerRange{30, 30, 30});
    CHECK_FALSE(mode.closing->optional);
    // Where things were written is kept for messages.
    CHECK(mode.sets[1].where.position == SourcePosition{17, 7});
    CHECK(mode.closing->card->where.position.line == 22);
}

TEST_CASE("A mode written in canonical form reads back equal") {
    PlayMode varied = closeness_ladder_mode();
    varied.answers.reset();
    varied.players = ModePlayers::party;
    varied.first_reader = FirstReader::random;
    varied.reader_changes = ReaderChanges::every_set;
    varied.first_speaker = FirstSpeaker::partner;
    varied.sets[0].tags = {{"yes", {}}, {"a: b #c", {}}};
    varied.sets[0].cards.clear();
    varied.sets[0].order = SetOrder::shuffled;
    varied.sets[0].count = 3;
    varied.sets[1].title.clear();
    varied.sets[1].budget_minutes.reset();
    varied.sets[1].answers = Answerer::left;
    varied.closing->text.clear();
    varied.closing->card = ModeReference{"ladder-3-12", {}};
    varied.closing->timer = TimerRange{90, 90, 90};
    varied.closing->optional = false;
    for (const PlayMode& mode : {closeness_ladder_mode(), varied}) {
        const std::string written = write_play_mode(mode);
        INFO(written);
        const ModeFixture fixture = read_mode_block(written, "written.yaml");
        CHECK(fixture.diagnostics == "");
        REQUIRE(fixture.mode);
        CHECK(*fixture.mode == mode);
        CHECK(write_play_mode(*fixture.mode) == written);
    }
    CHECK(write_play_mode(varied).find("    timer: 90\n") != std::string::npos);
}
