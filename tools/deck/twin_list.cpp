#include "twin_list.hpp"

#include "core/text/atomic_file.hpp"

namespace kindling::deck_tool {

namespace {

constexpr std::size_t max_twin_list_bytes = 1024 * 1024;

bool is_card_reference(std::string_view word) {
    const std::size_t slash = word.find('/');
    return slash != std::string_view::npos && slash > 0 && slash + 1 < word.size() &&
           word.find('/', slash + 1) == std::string_view::npos;
}

// The next whitespace-separated word from `at`, which moves past it.
std::string_view next_word(std::string_view line, std::size_t& at) {
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
    const std::size_t start = at;
    while (at < line.size() && line[at] != ' ' && line[at] != '\t') ++at;
    return line.substr(start, at - start);
}

int column_of(std::size_t offset) { return static_cast<int>(offset) + 1; }

}  // namespace

bool TwinList::allows(const std::string& one, const std::string& other) const {
    for (const TwinPair& pair : pairs) {
        if ((pair.first == one && pair.second == other) || (pair.first == other && pair.second == one)) return true;
    }
    return false;
}

TwinList parse_twin_list(const std::string& text, const std::filesystem::path& file) {
    TwinList list;
    list.file = file;
    const auto problem = [&](int line, std::size_t offset, std::string message) {
        list.diagnostics.push_back({file.string(), {line, column_of(offset)}, Severity::error, std::move(message)});
    };
    int line_number = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        start = end + 1;
        ++line_number;

        std::size_t at = 0;
        const std::string_view first = next_word(line, at);
        if (first.empty() || first.front() == '#') continue;
        const std::size_t first_at = at - first.size();
        const std::string_view second = next_word(line, at);
        const std::size_t second_at = at - second.size();
        const std::string_view dashes = next_word(line, at);
        const std::size_t dashes_at = at - dashes.size();
        if (!is_card_reference(first)) {
            problem(line_number, first_at, "expected a card as DECK-ID/CARD-ID, found \"" + std::string(first) + "\"");
            continue;
        }
        if (!is_card_reference(second)) {
            problem(line_number, second.empty() ? line.size() : second_at,
                    "expected a second card as DECK-ID/CARD-ID after \"" + std::string(first) + "\"");
            continue;
        }
        while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
        const std::string_view reason = line.substr(at);
        if (dashes != "--" || reason.empty()) {
            problem(line_number, dashes.empty() ? line.size() : dashes_at,
                    "expected \"-- \" and why the two cards are meant to be alike");
            continue;
        }
        if (first == second) {
            problem(line_number, second_at, "a card cannot be its own twin");
            continue;
        }
        list.pairs.push_back({std::string(first), std::string(second), std::string(reason), {line_number, 1}});
    }
    return list;
}

TwinList read_twin_list(const std::filesystem::path& file) {
    std::string text;
    std::string error;
    if (!read_file(file, text, error, max_twin_list_bytes)) {
        TwinList list;
        list.file = file;
        list.diagnostics.push_back({file.string(), {}, Severity::error, error});
        return list;
    }
    return parse_twin_list(text, file);
}

}  // namespace kindling::deck_tool
