#pragma once
// Located messages about a file: what every reader in Kindling reports instead of throwing.

#include "core/format/message.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

enum class Severity { warning, error };

// A position in a text file. Both numbers are 1-based; column counts Unicode code points,
// not bytes, so it matches what an editor shows. {0, 0} means "the file as a whole".
struct SourcePosition {
    int line = 0;
    int column = 0;
    friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

struct Diagnostic {
    std::string file;
    SourcePosition position;
    Severity severity = Severity::error;
    std::string message;
    // Where in a deck the problem is, for tools that jump to it (the editor): the card's index
    // in the deck (-1 when not about a card) and the field's name (empty for the whole card).
    int card_index = -1;
    std::string field;
    // What it says as a string key and its arguments (message.hpp), so it can be shown in any
    // language; `message` holds its English words. Empty for a plain message, which reads the
    // same in every language (e.g. a system error's own text).
    std::string code;
    std::vector<MessageArg> args;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

// "FILE:LINE:COL: error: MESSAGE" (or "FILE: error: MESSAGE" when the position is unknown).
std::string format_diagnostic(const Diagnostic& diagnostic);
// The same with MESSAGE in the words of `strings`; the shape stays the same in every language,
// so tools that read it keep working.
std::string format_diagnostic(const Diagnostic& diagnostic, const UiStrings& strings);
// Just MESSAGE, in the words of `strings` (a plain message as it is).
std::string diagnostic_words(const Diagnostic& diagnostic, const UiStrings& strings);
// A diagnostic whose message is coded.
Diagnostic coded_diagnostic(std::string file, SourcePosition position, Severity severity, Message message);
std::string_view severity_name(Severity severity);
// A diagnostic as an argument of another message ("notices.located": "FILE:LINE:COL: MESSAGE"),
// e.g. why a file was set aside, worded in the same language as the message around it.
MessageArg diagnostic_arg(std::string name, const Diagnostic& diagnostic);

// Collects diagnostics for one file. A hostile file can produce an error per byte, so the list
// is capped; the cap itself is reported once as a final error.
class DiagnosticList {
public:
    static constexpr std::size_t default_limit = 200;

    explicit DiagnosticList(std::string file, std::size_t limit = default_limit);

    // A plain message: the same words in every language (e.g. the YAML parser's own text).
    void error(SourcePosition position, std::string message);
    void warning(SourcePosition position, std::string message);
    // A coded message (message.hpp), shown in the reader's language.
    void error(SourcePosition position, Message message);
    void warning(SourcePosition position, Message message);
    // Tags what is added from now on with a card index and field (see Diagnostic).
    void set_location(int card_index, std::string field);
    void add(Diagnostic diagnostic);
    // Keeps the diagnostics of another list (used when a sub-reader had its own list).
    void append(const std::vector<Diagnostic>& diagnostics);

    [[nodiscard]] bool has_errors() const noexcept { return error_count_ > 0; }
    [[nodiscard]] std::size_t error_count() const noexcept { return error_count_; }
    [[nodiscard]] std::size_t warning_count() const noexcept { return warning_count_; }
    [[nodiscard]] bool full() const noexcept { return items_.size() >= limit_; }
    [[nodiscard]] const std::string& file() const noexcept { return file_; }
    [[nodiscard]] const std::vector<Diagnostic>& items() const noexcept { return items_; }
    // Orders by position, keeping insertion order for equal positions.
    void sort_by_position();
    // Drops everything collected so far (used when one error makes the others meaningless).
    void clear();
    [[nodiscard]] std::vector<Diagnostic> take() &&;

private:
    std::string file_;
    std::size_t limit_;
    std::vector<Diagnostic> items_;
    std::size_t error_count_ = 0;
    std::size_t warning_count_ = 0;
    bool truncated_ = false;
    int card_index_ = -1;
    std::string field_;
};

}  // namespace kindling
