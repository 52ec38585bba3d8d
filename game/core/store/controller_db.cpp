#include "core/store/controller_db.hpp"

#include "core/text/atomic_file.hpp"
#include "core/format/data_paths.hpp"
#include "core/text/unicode.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace kindling {

namespace {

bool is_hex(std::string_view text) {
    for (const char c : text) {
        if (std::isxdigit(static_cast<unsigned char>(c)) == 0) return false;
    }
    return true;
}

int column_of(std::string_view line, std::size_t byte) {
    return static_cast<int>(unicode::code_point_count(line.substr(0, byte))) + 1;
}

// Checks one line; returns nothing when it is a well-formed mapping, else the problem and the
// byte where it is.
std::optional<Message> check_line(std::string_view line, std::size_t& at, std::string& name, std::string& platform) {
    at = 0;
    const std::size_t guid_end = line.find(',');
    if (guid_end == std::string_view::npos) {
        return Message{"problems.controllers.no_comma", {}};
    }
    const std::string_view guid = line.substr(0, guid_end);
    if (!(guid == "xinput" || (guid.size() == 32 && is_hex(guid)))) {
        return Message{"problems.controllers.bad_guid", {{"guid", std::string(guid.substr(0, 40))}}};
    }
    const std::size_t name_end = line.find(',', guid_end + 1);
    name = std::string(line.substr(guid_end + 1, name_end == std::string_view::npos ? std::string_view::npos
                                                                                     : name_end - guid_end - 1));
    if (unicode::is_blank(name)) {
        at = guid_end + 1;
        return Message{"problems.controllers.no_name", {}};
    }
    if (name_end == std::string_view::npos) {
        at = line.size();
        return Message{"problems.controllers.no_mappings", {{"name", name}}};
    }
    std::size_t start = name_end + 1;
    int fields = 0;
    while (start < line.size()) {
        const std::size_t end = std::min(line.find(',', start), line.size());
        const std::string_view field = line.substr(start, end - start);
        if (!field.empty()) {
            const std::size_t colon = field.find(':');
            if (colon == std::string_view::npos || colon == 0) {
                at = start;
                return Message{"problems.controllers.bad_mapping", {{"found", std::string(field.substr(0, 40))}}};
            }
            if (field.substr(0, colon) == "platform") platform = std::string(field.substr(colon + 1));
            else ++fields;
        }
        start = end + 1;
    }
    if (fields == 0) {
        at = line.size();
        return Message{"problems.controllers.no_mappings", {{"name", name}}};
    }
    return std::nullopt;
}

}  // namespace

ControllerDbRead read_controller_db(std::string_view text, const std::string& file_name, std::string_view platform) {
    ControllerDbRead read;
    DiagnosticList diagnostics(file_name);
    if (text.find('\0') != std::string_view::npos || !unicode::is_valid_utf8(text)) {
        diagnostics.error({}, Message{"problems.controllers.not_text", {}});
        read.diagnostics = diagnostics.items();
        return read;
    }
    int number = 0;
    std::size_t start = 0;
    while (start < text.size() && !diagnostics.full()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (unicode::is_blank(line) || unicode::trim(line).starts_with('#')) continue;
        std::size_t at = 0;
        std::string name;
        std::string line_platform;
        if (auto problem = check_line(line, at, name, line_platform)) {
            diagnostics.error({number, column_of(line, at)}, std::move(*problem));
            continue;
        }
        if (!line_platform.empty() && line_platform != platform) {
            ++read.other_platforms;
            continue;
        }
        read.mappings.push_back({number, std::string(line), name});
    }
    read.diagnostics = diagnostics.items();
    return read;
}

ControllerDbRead load_controller_db(const std::filesystem::path& path, std::string_view platform) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) return {};
    std::string text;
    std::string problem;
    if (!read_file(path, text, problem, max_controller_db_bytes)) {
        ControllerDbRead read;
        read.diagnostics.push_back(coded_diagnostic(path.string(), {}, Severity::error,
                                                    Message{"problems.file.unreadable", {{"error", problem}}}));
        return read;
    }
    return read_controller_db(text, path.string(), platform);
}

std::filesystem::path default_controller_db_path() { return user_data_directory() / "gamecontrollerdb.txt"; }

}  // namespace kindling
