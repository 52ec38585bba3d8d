// gamecontrollerdb.txt: good lines are kept for SDL, lines for other systems are skipped, and
// every broken line is named with its line and column instead of being dropped in silence.
#include "core/store/controller_db.hpp"
#include "core/format/ui_strings.hpp"
#include "support/diagnostic_text.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kindling;

namespace {

const std::string good_linux =
    "03000000de280000ff11000001000000,Steam Virtual Gamepad,a:b0,b:b1,x:b2,y:b3,platform:Linux,";

}  // namespace

TEST_CASE("Controller mappings: good lines kept, other platforms skipped, comments ignored") {
    const std::string text = "# a comment\n\n" + good_linux +
                             "\r\n030000005e0400008e02000000007801,Xbox 360,a:b0,b:b1,platform:Windows,\n"
                             "xinput,XInput Controller,a:b0,b:b1,\n";
    const ControllerDbRead read = read_controller_db(text, "db.txt");
    CHECK(read.diagnostics.empty());
    REQUIRE(read.mappings.size() == 2);
    CHECK(read.mappings[0].line == 3);
    CHECK(read.mappings[0].name == "Steam Virtual Gamepad");
    CHECK(read.mappings[0].text == good_linux);
    CHECK(read.mappings[1].line == 5);
    CHECK(read.other_platforms == 1);
}

TEST_CASE("Controller mappings: each broken line is explained with file, line and column") {
    const std::string text = good_linux + "\n" +
                             "not a mapping at all\n"
                             "0300zz,Bad GUID,a:b0,\n"
                             "03000000de280000ff11000001000000,,a:b0,\n"
                             "03000000de280000ff11000001000000,No buttons,platform:Linux,\n"
                             "03000000de280000ff11000001000000,Broken field,a:b0,oops,\n";
    const ControllerDbRead read = read_controller_db(text, "gamecontrollerdb.txt");
    CHECK(read.mappings.size() == 1);
    const std::string messages = testing::diagnostic_lines(read.diagnostics);
    CHECK_THAT(messages, Catch::Contains("gamecontrollerdb.txt:2:1: error: expected \"GUID,name,mappings\""));
    CHECK_THAT(messages, Catch::Contains("gamecontrollerdb.txt:3:1: error: the controller's GUID must be 32"));
    CHECK_THAT(messages, Catch::Contains("gamecontrollerdb.txt:4:34: error: the controller needs a name"));
    CHECK_THAT(messages, Catch::Contains("gamecontrollerdb.txt:5:"));
    CHECK_THAT(messages, Catch::Contains("\"No buttons\" has no button mappings"));
    CHECK_THAT(messages, Catch::Contains("gamecontrollerdb.txt:6:52: error: expected a mapping like \"a:b0\", found \"oops\""));
    // The same problems in German.
    const UiStrings german = load_ui_strings("de").strings;
    REQUIRE(read.diagnostics.size() == 5);
    CHECK(format_diagnostic(read.diagnostics[1], german) ==
          "gamecontrollerdb.txt:3:1: error: die GUID des Controllers muss aus 32 Hexadezimalziffern bestehen, nicht \"0300zz\"");
    CHECK(format_diagnostic(read.diagnostics[4], german) ==
          "gamecontrollerdb.txt:6:52: error: erwartet wird eine Belegung wie \"a:b0\", gefunden wurde \"oops\"");
}

TEST_CASE("Controller mappings: binary junk and folders get one clear message, a missing file none") {
    const ControllerDbRead junk = read_controller_db(std::string("\x89PNG\0\0", 6), "db.txt");
    CHECK(junk.mappings.empty());
    REQUIRE(junk.diagnostics.size() == 1);
    CHECK_THAT(junk.diagnostics[0].message, Catch::Contains("not a text file"));

    const auto folder = std::filesystem::temp_directory_path() / "kindling-controller-db-test";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder / "gamecontrollerdb.txt");
    const ControllerDbRead dir = load_controller_db(folder / "gamecontrollerdb.txt");
    REQUIRE(dir.diagnostics.size() == 1);
    CHECK_THAT(dir.diagnostics[0].message, Catch::Contains("folder"));
    CHECK(load_controller_db(folder / "missing.txt").diagnostics.empty());
    {
        std::ofstream(folder / "db.txt") << good_linux << "\n";
    }
    CHECK(load_controller_db(folder / "db.txt").mappings.size() == 1);
    std::filesystem::remove_all(folder);
}
