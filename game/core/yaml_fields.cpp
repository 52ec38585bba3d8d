#include "yaml_fields.hpp"

#include "text_similarity.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <charconv>

namespace kindling::yaml {

namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

bool expect_scalar(const Node& value, std::string_view field, std::string_view expected,
                   DiagnosticList& diagnostics) {
    if (value.is_scalar()) return true;
    diagnostics.error(value.position, quoted(field) + " must be " + std::string(expected) +
                                          ", not " + describe(value));
    return false;
}

}  // namespace

void check_keys(const Node& mapping, std::span<const std::string_view> known_keys,
                std::string_view what, DiagnosticList& diagnostics) {
    for (std::size_t i = 0; i < mapping.mapping_size(); ++i) {
        const Node& key = mapping.key_at(i);
        if (std::find(known_keys.begin(), known_keys.end(), key.value) != known_keys.end()) continue;
        std::string message = "unknown field " + quoted(unicode::prefix_code_points(key.value, 40)) +
                              " in " + std::string(what);
        if (const auto hint = closest_match(key.value, known_keys)) {
            message += "; did you mean " + quoted(*hint) + "?";
        } else {
            message += "; known fields are " + quoted_list(known_keys);
        }
        diagnostics.warning(key.position, std::move(message));
    }
}

void report_missing(const Node& mapping, std::string_view key, std::string_view hint,
                    DiagnosticList& diagnostics) {
    std::string message = "missing required field " + quoted(key);
    if (!hint.empty()) message += " (" + std::string(hint) + ")";
    diagnostics.error(mapping.position, std::move(message));
}

std::optional<std::string> read_text(const Node& value, std::string_view field,
                                     DiagnosticList& diagnostics, std::size_t max_chars,
                                     bool allow_blank) {
    if (!expect_scalar(value, field, "text", diagnostics)) return std::nullopt;
    if (allow_blank && value.is_null()) return std::string{};
    if (!allow_blank && (value.is_null() || unicode::is_blank(value.value))) {
        diagnostics.error(value.position, quoted(field) + " is blank; write some text");
        return std::nullopt;
    }
    const std::size_t length = unicode::code_point_count(value.value);
    if (length > max_chars) {
        diagnostics.error(value.position, quoted(field) + " is " + std::to_string(length) +
                                              " characters long; the limit is " +
                                              std::to_string(max_chars));
        return std::nullopt;
    }
    return value.value;
}

std::optional<long long> parse_integer(std::string_view text) {
    if (text.starts_with('+')) text.remove_prefix(1);
    if (text.empty() || text.size() > 19) return std::nullopt;
    long long result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return result;
}

std::optional<long long> read_integer(const Node& value, std::string_view field, long long min,
                                      long long max, std::string_view unit,
                                      DiagnosticList& diagnostics) {
    std::string expected = "a whole number";
    if (!unit.empty()) expected += " of " + std::string(unit);
    expected += " from " + std::to_string(min) + " to " + std::to_string(max);
    if (!expect_scalar(value, field, expected, diagnostics)) return std::nullopt;
    const auto number = value.style == ScalarStyle::plain ? parse_integer(value.value) : std::nullopt;
    if (!number) {
        std::string message = quoted(field) + " must be " + expected + ", not " + describe(value);
        if (value.style != ScalarStyle::plain && parse_integer(value.value)) {
            message += "; write the number without quotes";
        }
        diagnostics.error(value.position, std::move(message));
        return std::nullopt;
    }
    if (*number < min || *number > max) {
        diagnostics.error(value.position, quoted(field) + " must be " + expected + ", not " +
                                              std::to_string(*number));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> read_boolean(const Node& value, std::string_view field,
                                 DiagnosticList& diagnostics) {
    if (!expect_scalar(value, field, "true or false", diagnostics)) return std::nullopt;
    if (value.style == ScalarStyle::plain) {
        if (value.value == "true" || value.value == "True" || value.value == "TRUE") return true;
        if (value.value == "false" || value.value == "False" || value.value == "FALSE") return false;
    }
    diagnostics.error(value.position, quoted(field) + " must be true or false, not " + describe(value));
    return std::nullopt;
}

std::optional<std::string> read_choice(const Node& value, std::string_view field,
                                       std::span<const std::string_view> choices,
                                       DiagnosticList& diagnostics) {
    const std::string expected = "one of " + quoted_list(choices);
    if (!expect_scalar(value, field, expected, diagnostics)) return std::nullopt;
    if (std::find(choices.begin(), choices.end(), value.value) != choices.end()) return value.value;
    std::string message;
    if (value.is_null()) {
        message = quoted(field) + " is empty; it must be " + expected;
    } else {
        message = "unknown " + std::string(field) + " " + describe(value);
        if (const auto hint = closest_match(value.value, choices)) {
            message += "; did you mean " + quoted(*hint) + "? Valid values are ";
        } else {
            message += "; valid values are ";
        }
        message += quoted_list(choices);
    }
    diagnostics.error(value.position, std::move(message));
    return std::nullopt;
}

bool is_slug(std::string_view text, std::string_view extra) {
    if (text.empty()) return false;
    const auto is_alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!is_alnum(text.front()) || !is_alnum(text.back())) return false;
    char previous = 'a';
    for (char c : text) {
        const bool separator = extra.find(c) != std::string_view::npos;
        if (!is_alnum(c) && !separator) return false;
        if (separator && !is_alnum(previous)) return false;  // no doubled separators
        previous = c;
    }
    return true;
}

std::optional<std::string> read_slug(const Node& value, std::string_view field,
                                     std::size_t max_chars, std::string_view extra,
                                     DiagnosticList& diagnostics) {
    std::string rule = "lowercase letters and digits";
    if (!extra.empty()) {
        rule += " joined by ";
        for (std::size_t i = 0; i < extra.size(); ++i) {
            if (i > 0) rule += i + 1 == extra.size() ? " or " : ", ";
            rule += quoted(extra.substr(i, 1));
        }
    }
    if (!expect_scalar(value, field, rule, diagnostics)) return std::nullopt;
    if (value.is_null()) {
        diagnostics.error(value.position, quoted(field) + " is empty; it must be " + rule);
        return std::nullopt;
    }
    if (value.value.size() > max_chars) {
        diagnostics.error(value.position, quoted(field) + " is longer than " +
                                              std::to_string(max_chars) + " characters");
        return std::nullopt;
    }
    if (!is_slug(value.value, extra)) {
        diagnostics.error(value.position, quoted(field) + " must be " + rule + " (like " +
                                              quoted("inner-world") + "), not " + describe(value));
        return std::nullopt;
    }
    return value.value;
}

std::optional<std::vector<std::string>> read_text_list(const Node& value, std::string_view field,
                                                       std::size_t max_items,
                                                       std::size_t max_chars,
                                                       DiagnosticList& diagnostics) {
    if (!value.is_sequence()) {
        std::string message = quoted(field) + " must be a list, like [dreams, childhood], not " +
                              describe(value);
        diagnostics.error(value.position, std::move(message));
        return std::nullopt;
    }
    if (value.children.size() > max_items) {
        diagnostics.error(value.position, quoted(field) + " has " +
                                              std::to_string(value.children.size()) +
                                              " entries; the limit is " + std::to_string(max_items));
        return std::nullopt;
    }
    std::vector<std::string> items;
    bool ok = true;
    for (const Node& item : value.children) {
        if (auto text = read_text(item, field, diagnostics, max_chars)) items.push_back(std::move(*text));
        else ok = false;
    }
    if (!ok) return std::nullopt;
    return items;
}

std::optional<std::string> read_language_tag(const Node& value, DiagnosticList& diagnostics) {
    auto text = read_text(value, "language", diagnostics, 35);
    if (!text) return std::nullopt;
    if (!is_language_tag(*text)) {
        diagnostics.error(value.position, "\"language\" must be a language tag like \"en\", "
                                          "\"de\" or \"pt-BR\", not " + describe(value));
        return std::nullopt;
    }
    return text;
}

std::optional<long long> read_format_version(const Node& value, int current, DiagnosticList& diagnostics) {
    const auto number =
        value.is_scalar() && value.style == ScalarStyle::plain ? parse_integer(value.value) : std::nullopt;
    if (!number || *number < 1) {
        diagnostics.error(value.position, "\"kindling_deck\" must be the deck format version, " +
                                              std::to_string(current) + ", not " + describe(value));
        return std::nullopt;
    }
    return number;
}

bool is_language_tag(std::string_view tag) {
    // BCP 47 in the shape decks need: a 2-3 letter language, then subtags of 2-8 letters/digits.
    std::size_t start = 0;
    for (int part = 0; start <= tag.size(); ++part) {
        const std::size_t end = std::min(tag.find('-', start), tag.size());
        const std::string_view subtag = tag.substr(start, end - start);
        const bool letters_only = std::all_of(subtag.begin(), subtag.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        });
        const bool alphanumeric = std::all_of(subtag.begin(), subtag.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        });
        if (part == 0 ? !(letters_only && subtag.size() >= 2 && subtag.size() <= 3)
                      : !(alphanumeric && subtag.size() >= 2 && subtag.size() <= 8)) {
            return false;
        }
        if (end == tag.size()) return true;
        start = end + 1;
    }
    return false;
}

}  // namespace kindling::yaml
