#include "core/format/diagnostics.hpp"

#include "core/format/ui_strings.hpp"

#include <algorithm>

namespace kindling {

std::string_view severity_name(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

std::string diagnostic_words(const Diagnostic& diagnostic, const UiStrings& strings) {
    return diagnostic.code.empty() ? diagnostic.message : words(diagnostic.code, diagnostic.args, strings);
}

Diagnostic coded_diagnostic(std::string file, SourcePosition position, Severity severity, Message message) {
    std::string english = english_words(message);
    return {std::move(file), position, severity, std::move(english), -1, {}, std::move(message.code),
            std::move(message.args)};
}

std::string format_diagnostic(const Diagnostic& diagnostic, const UiStrings& strings) {
    Diagnostic worded = diagnostic;
    worded.message = diagnostic_words(diagnostic, strings);
    return format_diagnostic(worded);
}

MessageArg diagnostic_arg(std::string name, const Diagnostic& diagnostic) {
    std::string place = diagnostic.file;
    if (diagnostic.position.line > 0) {
        place += ':' + std::to_string(diagnostic.position.line);
        if (diagnostic.position.column > 0) place += ':' + std::to_string(diagnostic.position.column);
    }
    MessageArg problem = diagnostic.code.empty()
                             ? MessageArg{"problem", diagnostic.message}
                             : message_arg("problem", Message{diagnostic.code, diagnostic.args});
    return message_arg(std::move(name), Message{"notices.located", {{"place", std::move(place)}, std::move(problem)}});
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
    std::string out = diagnostic.file;
    if (diagnostic.position.line > 0) {
        out += ':' + std::to_string(diagnostic.position.line);
        if (diagnostic.position.column > 0) out += ':' + std::to_string(diagnostic.position.column);
    }
    out += ": ";
    out += severity_name(diagnostic.severity);
    out += ": ";
    out += diagnostic.message;
    return out;
}

DiagnosticList::DiagnosticList(std::string file, std::size_t limit)
    : file_(std::move(file)), limit_(std::max<std::size_t>(limit, 1)) {}

void DiagnosticList::error(SourcePosition position, std::string message) {
    add({file_, position, Severity::error, std::move(message), card_index_, field_});
}

void DiagnosticList::warning(SourcePosition position, std::string message) {
    add({file_, position, Severity::warning, std::move(message), card_index_, field_});
}

void DiagnosticList::error(SourcePosition position, Message message) {
    Diagnostic diagnostic = coded_diagnostic(file_, position, Severity::error, std::move(message));
    diagnostic.card_index = card_index_;
    diagnostic.field = field_;
    add(std::move(diagnostic));
}

void DiagnosticList::warning(SourcePosition position, Message message) {
    Diagnostic diagnostic = coded_diagnostic(file_, position, Severity::warning, std::move(message));
    diagnostic.card_index = card_index_;
    diagnostic.field = field_;
    add(std::move(diagnostic));
}

void DiagnosticList::set_location(int card_index, std::string field) {
    card_index_ = card_index;
    field_ = std::move(field);
}

void DiagnosticList::add(Diagnostic diagnostic) {
    if (diagnostic.severity == Severity::error) ++error_count_;
    else ++warning_count_;
    if (items_.size() + 1 < limit_) {
        items_.push_back(std::move(diagnostic));
        return;
    }
    // One closing note stands for everything left out; it is an error as soon as an error was
    // left out, so a list of only warnings never turns into a failure.
    if (!truncated_) {
        truncated_ = true;
        items_.push_back(coded_diagnostic(file_, diagnostic.position, diagnostic.severity,
                                          {"problems.too_many", {{"count", std::to_string(limit_ - 1)}}}));
    } else if (diagnostic.severity == Severity::error) {
        items_.back().severity = Severity::error;
    }
}

void DiagnosticList::append(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& diagnostic : diagnostics) add(diagnostic);
}

void DiagnosticList::sort_by_position() {
    if (truncated_) return;  // the "too many" note stays last
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.position.line != b.position.line) return a.position.line < b.position.line;
        return a.position.column < b.position.column;
    });
}

void DiagnosticList::clear() {
    items_.clear();
    error_count_ = 0;
    warning_count_ = 0;
    truncated_ = false;
}

std::vector<Diagnostic> DiagnosticList::take() && { return std::move(items_); }

}  // namespace kindling
