#pragma once
// Running a program of the project as a user would, capturing its output and exit status.

#include <string>

namespace kindling::testing {

struct CommandResult {
    int exit_code = -1;
    std::string output;  // standard output and standard error together
};

// Runs `command` through /bin/sh; quote arguments with shell_quote.
CommandResult run_command(const std::string& command);
std::string shell_quote(const std::string& argument);

}  // namespace kindling::testing
