#include "core/atomic_file.hpp"
#include "support/failing_file_calls.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
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

TEST_CASE("A read-only folder gives a message naming the folder") {
    if (::geteuid() == 0) {
        SUCCEED("root ignores folder permissions; covered by the injected failures above");
        return;
    }
    kindling::testing::TemporaryDirectory folder;
    fs::permissions(folder.path(), fs::perms::owner_read | fs::perms::owner_exec);
    const WriteResult result = write_file_atomically(folder.path() / "deck.yaml", "x");
    CHECK_FALSE(result.ok);
    CHECK(result.error.find(folder.path().string()) != std::string::npos);
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
