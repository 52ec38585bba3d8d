#include "core/text/atomic_file.hpp"
#include "support/failing_file_calls.hpp"
#include "support/fixtures.hpp"
#include "support/special_files.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <chrono>
#include <future>
#include <sys/wait.h>
#include <unistd.h>
#include <sys/stat.h>

using namespace kindling;
using kindling::testing::read_text_file;
namespace fs = std::filesystem;

namespace {

using Step = kindling::testing::FileStep;
using FailingCalls = kindling::testing::FailingFileCalls;

std::size_t files_in(const fs::path& directory) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(directory), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("Writing creates and replaces files completely") {
    kindling::testing::TemporaryDirectory folder;
    const fs::path file = folder.path() / "deck.yaml";
    REQUIRE(write_file_atomically(file, "first\n"));
    CHECK(read_text_file(file) == "first\n");
    REQUIRE(write_file_atomically(file, "second\n"));
    CHECK(read_text_file(file) == "second\n");
    CHECK(files_in(folder.path()) == 1);  // no temporary file left behind
}

TEST_CASE("A failure at any step leaves the old file intact and no temporary file") {
    const auto step = GENERATE(Step::open, Step::write, Step::sync, Step::close, Step::rename);
    kindling::testing::TemporaryDirectory folder;
    const fs::path file = folder.path() / "deck.yaml";
    REQUIRE(write_file_atomically(file, "old contents\n"));

    FailingCalls calls(step, ENOSPC);
    const WriteResult result = write_file_atomically(file, "new contents that do not fit\n", {}, calls);
    CHECK_FALSE(result.ok);
    CHECK(result.error.find("No space left on device") != std::string::npos);
    CHECK(read_text_file(file) == "old contents\n");
    CHECK(files_in(folder.path()) == 1);
}

TEST_CASE("A failing folder sync is reported although the new file is in place") {
    kindling::testing::TemporaryDirectory folder;
    const fs::path file = folder.path() / "deck.yaml";
    REQUIRE(write_file_atomically(file, "old\n"));
    FailingCalls calls(Step::sync_directory);
    const WriteResult result = write_file_atomically(file, "new\n", {}, calls);
    CHECK_FALSE(result.ok);
    CHECK(result.error.find("could not flush the folder") != std::string::npos);
    CHECK(read_text_file(file) == "new\n");
}

TEST_CASE("Writing keeps permissions, follows symlinks and keeps backups") {
    kindling::testing::TemporaryDirectory folder;
    const fs::path file = folder.path() / "deck.yaml";
    REQUIRE(write_file_atomically(file, "v1\n"));
    ::chmod(file.c_str(), 0600);
    REQUIRE(write_file_atomically(file, "v2\n"));
    struct stat info {};
    ::stat(file.c_str(), &info);
    CHECK((info.st_mode & 0777) == 0600);

    const fs::path link = folder.path() / "link.yaml";
    fs::create_symlink(file, link);
    REQUIRE(write_file_atomically(link, "v3\n"));
    CHECK(fs::is_symlink(link));
    CHECK(read_text_file(file) == "v3\n");

    AtomicWriteOptions keep;
    keep.backups = 3;
    for (int version = 4; version <= 8; ++version) {
        REQUIRE(write_file_atomically(file, "v" + std::to_string(version) + "\n", keep));
    }
    CHECK(read_text_file(file) == "v8\n");
    CHECK(read_text_file(file.string() + "~1") == "v7\n");
    CHECK(read_text_file(file.string() + "~2") == "v6\n");
    CHECK(read_text_file(file.string() + "~3") == "v5\n");
    CHECK_FALSE(fs::exists(file.string() + "~4"));
}

namespace {

// The message a write into `folder` gives when the folder may not be written. As root folder
// permissions do not apply, so there the write runs in a child that has given up root first
// (CI runs the tests as root, and a test that skips itself there checks nothing).
std::string write_into_read_only_folder(const fs::path& folder) {
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    if (::geteuid() != 0) {
        const WriteResult result = write_file_atomically(folder / "deck.yaml", "x");
        return result.ok ? std::string("(written)") : result.error;
    }
    int channel[2];
    REQUIRE(::pipe(channel) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(channel[0]);
        constexpr uid_t nobody = 65534;
        if (::setgid(nobody) != 0 || ::setuid(nobody) != 0) ::_exit(3);
        const WriteResult result = write_file_atomically(folder / "deck.yaml", "x");
        const std::string message = result.ok ? std::string("(written)") : result.error;
        const ssize_t written = ::write(channel[1], message.data(), message.size());
        ::_exit(written == static_cast<ssize_t>(message.size()) ? 0 : 4);
    }
    ::close(channel[1]);
    std::string message;
    char buffer[512];
    for (ssize_t got; (got = ::read(channel[0], buffer, sizeof buffer)) > 0;) message.append(buffer, static_cast<std::size_t>(got));
    ::close(channel[0]);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return message;
}

}  // namespace

TEST_CASE("A read-only folder gives a message naming the folder, also when the tests run as root") {
    kindling::testing::TemporaryDirectory folder;
    const fs::path target = folder.path() / "decks";
    fs::create_directories(target);
    const std::string error = write_into_read_only_folder(target);
    INFO(error);
    CHECK(error != "(written)");
    CHECK(error.find(target.string()) != std::string::npos);
    CHECK(error.find("Permission denied") != std::string::npos);
    CHECK_FALSE(fs::exists(target / "deck.yaml"));
    fs::permissions(target, fs::perms::owner_all);
}

TEST_CASE("Reading refuses files over the limit and folders") {
    kindling::testing::TemporaryDirectory folder;
    const fs::path file = folder.path() / "big";
    REQUIRE(write_file_atomically(file, std::string(2048, 'x')));
    std::string bytes;
    std::string error;
    CHECK(read_file(file, bytes, error, 4096));
    CHECK(bytes.size() == 2048);
    CHECK_FALSE(read_file(file, bytes, error, 1024));
    CHECK(error == "the file is larger than the limit of 1024 bytes");
    CHECK_FALSE(read_file(folder.path(), bytes, error, 1024));
    CHECK(error == "is a folder, not a file");
}

TEST_CASE("Reading refuses named pipes, sockets, folders and symlink loops at once, without blocking") {
    kindling::testing::TemporaryDirectory folder;
    for (const auto& special : kindling::testing::make_special_paths(folder.path())) {
        INFO(special.kind);
        auto reading = std::async(std::launch::async, [&] {
            std::string bytes;
            std::string error;
            const bool ok = read_file(special.path, bytes, error, 1024);
            return std::make_pair(ok, error);
        });
        if (reading.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
            kindling::testing::wake_pipe_reader(special.path);
            FAIL("reading a " << special.kind << " blocked");
        }
        const auto [ok, error] = reading.get();
        CHECK_FALSE(ok);
        CHECK_THAT(error, Catch::Matchers::Contains(special.expected_words));
    }
}
