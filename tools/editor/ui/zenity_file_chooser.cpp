#include "zenity_file_chooser.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace kindling::editor::ui {

namespace fs = std::filesystem;

bool ZenityFileChooser::available() {
    const char* path = std::getenv("PATH");
    if (!path) return false;
    std::string folders(path);
    std::size_t start = 0;
    while (start <= folders.size()) {
        const std::size_t end = std::min(folders.find(':', start), folders.size());
        const fs::path candidate = fs::path(folders.substr(start, end - start)) / "zenity";
        if (::access(candidate.c_str(), X_OK) == 0) return true;
        start = end + 1;
    }
    return false;
}

std::vector<std::string> ZenityFileChooser::arguments(BrowsePurpose purpose, const fs::path& folder,
                                                      const std::string& suggested_name) {
    const bool csv = purpose == BrowsePurpose::import_csv || purpose == BrowsePurpose::export_csv;
    const bool saving = purpose == BrowsePurpose::save_deck || purpose == BrowsePurpose::export_csv;
    std::vector<std::string> args{"zenity", "--file-selection"};
    if (saving) {
        args.emplace_back("--save");
        args.emplace_back("--confirm-overwrite");
    }
    const bool text = purpose == BrowsePurpose::import_text;
    args.push_back(std::string("--title=") + (saving ? "Save" : "Open") +
                   (csv ? " a spreadsheet (CSV)" : text ? " a plain-text list of cards" : " a Kindling deck"));
    args.push_back("--filename=" + (folder / suggested_name).string());
    args.push_back(csv    ? "--file-filter=Spreadsheets (CSV) | *.csv"
                   : text ? "--file-filter=Text | *.txt *.md"
                          : "--file-filter=Kindling decks | *.yaml *.yml");
    args.emplace_back("--file-filter=All files | *");
    return args;
}

ZenityFileChooser::ZenityFileChooser(BrowsePurpose purpose, const fs::path& folder, const std::string& suggested_name) {
    int pipe_ends[2];
    if (::pipe2(pipe_ends, O_CLOEXEC) != 0) return;
    std::vector<std::string> args = arguments(purpose, folder, suggested_name);
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], STDOUT_FILENO);
    pid_t pid = -1;
    const int failed = ::posix_spawnp(&pid, "zenity", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_ends[1]);
    if (failed != 0) {
        ::close(pipe_ends[0]);
        return;
    }
    pid_ = pid;
    output_ = pipe_ends[0];
    ::fcntl(output_, F_SETFL, ::fcntl(output_, F_GETFL) | O_NONBLOCK);
}

ZenityFileChooser::~ZenityFileChooser() {
    if (pid_ > 0) {
        ::kill(pid_, SIGTERM);
        ::waitpid(pid_, nullptr, 0);
    }
    if (output_ >= 0) ::close(output_);
}

std::optional<fs::path> ZenityFileChooser::poll() {
    if (pid_ <= 0) return fs::path{};
    const auto drain = [&] {
        char buffer[4096];
        for (;;) {
            const ssize_t count = ::read(output_, buffer, sizeof buffer);
            if (count <= 0) break;
            received_.append(buffer, static_cast<std::size_t>(count));
        }
    };
    drain();
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) != pid_) return std::nullopt;
    pid_ = -1;
    drain();  // what it wrote just before exiting
    while (!received_.empty() && (received_.back() == '\n' || received_.back() == '\r')) received_.pop_back();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || received_.empty()) return fs::path{};
    return fs::path(received_);
}

}  // namespace kindling::editor::ui
