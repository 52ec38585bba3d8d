// A process killed with SIGKILL while it saves must leave the complete old file or the complete
// new one, never a mix or a truncated file.
#include "core/text/atomic_file.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace kindling;

namespace {

// Two versions that differ in every byte and in length, so any mix or truncation shows.
std::string version_text(int version) {
    std::string text(256 * 1024 + static_cast<std::size_t>(version) * 4096, static_cast<char>('a' + version));
    text += "\nend of version " + std::to_string(version) + "\n";
    return text;
}

[[noreturn]] void write_forever(const std::filesystem::path& path) {
    for (int i = 0;; ++i) {
        const bool ok = write_file_atomically(path, version_text(i % 2)).ok;
        if (!ok) ::_exit(3);
    }
}

}  // namespace

TEST_CASE("A writer killed at random moments 200 times always leaves a complete version") {
    kindling::testing::TemporaryDirectory folder;
    const auto path = folder.path() / "deck.yaml";
    REQUIRE(write_file_atomically(path, version_text(0)));
    const std::string versions[] = {version_text(0), version_text(1)};

    std::mt19937 random(20261125);
    int kills = 0;
    for (int round = 0; round < 200; ++round) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) write_forever(path);
        std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(200, 15000)(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) ++kills;
        REQUIRE_FALSE((WIFEXITED(status) && WEXITSTATUS(status) == 3));

        const std::string contents = kindling::testing::read_text_file(path);
        INFO("round " << round << ", file size " << contents.size());
        REQUIRE((contents == versions[0] || contents == versions[1]));
    }
    CHECK(kills == 200);
    // The next successful save clears the temporary files the killed writers left behind.
    REQUIRE(write_file_atomically(path, version_text(1)));
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder.path())) ++files;
    CHECK(files == 1);
}
