// kindling-deck as a user runs it: exit codes, output formats, and files left alone unless asked.
#include "core/deck/deck_reader.hpp"
#include "core/text/atomic_file.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"
#include "support/special_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace kindling::testing;
namespace fs = std::filesystem;

namespace {

// Messages follow the locale, so the tests fix it: English unless a test asks otherwise.
CommandResult deck_tool_in(const std::string& locale, const std::string& arguments) {
    return run_command("env -u LC_MESSAGES -u LANG LC_ALL=" + locale + " " + shell_quote(KINDLING_DECK_TOOL) + " " + arguments);
}

CommandResult deck_tool(const std::string& arguments) { return deck_tool_in("C.UTF-8", arguments); }

std::string fixture(const std::string& relative) {
    return shell_quote((fixtures_directory() / "decks" / relative).string());
}

void write(const fs::path& path, const std::string& text) { REQUIRE(kindling::write_file_atomically(path, text)); }

}  // namespace

TEST_CASE("lint exits 0 for valid decks, 1 for errors, 2 for a wrong command line") {
    CHECK(deck_tool("lint " + fixture("valid")).exit_code == 0);
    const CommandResult invalid = deck_tool("lint " + fixture("invalid/unknown-kind.yaml"));
    CHECK(invalid.exit_code == 1);
    CHECK(invalid.output.find("unknown-kind.yaml:5:11: error: unknown kind \"questoin\"") != std::string::npos);
    CHECK(deck_tool("lint /no/such/deck.yaml").exit_code == 1);
    CHECK(deck_tool("lint").exit_code == 2);
    CHECK(deck_tool("lint --no-such-option " + fixture("valid")).exit_code == 2);
    CHECK(deck_tool("frobnicate").exit_code == 2);
    CHECK(deck_tool("").exit_code == 2);
}

TEST_CASE("Every command answers --help and --version") {
    for (const std::string command : {"", "lint ", "stats ", "fmt ", "import-csv ", "import-text ", "export-csv ", "simulate "}) {
        INFO(command);
        const CommandResult help = deck_tool(command + "--help");
        CHECK(help.exit_code == 0);
        CHECK(help.output.find("Usage") != std::string::npos);
        const CommandResult version = deck_tool(command + "--version");
        CHECK(version.exit_code == 0);
        CHECK(version.output == std::string(KINDLING_VERSION_STRING) + "\n");
    }
}

TEST_CASE("lint --strict fails on warnings and --format json is machine readable") {
    TemporaryDirectory folder;
    write(folder.path() / "warn.yaml", "kindling_deck: 1\nid: w\ntitle: W\ndescripton: x\ncards:\n  - kind: dare\n    text: Hop\n");
    const std::string deck = shell_quote((folder.path() / "warn.yaml").string());
    CHECK(deck_tool("lint " + deck).exit_code == 0);
    CHECK(deck_tool("lint --strict " + deck).exit_code == 1);

    const CommandResult json = deck_tool("lint --format json " + deck + " " + fixture("invalid/timer-out-of-range.yaml"));
    CHECK(json.exit_code == 1);
    const auto document = nlohmann::json::parse(json.output);
    CHECK(document["warnings"] == 1);
    CHECK(document["errors"] == 5);
    CHECK(document["files"][0]["valid"] == true);
    CHECK(document["files"][0]["diagnostics"][0]["message"] == "unknown field \"descripton\" in the deck; did you mean \"description\"?");
    const auto& first_error = document["files"][1]["diagnostics"][0];
    CHECK(first_error["line"] == 7);
    CHECK(first_error["column"] == 12);
    CHECK(first_error["severity"] == "error");
    CHECK(first_error["card"] == 1);  // the first card, counted from 1 as the editor does
    CHECK(first_error["field"] == "timer");
}

TEST_CASE("stats counts cards by kind, theme, level and intensity") {
    const CommandResult result = deck_tool("stats --format json " + fixture("valid/every-field.yaml"));
    REQUIRE(result.exit_code == 0);
    const auto stats = nlohmann::json::parse(result.output);
    CHECK(stats["cards"] == 9);
    CHECK(stats["by_kind"]["dare"] == 1);
    CHECK(stats["by_theme"]["wedding"] == 7);
    CHECK(stats["by_level"]["1"] == 7);
    CHECK(stats["by_intensity"]["company"] == 3);
    CHECK(stats["by_theme_level"]["toasts"]["1"] == 1);
    CHECK(deck_tool("stats " + fixture("valid")).output.find("By theme:") != std::string::npos);
}

TEST_CASE("stats gives each deck its code, the same for the deck and its canonical rewrite") {
    TemporaryDirectory folder;
    const fs::path copy = folder.path() / "copy.yaml";
    fs::copy(fixtures_directory() / "decks" / "valid" / "every-field.yaml", copy);
    const auto code_of = [](const std::string& path) {
        const CommandResult result = deck_tool("stats --format json " + path);
        REQUIRE(result.exit_code == 0);
        return nlohmann::json::parse(result.output)["per_deck"][0]["code"].get<std::string>();
    };
    const std::string code = code_of(fixture("valid/every-field.yaml"));
    CHECK(code.size() == 11);
    REQUIRE(deck_tool("fmt " + shell_quote(copy.string())).exit_code == 0);
    CHECK(code_of(shell_quote(copy.string())) == code);
    std::string text = read_text_file(copy);
    text.replace(text.find("text: "), 6, "text: Really, ");
    write(copy, text);
    CHECK(code_of(shell_quote(copy.string())) != code);
    CHECK(deck_tool("stats " + shell_quote(copy.string())).output.find(code_of(shell_quote(copy.string()))) != std::string::npos);
}

TEST_CASE("import-text writes the deck next to the list, never over it or another file unless told") {
    TemporaryDirectory folder;
    const fs::path list = folder.path() / "date night.txt";
    write(list, "# Play\nWhat song makes you dance?\n2: What do you want more of this year?\n");
    const std::string quoted = shell_quote(list.string());
    const CommandResult imported = deck_tool("import-text " + quoted);
    REQUIRE(imported.exit_code == 0);
    const fs::path deck = folder.path() / "date night.yaml";
    CHECK(imported.output.find("wrote " + deck.string()) != std::string::npos);
    const kindling::DeckReadResult read = kindling::read_deck_file(deck);
    CHECK(read.ok());
    CHECK(read.deck.id == "date-night");
    CHECK(read.deck.title == "Date night");
    REQUIRE(read.deck.cards.size() == 2);
    CHECK(read.deck.cards[1].level == 2);
    CHECK(read.deck.cards[0].theme == "play");

    // The deck is there now: it is replaced only with --force.
    const CommandResult again = deck_tool("import-text " + quoted);
    CHECK(again.exit_code == 1);
    CHECK(again.output == deck.string() + ": error: the file exists; use --force to replace it\n");
    CHECK(deck_tool("import-text --force " + quoted).exit_code == 0);
    // Never over the list itself.
    const CommandResult over = deck_tool("import-text " + quoted + " -o " + quoted);
    CHECK(over.exit_code == 1);
    CHECK(over.output.find("the deck would replace the text it is made from") != std::string::npos);
    CHECK(read_text_file(list).starts_with("# Play\n"));
    // Problems by line, in German too, and no deck written.
    const fs::path broken = folder.path() / "broken.txt";
    write(broken, "A fine card\n5: Too deep\n");
    const CommandResult problems = deck_tool_in("de_DE.UTF-8", "import-text " + shell_quote(broken.string()));
    CHECK(problems.exit_code == 1);
    CHECK(problems.output == broken.string() + ":2:1: error: die Tiefe vor „:“ muss 1, 2 oder 3 sein, nicht \"5\"\n");
    CHECK_FALSE(fs::exists(folder.path() / "broken.yaml"));
    CHECK(deck_tool("import-text").exit_code == 2);
    CHECK(deck_tool("import-text " + shell_quote((folder.path() / "none.txt").string())).exit_code == 1);
}

TEST_CASE("fmt rewrites only when asked, atomically, and never drops comments silently") {
    TemporaryDirectory folder;
    const fs::path deck = folder.path() / "deck.yaml";
    const std::string messy = "kindling_deck: 1\ntitle:   Messy\nid: messy\ncards:\n- {text: Hi, kind: question}\n";
    write(deck, messy);
    const std::string quoted = shell_quote(deck.string());

    const CommandResult check = deck_tool("fmt --check " + quoted);
    CHECK(check.exit_code == 1);
    // It says where and how the file differs from its canonical form.
    CHECK(check.output.find("deck.yaml:2: not in canonical form: expected \"id: messy\", found \"title:   Messy\"") !=
          std::string::npos);
    CHECK(read_text_file(deck) == messy);
    CHECK(deck_tool("fmt " + quoted).exit_code == 0);
    // No schema line is added: its relative path is only right next to the built-in decks, and
    // the editor does not add one either, so both write the same bytes.
    const std::string formatted = read_text_file(deck);
    CHECK(formatted.starts_with("kindling_deck: 1\nid: messy\n"));
    CHECK(deck_tool("fmt --check " + quoted).exit_code == 0);
    write(deck, "# yaml-language-server: $schema=https://example.org/deck.json\n" + formatted);
    CHECK(deck_tool("fmt --check " + quoted).exit_code == 0);
    write(deck, formatted + "\n");
    CHECK(deck_tool("fmt --check " + quoted).output.find(": not in canonical form: expected the end of the file, found \"\"") !=
          std::string::npos);

    write(deck, "kindling_deck: 1\nid: c\ntitle: C\n# keep me\ncards:\n  - kind: dare\n    text: Hop\n");
    const CommandResult refused = deck_tool("fmt " + quoted);
    CHECK(refused.exit_code == 1);
    CHECK(refused.output.find(":4:1: error: this deck has comments") != std::string::npos);
    CHECK(read_text_file(deck).find("# keep me") != std::string::npos);
    CHECK(deck_tool("fmt --drop-comments " + quoted).exit_code == 0);
    CHECK(read_text_file(deck).find("# keep me") == std::string::npos);

    write(deck, "kindling_deck: 1\nid: broken\ntitle: B\ncards:\n  - kind: nope\n    text: x\n");
    CHECK(deck_tool("fmt " + quoted).exit_code == 1);
    CHECK(read_text_file(deck).find("kind: nope") != std::string::npos);
}

TEST_CASE("export-csv and import-csv round trip a deck") {
    TemporaryDirectory folder;
    const std::string source = fixture("valid/every-field.yaml");
    const std::string sheet = shell_quote((folder.path() / "cards.csv").string());
    const std::string rebuilt = shell_quote((folder.path() / "rebuilt.yaml").string());
    REQUIRE(deck_tool("export-csv " + source + " -o " + sheet).exit_code == 0);
    CHECK(deck_tool("export-csv " + source + " -o " + sheet).exit_code == 1);  // exists, no --force
    REQUIRE(deck_tool("import-csv " + sheet + " --deck-from " + source + " -o " + rebuilt).exit_code == 0);
    const CommandResult original = deck_tool("fmt --check " + source);
    // The rebuilt deck is the canonical form of the original deck.
    TemporaryDirectory copy;
    fs::copy(fixtures_directory() / "decks" / "valid" / "every-field.yaml", copy.path() / "every-field.yaml");
    REQUIRE(deck_tool("fmt " + shell_quote((copy.path() / "every-field.yaml").string())).exit_code == 0);
    CHECK(read_text_file(folder.path() / "rebuilt.yaml") == read_text_file(copy.path() / "every-field.yaml"));
    CHECK(original.exit_code == 1);  // the fixture itself is hand-written, not canonical

    CHECK(deck_tool("import-csv " + sheet).exit_code == 2);  // neither --id/--title nor --deck-from
    const fs::path simple = folder.path() / "simple.csv";
    write(simple, "kind,text,level\r\nquestion,\"What made you laugh, today?\",2\r\n");
    const CommandResult imported = deck_tool("import-csv " + shell_quote(simple.string()) + " --id from-csv --title 'From CSV'");
    CHECK(imported.exit_code == 0);
    CHECK(imported.output.find("id: from-csv\ntitle: \"From CSV\"\n") != std::string::npos);
}

TEST_CASE("simulate prints a whole night, the same for the same seed") {
    const std::string decks = shell_quote((data_directory() / "decks").string());
    const CommandResult first = deck_tool("simulate " + decks + " --seed 42 --players Ana,Bo --cards 15");
    REQUIRE(first.exit_code == 0);
    CHECK(std::count(first.output.begin(), first.output.end(), '\n') == 15);
    CHECK(first.output.starts_with("1\tAna\t"));
    CHECK(first.output.find("\n2\tBo\t") != std::string::npos);
    CHECK(deck_tool("simulate " + decks + " --seed 42 --players Ana,Bo --cards 15").output == first.output);
    CHECK(deck_tool("simulate " + decks + " --seed 43 --players Ana,Bo --cards 15").output != first.output);

    const CommandResult ladder = deck_tool("simulate " + decks + " --mode closeness-ladder --seed 1");
    REQUIRE(ladder.exit_code == 0);
    CHECK(ladder.output.find("[Set I]") != std::string::npos);
    CHECK(ladder.output.find("[Set III]") != std::string::npos);

    const CommandResult unknown = deck_tool("simulate " + decks + " --mode no-such-mode");
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.output.find("no-such-mode") != std::string::npos);
    CHECK(deck_tool("simulate " + decks + " --cards 0").exit_code == 2);
}

TEST_CASE("simulate deals a couple from the decks written for two, as the game does, and a party from the party deck") {
    const kindling::DeckReadResult party_deck = kindling::read_deck_file(data_directory() / "decks" / "party.yaml");
    REQUIRE(party_deck.ok());
    std::set<std::string> party_texts;
    for (const kindling::Card& card : party_deck.deck.cards) party_texts.insert(card.text);
    // The text is the last column; a mode's set would come in brackets before it.
    const auto texts_of = [](const std::string& output) {
        std::vector<std::string> texts;
        std::istringstream lines(output);
        for (std::string line; std::getline(lines, line);) texts.push_back(line.substr(line.rfind('\t') + 1));
        return texts;
    };
    const std::string decks = shell_quote((data_directory() / "decks").string());
    for (const std::string seed : {"1", "2"}) {
        const CommandResult couple = deck_tool("simulate " + decks + " --players Ana,Bo --cards 300 --seed " + seed);
        REQUIRE(couple.exit_code == 0);
        const std::vector<std::string> texts = texts_of(couple.output);
        REQUIRE(texts.size() == 300);
        for (const std::string& text : texts) {
            INFO(text);
            CHECK_FALSE(party_texts.contains(text));
        }
    }
    const CommandResult party = deck_tool("simulate " + decks + " --players 5 --cards 20 --seed 1");
    REQUIRE(party.exit_code == 0);
    for (const std::string& text : texts_of(party.output)) {
        INFO(text);
        CHECK(party_texts.contains(text));
    }
}

TEST_CASE("lint checks a translation against its base deck, stats shows its coverage, fmt formats it") {
    TemporaryDirectory folder;
    write(folder.path() / "play.yaml",
          "kindling_deck: 1\nid: play\ntitle: Play\ncards:\n"
          "  - id: robot-voice\n    kind: dare\n    text: Read the next card in a robot voice.\n"
          "  - id: mirror\n    kind: dare\n    text: Mirror each other's moves for ten seconds.\n");
    const fs::path translation = folder.path() / "play.de.yaml";
    write(translation,
          "kindling_deck: 1\nid: play-de\ntranslation_of: play\nlanguage: de\ncards:\n"
          "  - id: robot-voice\n    text: Lies die nächste Karte mit Roboterstimme vor.\n"
          "  - id: mirorr\n    kind: dare\n    text: Spiegelt zehn Sekunden lang eure Bewegungen.\n");
    const std::string folder_arg = shell_quote(folder.path().string());
    const std::string translation_arg = shell_quote(translation.string());

    const CommandResult broken = deck_tool("lint " + folder_arg);
    CHECK(broken.exit_code == 1);
    CHECK(broken.output.find("play.de.yaml:9:5: error: \"kind\" cannot be set in a translated card: it comes from "
                             "the base deck") != std::string::npos);

    write(translation,
          "kindling_deck: 1\nid: play-de\ntranslation_of: play\nlanguage: de\ncards:\n"
          "  - id: robot-voice\n    text: Lies die nächste Karte mit Roboterstimme vor.\n"
          "  - id: mirorr\n    text: Spiegelt zehn Sekunden lang eure Bewegungen.\n");
    // Named alone, the translation is checked against the base deck next to it.
    for (const std::string& target : {folder_arg, translation_arg}) {
        const CommandResult unknown = deck_tool("lint " + target);
        CHECK(unknown.exit_code == 1);
        CHECK(unknown.output.find("play.de.yaml:8:9: error: the deck \"play\" has no card \"mirorr\"; did you mean "
                                  "\"mirror\"?") != std::string::npos);
    }

    write(translation,
          "kindling_deck: 1\nid: play-de\ntranslation_of: play\nlanguage: de\ncards:\n"
          "  - id: robot-voice\n    text: Lies die nächste Karte mit Roboterstimme vor.\n");
    const CommandResult partial = deck_tool("lint " + folder_arg);
    CHECK(partial.exit_code == 0);
    CHECK(partial.output.find("play.de.yaml:6:3: warning: 1 of 2 cards of \"play\" are not translated (mirror)") !=
          std::string::npos);
    CHECK(deck_tool("lint --strict " + folder_arg).exit_code == 1);

    const CommandResult stats = deck_tool("stats --format json " + folder_arg);
    REQUIRE(stats.exit_code == 0);
    const auto document = nlohmann::json::parse(stats.output);
    CHECK(document["decks"] == 1);  // a translation is not a deck
    REQUIRE(document["per_translation"].size() == 1);
    CHECK(document["per_translation"][0]["language"] == "de");
    CHECK(document["per_translation"][0]["translated"] == 1);
    CHECK(document["per_translation"][0]["base_cards"] == 2);
    CHECK(deck_tool("stats " + folder_arg).output.find("1 of 2 cards") != std::string::npos);

    CHECK(deck_tool("fmt --check " + translation_arg).exit_code == 1);
    CHECK(deck_tool("fmt " + translation_arg).exit_code == 0);
    CHECK(deck_tool("fmt --check " + translation_arg).exit_code == 0);
    const std::string formatted = read_text_file(translation);
    CHECK(formatted.find("translation_of: play\nlanguage: de\n") != std::string::npos);
    CHECK(formatted.find("    text: \"Lies die nächste Karte mit Roboterstimme vor.\"\n") != std::string::npos);
    CHECK(deck_tool("lint " + folder_arg).exit_code == 0);

    const CommandResult exported = deck_tool("export-csv " + translation_arg);
    CHECK(exported.exit_code == 1);
    CHECK(exported.output.find("play.de.yaml: error: this file is a translation of another deck") != std::string::npos);
}

TEST_CASE("lint, stats and fmt refuse named pipes, sockets, folders given as files and symlink loops without blocking") {
    TemporaryDirectory folder;
    for (const auto& special : make_special_paths(folder.path())) {
        if (special.kind == "folder") continue;  // a folder is a folder of decks to these commands
        for (const std::string command : {"lint ", "stats ", "fmt --check "}) {
            INFO(command << special.kind);
            const CommandResult result = run_command("timeout 20 " + shell_quote(KINDLING_DECK_TOOL) + " " + command +
                                                     shell_quote(special.path.string()));
            INFO(result.output);
            CHECK(result.exit_code == 1);  // 124 would be the timeout: the program blocked
            CHECK(result.output.find(special.path.string()) != std::string::npos);
            CHECK(result.output.find(special.expected_words) != std::string::npos);
        }
    }
    // Lying in a folder of decks, they are reported and the real deck is still checked.
    write(folder.path() / "real.yaml", "kindling_deck: 1\nid: real\ntitle: Real\ncards:\n  - kind: dare\n    text: Hop\n");
    const CommandResult result = run_command("timeout 20 " + shell_quote(KINDLING_DECK_TOOL) + " lint " +
                                             shell_quote(folder.path().string()));
    INFO(result.output);
    CHECK(result.exit_code == 1);
    CHECK(result.output.find("named pipe") != std::string::npos);
    CHECK(result.output.find("real.yaml") == std::string::npos);  // valid, so not mentioned
}

TEST_CASE("lint compares the cards of every deck given and leaves listed twins and translations alone") {
    TemporaryDirectory folder;
    write(folder.path() / "inner.yaml",
          "kindling_deck: 1\nid: inner\ntitle: Inner\ncards:\n"
          "  - id: comfort-meal\n    kind: question\n"
          "    text: \"Which meal feels like a warm blanket to you, and when did it first become that?\"\n"
          "  - id: best-story\n    kind: question\n    text: \"Which object you own has the best story behind it?\"\n");
    write(folder.path() / "party.yaml",
          "kindling_deck: 1\nid: party\ntitle: Party\ncards:\n"
          "  - id: hum\n    kind: dare\n    text: \"Hum a song for the other to guess in three tries, then swap.\"\n"
          "  - id: warm-blanket-meal\n    kind: question\n"
          "    text: \"Everyone: which meal feels like a warm blanket to you, and where did you first eat it?\"\n");
    // Left untranslated on purpose: a translation is the same card, never its twin.
    write(folder.path() / "inner.de.yaml",
          "kindling_deck: 1\nid: inner-de\ntranslation_of: inner\nlanguage: de\ncards:\n"
          "  - id: comfort-meal\n"
          "    text: \"Which meal feels like a warm blanket to you, and when did it first become that?\"\n"
          "  - id: best-story\n    text: \"Welcher Gegenstand, den du besitzt, hat die beste Geschichte?\"\n");
    const std::string decks = shell_quote((folder.path() / "inner.yaml").string()) + " " +
                              shell_quote((folder.path() / "inner.de.yaml").string()) + " " +
                              shell_quote((folder.path() / "party.yaml").string());

    const CommandResult alike = deck_tool("lint --strict " + decks);
    CHECK(alike.exit_code == 1);
    CHECK(alike.output.find("party.yaml:8:5: warning: this card asks much the same as inner/comfort-meal (") !=
          std::string::npos);
    CHECK(alike.output.find("inner.yaml:5") != std::string::npos);
    CHECK(alike.output.find("the same as party/hum") == std::string::npos);
    CHECK(alike.output.find("inner.de.yaml:") == std::string::npos);
    CHECK(alike.output.find("1 warning") != std::string::npos);  // not the translation too
    CHECK(deck_tool("lint --strict --no-alike " + decks).exit_code == 0);

    const fs::path twins = folder.path() / "twins.txt";
    write(twins, "# meant\nparty/warm-blanket-meal inner/comfort-meal -- the party asks the room what the couple asks alone\n");
    const CommandResult listed = deck_tool("lint --strict --twins " + shell_quote(twins.string()) + " " + decks);
    CHECK(listed.exit_code == 0);
    CHECK(listed.output.find(": warning:") == std::string::npos);

    write(twins, "party/warm-blanket-meal inner/comfort-meal\ninner/gone party/hum -- a reason\n");
    const CommandResult bad = deck_tool("lint --twins " + shell_quote(twins.string()) + " " + decks);
    CHECK(bad.exit_code == 1);
    CHECK(bad.output.find("twins.txt:1:43: error: expected \"-- \" and why the two cards are meant to be alike") !=
          std::string::npos);
    CHECK(bad.output.find("twins.txt:2:1: warning: the deck \"inner\" has no card \"gone\"") != std::string::npos);
}

TEST_CASE("Usage errors exit 2 in the tool's own words, without CLI11's internals") {
    const CommandResult typo = deck_tool("lnt " + fixture("valid"));
    CHECK(typo.exit_code == 2);
    CHECK(typo.output.find("kindling-deck: error: unknown command \"lnt\"; did you mean \"lint\"?") != std::string::npos);
    const CommandResult nothing = deck_tool("");
    CHECK(nothing.exit_code == 2);
    CHECK(nothing.output.find("kindling-deck: error: a command is needed") != std::string::npos);

    const CommandResult format = deck_tool("lint --format yaml " + fixture("valid"));
    CHECK(format.exit_code == 2);
    CHECK(format.output.find("kindling-deck lint: error: --format: expected text or json, found \"yaml\"") !=
          std::string::npos);
    CHECK(deck_tool("stats --format yaml " + fixture("valid")).exit_code == 2);

    const CommandResult players = deck_tool("simulate --players Ana " + fixture("valid"));
    CHECK(players.exit_code == 2);
    CHECK(players.output.find("expected 2 to 8 players") != std::string::npos);
    CHECK(deck_tool("simulate --intensity wild " + fixture("valid")).exit_code == 2);
    CHECK(deck_tool("simulate --cards 0 " + fixture("valid")).exit_code == 2);

    for (const std::string command : {"", "lint ", "stats ", "fmt ", "import-csv ", "import-text ", "export-csv ", "simulate "}) {
        INFO(command);
        const std::string help = deck_tool(command + "--help").output;
        for (const std::string internal : {"{", "->", " value in ", "FAILED", "TEXT:"}) {
            INFO(internal);
            CHECK(help.find(internal) == std::string::npos);
        }
    }
    for (const std::string& output : {typo.output, format.output, players.output}) {
        CHECK(output.find("{") == std::string::npos);
        CHECK(output.find("->") == std::string::npos);
    }
}

TEST_CASE("Every command words a missing file like lint and exits 1") {
    const std::string expected = "nosuch.yaml: error: no such file or folder";
    for (const std::string command : {"lint", "stats", "fmt", "export-csv", "simulate"}) {
        INFO(command);
        const CommandResult result = deck_tool(command + " nosuch.yaml");
        CHECK(result.exit_code == 1);
        CHECK(result.output.find(expected) != std::string::npos);
    }
    const CommandResult import = deck_tool("import-csv nosuch.csv --id a --title A");
    CHECK(import.exit_code == 1);
    CHECK(import.output.find("nosuch.csv: error: no such file or folder") != std::string::npos);
}

TEST_CASE("stats of a broken deck prints only its errors") {
    const CommandResult broken = deck_tool("stats " + fixture("invalid/unknown-kind.yaml"));
    CHECK(broken.exit_code == 1);
    CHECK(broken.output.find("error: unknown kind") != std::string::npos);
    CHECK(broken.output.find("By kind") == std::string::npos);
    CHECK(broken.output.find("cards in") == std::string::npos);
}

TEST_CASE("Two decks with one id are an error, as in the game, even without style checks") {
    TemporaryDirectory folder;
    const std::string deck = "kindling_deck: 1\nid: ours\ntitle: Ours\ncards:\n  - kind: dare\n    text: Hop\n";
    write(folder.path() / "a.yaml", deck);
    write(folder.path() / "b.yaml", "kindling_deck: 1\nid: ours\ntitle: Ours again\ncards:\n  - kind: dare\n    text: Skip\n");
    for (const std::string options : {"", "--no-style "}) {
        INFO(options);
        const CommandResult result = deck_tool("lint " + options + shell_quote(folder.path().string()));
        CHECK(result.exit_code == 1);
        CHECK(result.output.find("b.yaml:1:1: error: the deck id \"ours\" is also used by") != std::string::npos);
    }
}

TEST_CASE("lint --lang de words the problems in German, in the same FILE:LINE:COL shape") {
    const CommandResult german = deck_tool("--lang de lint " + fixture("invalid/unknown-kind.yaml"));
    CHECK(german.exit_code == 1);
    CHECK(german.output.find("unknown-kind.yaml:5:11: error: unbekannter Wert für kind: \"questoin\"; meinst du "
                             "\"question\"? Gültig sind \"question\", \"compliment\", \"gratitude\", \"feeling\", "
                             "\"gesture\", \"activity\", \"dare\", \"vote\", \"guess\" oder \"write\"\n") != std::string::npos);
    CHECK(german.output.find("did you mean") == std::string::npos);
    CHECK(german.output.ends_with("1 Datei geprüft, 0 gültig; 2 Fehler, 0 Warnungen\n"));
    CHECK(deck_tool("lint " + fixture("invalid/unknown-kind.yaml")).output.ends_with("1 file checked, 0 valid; 2 errors, 0 warnings\n"));

    const CommandResult missing = deck_tool("--lang de lint " + fixture("invalid/missing-text-and-kind.yaml"));
    CHECK(missing.output.find(": error: das Pflichtfeld \"text\" fehlt (was vorgelesen wird)") != std::string::npos);

    // Problems found before the YAML is parsed (encoding) are German too.
    CHECK(deck_tool("--lang de lint " + fixture("invalid/encoding-control-char.yaml"))
              .output.find("encoding-control-char.yaml:3:13: error: das Steuerzeichen U+0007 ist in einer YAML-Datei "
                           "nicht erlaubt; entferne es\n") != std::string::npos);
    CHECK(deck_tool("--lang de lint " + fixture("invalid/encoding-utf16.yaml"))
              .output.find("encoding-utf16.yaml: error: die Datei ist in UTF-16 gespeichert; speichere sie als UTF-8\n") !=
          std::string::npos);

    // And so are YAML's own syntax problems.
    CHECK(deck_tool("--lang de lint " + fixture("invalid/yaml-duplicate-key.yaml"))
              .output.find("yaml-duplicate-key.yaml:7:5: error: doppelter Schlüssel \"text\"; er steht schon in Zeile 6\n") !=
          std::string::npos);
    CHECK(deck_tool("--lang de lint " + fixture("invalid/yaml-missing-colon.yaml"))
              .output.find("yaml-missing-colon.yaml:3:12: error: nach dem Schlüssel \"title Colon\" fehlt \":\"\n") !=
          std::string::npos);

    // An unknown language falls back to English rather than failing.
    const CommandResult unknown = deck_tool("--lang xx lint " + fixture("invalid/unknown-kind.yaml"));
    CHECK(unknown.output.find("error: unknown kind \"questoin\"; did you mean \"question\"?") != std::string::npos);
}

TEST_CASE("kindling-deck takes the language of its messages from the locale") {
    const std::string deck = fixture("invalid/unknown-kind.yaml");
    CHECK(deck_tool_in("de_DE.UTF-8", "lint " + deck).output.find("error: unbekannter Wert für kind") != std::string::npos);
    CHECK(deck_tool_in("C", "lint " + deck).output.find("error: unknown kind") != std::string::npos);
    // LC_ALL wins over LANG; without either, LANG decides.
    CHECK(run_command("env -u LC_ALL -u LC_MESSAGES LANG=de_AT.UTF-8 " + shell_quote(KINDLING_DECK_TOOL) + " lint " + deck)
              .output.find("error: unbekannter Wert für kind") != std::string::npos);
    // --lang wins over the locale.
    CHECK(deck_tool_in("de_DE.UTF-8", "--lang en lint " + deck).output.find("error: unknown kind") != std::string::npos);
}
