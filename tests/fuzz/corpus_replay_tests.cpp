// Replays every saved fuzzing input (the seed corpus and every crash ever found, kept as
// regression tests) through the same checks the fuzzers run.
#include "fuzz_targets.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> corpus(const std::string& target) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(KINDLING_FUZZ_CORPUS_DIR "/" + target)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("Every saved deck-reader fuzz input still passes") {
    const auto files = corpus("deck_reader");
    REQUIRE(files.size() >= 10);
    for (const auto& file : files) {
        INFO(file.filename().string());
        kindling::fuzz::read_any_bytes_as_deck(kindling::testing::read_text_file(file));
    }
    SUCCEED(files.size() << " inputs replayed");
}

TEST_CASE("Every saved round-trip fuzz input still passes") {
    const auto files = corpus("deck_round_trip");
    REQUIRE(files.size() >= 5);
    for (const auto& file : files) {
        INFO(file.filename().string());
        kindling::fuzz::round_trip_generated_deck(kindling::testing::read_text_file(file));
    }
    SUCCEED(files.size() << " inputs replayed");
}
