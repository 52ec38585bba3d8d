// The kindling program's command line, run as a player would run it.
#include "support/fixtures.hpp"
#include "support/run_command.hpp"
#include "support/special_files.hpp"
#include "ui/png_io.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kindling::testing;
using Catch::Matchers::Contains;

namespace {

CommandResult run_game(const std::string& arguments) {
    return run_command("SDL_VIDEODRIVER=dummy " + shell_quote(KINDLING_GAME) + " " + arguments + " 2>&1");
}

}  // namespace

TEST_CASE("kindling --help and --version print to stdout and exit 0") {
    const CommandResult help = run_game("--help");
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.output, Contains("--screenshot") && Contains("--autoplay") && Contains("--players") &&
                                Contains("--lang") && Contains("--deck") && Contains("--party"));
    const CommandResult version = run_game("--version");
    CHECK(version.exit_code == 0);
    CHECK_THAT(version.output, Contains(KINDLING_VERSION_STRING));
}

TEST_CASE("Unknown or wrong options exit 2 with a hint") {
    const CommandResult unknown = run_game("--colour pink");
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.output, Contains("--help"));
    CHECK(run_game("--screen nowhere --screenshot /tmp/x.png").exit_code == 2);
    CHECK(run_game("--fullscreen --windowed --screenshot /tmp/x.png --screen title").exit_code == 2);
    CHECK(run_game("--screenshot /tmp/x.png").exit_code == 2);  // needs --screen
    const CommandResult three = run_game("--players Ana,Bo,Cy --screenshot /tmp/x.png --screen card");
    CHECK(three.exit_code == 2);
    CHECK_THAT(three.output, Contains("--party"));
}

TEST_CASE("The screenshot option renders a screen headless to a PNG of the asked size") {
    TemporaryDirectory folder;
    const std::string out = (folder.path() / "card.png").string();
    const CommandResult result =
        run_game("--screenshot " + shell_quote(out) + " --screen card --size 1280x720 --seed 4 --players Ana,Bo --lang de");
    INFO(result.output);
    CHECK(result.exit_code == 0);
    std::string error;
    const auto image = kindling::ui::read_png(out, error);
    REQUIRE(image);
    CHECK(image->width == 1280);
    CHECK(image->height == 720);
}

TEST_CASE("The autoplay option plays the given number of turns and prints one line") {
    const CommandResult result = run_game("--autoplay 25 --seed 9");
    INFO(result.output);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.output, Contains("autoplay: 25 turns in"));
    CHECK_THAT(result.output, Contains("MiB peak"));
}

TEST_CASE("A broken deck given on the command line is reported with file, line and column and left out") {
    TemporaryDirectory folder;
    const auto deck = folder.path() / "broken.yaml";
    {
        std::ofstream out(deck);
        out << "kindling_deck: 1\nid: broken\ntitle: Broken\ncards:\n  - kind: questoin\n    text: Hi\n";
    }
    const std::string out = (folder.path() / "title.png").string();
    const CommandResult result =
        run_game("--deck " + shell_quote(deck.string()) + " --screenshot " + shell_quote(out) + " --screen title");
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.output, Contains("broken.yaml:5:11: error: unknown kind \"questoin\""));
}

TEST_CASE("Named pipes, sockets and symlink loops given as decks never block the game") {
    TemporaryDirectory folder;
    std::string decks;
    std::vector<SpecialPath> files;
    for (const auto& special : make_special_paths(folder.path())) {
        if (special.kind == "folder") continue;  // a folder given with --deck is a folder of decks
        decks += " --deck " + shell_quote(special.path.string());
        files.push_back(special);
    }
    const std::string out = (folder.path() / "title.png").string();
    const CommandResult result =
        run_command("SDL_VIDEODRIVER=dummy timeout 30 " + shell_quote(KINDLING_GAME) + decks + " --screenshot " +
                    shell_quote(out) + " --screen title 2>&1");
    INFO(result.output);
    CHECK(result.exit_code == 0);  // 124: the game blocked on one of them
    for (const auto& special : files) {
        INFO(special.kind);
        CHECK_THAT(result.output, Contains(special.path.string()) && Contains(special.expected_words));
    }
    CHECK(std::filesystem::file_size(out) > 0);
}
