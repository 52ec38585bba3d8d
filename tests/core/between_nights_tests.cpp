// What a couple keeps between nights (core/store/between_nights): the file round-trips in the
// order of its descriptions, a damaged file is set aside with a located message and an empty
// record, and "forget everything" leaves no file of it behind.
#include "core/format/record_fields.hpp"
#include "core/format/ui_strings.hpp"
#include "core/store/between_nights.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace kindling;
using namespace kindling::testing;

namespace {

BetweenNights sample() {
    BetweenNights between;
    between.nights.push_back({1'700'000'000, {"Inner world", "Play"},
                              {{"Alex", ClosenessAnswer{40, true}, ClosenessAnswer{72, true}},
                               {"Sam \"S\"", std::nullopt, ClosenessAnswer{55, false}}}});
    between.nights.push_back({1'700'100'000, {}, {}});
    between.notes.push_back({"Alex", "Sam \"S\"", "Thank you for laughing at: the kettle.", 1'700'000'100});
    between.favourites.push_back({"inner-world/dream-untold", "What dream have you never told anyone?", 1'690'000'000, 0});
    between.favourites.push_back({"play/one", "One", 1'680'000'000, 1'700'000'000});
    return between;
}

std::vector<std::string> top_keys(const std::string& text) {
    std::vector<std::string> keys;
    std::stringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line.front() == '#' || line.front() == ' ') continue;
        keys.push_back(line.substr(0, line.find(':')));
    }
    return keys;
}

}  // namespace

TEST_CASE("The between-nights file is written in the order of its descriptions and read back") {
    const BetweenNights between = sample();
    const std::string text = encode_between(between);
    std::vector<std::string> described;
    for (const FieldRule& rule : between_record().fields) described.emplace_back(rule.name);
    CHECK(top_keys(text) == described);
    // A night's fields, and a check's, come in their descriptions' order too.
    const auto at = [&](std::string_view what) { return text.find(what); };
    CHECK(at("ended:") < at("themes:"));
    CHECK(at("themes:") < at("checks:"));
    CHECK(at("player:") < at("before:"));
    CHECK(at("before:") < at("before_shared:"));
    CHECK(at("before_shared:") < at("after:"));
    DiagnosticList diagnostics("between.yaml");
    const std::optional<BetweenNights> read = decode_between(text, diagnostics);
    REQUIRE(read);
    CHECK(*read == between);
    CHECK(diagnostics.items().empty());
    DiagnosticList empty_diagnostics("between.yaml");
    CHECK(decode_between(encode_between({}), empty_diagnostics) == BetweenNights{});
}

TEST_CASE("The between-nights file round-trips through the atomic writer under the XDG data folder") {
    TemporaryDirectory directory;
    ManualClock clock;
    FileBetweenStore store(directory.path() / "kindling" / "between.yaml", clock);
    CHECK(store.load().between.empty());  // no file yet: nothing, and no notice
    CHECK(store.load().notice.code.empty());
    REQUIRE(store.save(sample()));
    const LoadedBetween loaded = store.load();
    CHECK(loaded.notice.code.empty());
    CHECK(loaded.between == sample());
    CHECK(default_between_path().filename() == "between.yaml");
    CHECK(default_between_path().parent_path().filename() == "kindling");
}

TEST_CASE("A damaged between-nights file is set aside with a located message and nothing is shown") {
    TemporaryDirectory directory;
    const auto path = directory.path() / "between.yaml";
    std::ofstream(path) << "kindling_between: 1\nnights:\n  - ended: 5\n    checks:\n      - player: Alex\n        before: lots\n";
    ManualClock clock(1'700'000'000);
    FileBetweenStore store(path, clock);
    const LoadedBetween loaded = store.load();
    CHECK(loaded.between.empty());
    const std::string notice = english_words(loaded.notice);
    CHECK(notice.find(path.string() + ":6:17: \"before\" must be a whole number") != std::string::npos);
    CHECK(notice.find("between.yaml.corrupt-20231114-221320") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(std::filesystem::exists(directory.path() / "between.yaml.corrupt-20231114-221320"));
    // In German too, and located.
    std::ofstream(path) << "kindling_between: 1\nnights: 3\n";
    const std::string german = words(store.load().notice, load_ui_strings("de").strings);
    CHECK(german.find(path.string() + ":2:9:") != std::string::npos);
    CHECK(german.find("Kindling konnte nicht lesen, was es zwischen euren Abenden aufbewahrt") == 0);
}

TEST_CASE("Forget everything leaves no file of the between-nights record behind, and nothing else is touched") {
    TemporaryDirectory directory;
    ManualClock clock(1'700'000'000);
    const auto path = directory.path() / "between.yaml";
    FileBetweenStore store(path, clock);
    REQUIRE(store.save(sample()));
    REQUIRE(store.save(sample()));  // a backup now sits next to it
    std::ofstream(directory.path() / "between.yaml.corrupt-20200101-000000") << "old";
    std::ofstream(directory.path() / "history.yaml") << "kindling_history: 1\nnights: []\n";
    std::string error;
    REQUIRE(store.forget(error));
    CHECK(error.empty());
    std::vector<std::string> left;
    for (const auto& entry : std::filesystem::directory_iterator(directory.path())) {
        left.push_back(entry.path().filename().string());
    }
    CHECK(left == std::vector<std::string>{"history.yaml"});
    CHECK(store.load().between.empty());
    // Forgetting when there is nothing (not even the folder) is fine.
    FileBetweenStore nowhere(directory.path() / "missing" / "between.yaml", clock);
    CHECK(nowhere.forget(error));
}
