#pragma once
// Access to test fixture files, independent of the working directory.

#include <filesystem>
#include <string>
#include <vector>

namespace kindling::testing {

std::filesystem::path fixtures_directory();          // tests/fixtures
std::filesystem::path data_directory();              // data/ of the source tree
std::string read_text_file(const std::filesystem::path& path);
std::vector<std::filesystem::path> files_with_extension(const std::filesystem::path& directory,
                                                        const std::string& extension);
// A fresh empty folder under the system temp folder, removed when the object goes away.
class TemporaryDirectory {
public:
    TemporaryDirectory();
    ~TemporaryDirectory();
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace kindling::testing
