#pragma once
// Paths that are not regular files, for checking that every program refuses them without
// blocking: reading a named pipe waits for a writer forever unless the reader takes care.

#include <filesystem>
#include <string>
#include <vector>

namespace kindling::testing {

struct SpecialPath {
    std::string kind;  // for test messages: "named pipe", "folder", "socket", "symlink loop"
    std::filesystem::path path;
    std::string expected_words;  // part of the message a reader should give
};

// Creates one of each kind inside `folder`, named NAME-KIND.yaml so that they look like decks.
// The socket stays bound while `folder` exists (the path is what matters, not a listener).
std::vector<SpecialPath> make_special_paths(const std::filesystem::path& folder, const std::string& name = "deck");

// Opens the named pipe for writing without blocking and closes it again: wakes a reader that is
// stuck in open(), so a failing test ends instead of hanging.
void wake_pipe_reader(const std::filesystem::path& pipe);

}  // namespace kindling::testing
