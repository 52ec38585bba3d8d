// Replays every saved fuzzing input (the seed corpus and every crash ever found, kept as
// regression tests) through the same checks the fuzzers run.
#include "fuzz_targets.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <fstream>

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

// Replays every input and returns one line per input whose property failed (or that threw
// anything else), so one bad input is reported by name and the others still run.
std::vector<std::string> replay(const std::vector<fs::path>& files, void (*target)(std::string_view)) {
    std::vector<std::string> failures;
    for (const auto& file : files) {
        try {
            target(kindling::testing::read_text_file(file));
        } catch (const kindling::fuzz::PropertyViolation& violation) {
            failures.push_back(file.filename().string() + ": " + violation.what() + "\n" + violation.context);
        } catch (const std::exception& error) {
            failures.push_back(file.filename().string() + ": unexpected exception: " + error.what());
        }
    }
    return failures;
}

std::string lines(const std::vector<std::string>& texts) {
    std::string out;
    for (const auto& text : texts) out += text + "\n";
    return out;
}

}  // namespace

TEST_CASE("Every saved deck-reader fuzz input still passes") {
    const auto files = corpus("deck_reader");
    REQUIRE(files.size() >= 10);
    const auto failures = replay(files, kindling::fuzz::read_any_bytes_as_deck);
    INFO(lines(failures));
    CHECK(failures.empty());
    SUCCEED(files.size() << " inputs replayed");
}

TEST_CASE("Every saved round-trip fuzz input still passes") {
    const auto files = corpus("deck_round_trip");
    REQUIRE(files.size() >= 5);
    const auto failures = replay(files, kindling::fuzz::round_trip_generated_deck);
    INFO(lines(failures));
    CHECK(failures.empty());
    SUCCEED(files.size() << " inputs replayed");
}

TEST_CASE("A replayed input that breaks a property is reported by name, and the others still run") {
    kindling::testing::TemporaryDirectory folder;
    std::vector<fs::path> files;
    for (const char* name : {"a-good", "b-bad", "c-throws", "d-good"}) {
        files.push_back(folder.path() / name);
        std::ofstream(files.back()) << name;
    }
    static std::vector<std::string> seen;
    seen.clear();
    const auto failures = replay(files, [](std::string_view bytes) {
        seen.emplace_back(bytes);
        if (bytes == "b-bad") throw kindling::fuzz::PropertyViolation("a property", "the text");
        if (bytes == "c-throws") throw std::runtime_error("surprise");
    });
    CHECK(seen == std::vector<std::string>{"a-good", "b-bad", "c-throws", "d-good"});
    CHECK(failures == std::vector<std::string>{"b-bad: a property\nthe text", "c-throws: unexpected exception: surprise"});
}

TEST_CASE("Every saved phone-message fuzz input still passes") {
    const auto files = corpus("phone_message");
    REQUIRE(files.size() >= 10);
    const auto failures = replay(files, kindling::fuzz::decode_any_bytes_as_phone_message);
    INFO(lines(failures));
    CHECK(failures.empty());
    SUCCEED(files.size() << " inputs replayed");
}
