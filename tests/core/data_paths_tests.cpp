#include "core/format/data_paths.hpp"
#include "core/deck/translation_reader.hpp"
#include "core/text/embedded_files.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace kindling;
namespace fs = std::filesystem;

TEST_CASE("The decks compiled into the programs are exactly the files in data/decks") {
    const auto files = kindling::testing::files_with_extension(kindling::testing::data_directory() / "decks", ".yaml");
    const auto embedded = embedded_decks();
    REQUIRE(embedded.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        INFO(files[i].string());
        CHECK(embedded[i].path == files[i].filename().string());
        CHECK(embedded[i].bytes == kindling::testing::read_text_file(files[i]));
        CHECK(read_deck_or_translation(embedded[i].bytes, std::string(embedded[i].path)).ok());
    }
}

TEST_CASE("Built-in decks come from the data folder of the source or build tree") {
    const fs::path data = find_data_directory();
    REQUIRE_FALSE(data.empty());
    CHECK(fs::exists(data / "decks"));
    const auto sources = builtin_deck_sources();
    REQUIRE(sources.size() >= 8);
    CHECK_FALSE(sources.front().embedded);
}

TEST_CASE("Deck files in a folder are found recursively and in order") {
    kindling::testing::TemporaryDirectory folder;
    fs::create_directories(folder.path() / "b");
    for (const char* name : {"b/two.yaml", "a.yml", "notes.txt", "c.yaml"}) {
        std::ofstream(folder.path() / name) << "x";
    }
    const auto files = deck_files_in(folder.path());
    REQUIRE(files.size() == 3);
    CHECK(files[0].filename() == "a.yml");
    CHECK(files[1].filename() == "two.yaml");
    CHECK(files[2].filename() == "c.yaml");
    CHECK(deck_files_in(folder.path() / "c.yaml") == std::vector<fs::path>{folder.path() / "c.yaml"});
}

TEST_CASE("User folders follow the XDG base directory variables") {
    const char* previous = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = previous ? previous : "";
    ::setenv("XDG_CONFIG_HOME", "/tmp/kindling-xdg-test", 1);
    CHECK(user_config_directory() == fs::path("/tmp/kindling-xdg-test/kindling"));
    ::setenv("XDG_CONFIG_HOME", "relative/is/ignored", 1);
    CHECK(user_config_directory().filename() == "kindling");
    CHECK(user_config_directory().is_absolute());
    if (previous) ::setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_CONFIG_HOME");
}
