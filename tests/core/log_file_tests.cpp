// The game's log in the state folder: a new one per start, the last one kept, bounded, and
// never a reason to stop.
#include "core/format/log_file.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kindling;
using kindling::testing::read_text_file;

TEST_CASE("Each start begins a new log and keeps the previous one as .1") {
    testing::TemporaryDirectory folder;
    const auto path = folder.path() / "state" / "kindling.log";  // the folder is made on demand
    {
        LogFile log(path);
        REQUIRE(log.is_open());
        log.write("first run: ours.yaml:3:8: error: the list is never closed");
        // Flushed at once: readable while the game still runs.
        CHECK(read_text_file(path) == "first run: ours.yaml:3:8: error: the list is never closed\n");
    }
    {
        LogFile log(path);
        log.write("second run");
    }
    CHECK(read_text_file(path) == "second run\n");
    CHECK(read_text_file(path.string() + ".1") == "first run: ours.yaml:3:8: error: the list is never closed\n");
}

TEST_CASE("A log stops at its size limit with a line saying so") {
    testing::TemporaryDirectory folder;
    const auto path = folder.path() / "kindling.log";
    {
        LogFile log(path, 30);
        log.write("0123456789");
        log.write("0123456789");
        log.write("0123456789");  // would pass 30 bytes
        log.write("more");
    }
    CHECK(read_text_file(path) == "0123456789\n0123456789\n(the log is full; later messages were only printed)\n");
}

TEST_CASE("A log that cannot be written is skipped quietly") {
    testing::TemporaryDirectory folder;
    std::ofstream(folder.path() / "a-file") << "x";
    LogFile log(folder.path() / "a-file" / "kindling.log");  // its folder is a file
    CHECK_FALSE(log.is_open());
    log.write("nobody reads this");  // and nothing happens
}
