#include "core/format/csv.hpp"

#include "core/text/unicode.hpp"

namespace kindling::csv {

namespace {

class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}
    [[nodiscard]] bool done() const { return offset_ >= text_.size(); }
    [[nodiscard]] char peek(std::size_t ahead = 0) const {
        return offset_ + ahead < text_.size() ? text_[offset_ + ahead] : '\0';
    }
    [[nodiscard]] SourcePosition position() const { return {line_, column_}; }
    // Consumes one character (a CRLF pair counts as one line break).
    void advance() {
        const char c = text_[offset_];
        if (c == '\r' && peek(1) == '\n') ++offset_;
        if (c == '\n' || c == '\r') {
            ++offset_;
            ++line_;
            column_ = 1;
            return;
        }
        offset_ += unicode::decode(text_, offset_).length;
        ++column_;
    }
    [[nodiscard]] bool at_line_end() const { return peek() == '\n' || peek() == '\r'; }
    // The bytes of the current character, for copying into a field.
    [[nodiscard]] std::string_view current() const {
        const char c = text_[offset_];
        if (c == '\r' && peek(1) == '\n') return "\n";  // fields hold \n line ends
        if (c == '\r') return "\n";
        return text_.substr(offset_, unicode::decode(text_, offset_).length);
    }

private:
    std::string_view text_;
    std::size_t offset_ = 0;
    int line_ = 1;
    int column_ = 1;
};

}  // namespace

std::vector<Row> parse(std::string_view text, DiagnosticList& diagnostics) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<Row> rows;
    if (!unicode::is_valid_utf8(text)) {
        // Find the first bad byte for a precise message.
        int line = 1;
        int column = 1;
        for (std::size_t i = 0; i < text.size();) {
            const unicode::Decoded d = unicode::decode(text, i);
            if (!d.valid) break;
            if (text[i] == '\n') { ++line; column = 1; } else { ++column; }
            i += d.length;
        }
        diagnostics.error({line, column}, Message{"problems.csv.not_utf8", {}});
        return rows;
    }
    Cursor cursor(text);
    while (!cursor.done()) {
        if (cursor.at_line_end()) {  // blank line
            cursor.advance();
            continue;
        }
        Row row;
        while (true) {
            Field field;
            field.position = cursor.position();
            if (cursor.peek() == '"') {
                cursor.advance();
                while (true) {
                    if (cursor.done()) {
                        diagnostics.error(field.position, Message{"problems.csv.quote_never_closed", {}});
                        return rows;
                    }
                    if (cursor.peek() == '"') {
                        if (cursor.peek(1) == '"') {
                            field.value += '"';
                            cursor.advance();
                            cursor.advance();
                            continue;
                        }
                        cursor.advance();
                        break;
                    }
                    field.value += cursor.current();
                    cursor.advance();
                }
                if (!cursor.done() && cursor.peek() != ',' && !cursor.at_line_end()) {
                    diagnostics.error(cursor.position(), Message{"problems.csv.text_after_quote", {}});
                    return rows;
                }
            } else {
                while (!cursor.done() && cursor.peek() != ',' && !cursor.at_line_end()) {
                    if (cursor.peek() == '"') {
                        diagnostics.error(cursor.position(), Message{"problems.csv.quote_inside_field", {}});
                        return rows;
                    }
                    field.value += cursor.current();
                    cursor.advance();
                }
            }
            row.push_back(std::move(field));
            if (cursor.peek() == ',' && !cursor.done()) {
                cursor.advance();
                continue;
            }
            if (!cursor.done()) cursor.advance();  // the line end
            break;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string escape(std::string_view value) {
    const bool needs_quotes = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                              (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!needs_quotes) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string format_row(const std::vector<std::string>& values) {
    std::string line;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) line += ',';
        line += escape(values[i]);
    }
    line += "\r\n";
    return line;
}

}  // namespace kindling::csv
