#include "core/format/yaml_fields.hpp"

#include "core/text/text_similarity.hpp"
#include "core/text/unicode.hpp"

#include <algorithm>
#include <charconv>

namespace kindling::yaml {

namespace {

std::string key_in(std::string_view group, std::string_view name) {
    return "problems." + std::string(group) + "." + std::string(name);
}

// The rule a slug follows, as a string key ("lowercase letters and digits joined by "-"").
std::string slug_rule(std::string_view extra) {
    if (extra.empty()) return "problems.slug_rule.plain";
    if (extra == "-") return "problems.slug_rule.dash";
    return "problems.slug_rule.dash_underscore";
}

void error_at(const Node& value, DiagnosticList& diagnostics, std::string code, std::vector<MessageArg> args) {
    diagnostics.error(value.position, Message{std::move(code), std::move(args)});
}

}  // namespace

MessageArg described(const Node& value) {
    switch (value.kind) {
        case NodeKind::sequence: return word_arg("value", "problems.value.list");
        case NodeKind::mapping: return word_arg("value", "problems.value.mapping");
        case NodeKind::scalar: break;
    }
    if (value.is_null()) return word_arg("value", "problems.value.nothing");
    return {"value", describe(value)};
}

void check_keys(const Node& mapping, std::span<const std::string_view> known_keys,
                std::string_view what, DiagnosticList& diagnostics) {
    for (std::size_t i = 0; i < mapping.mapping_size(); ++i) {
        const Node& key = mapping.key_at(i);
        if (std::find(known_keys.begin(), known_keys.end(), key.value) != known_keys.end()) continue;
        std::vector<MessageArg> args{{"key", std::string(unicode::prefix_code_points(key.value, 40))},
                                     word_arg("what", key_in("in", what))};
        if (const auto hint = closest_match(key.value, known_keys)) {
            args.push_back({"hint", std::string(*hint)});
            diagnostics.warning(key.position, Message{"problems.unknown_field", std::move(args)});
        } else {
            args.push_back(choices_arg("known", known_keys));
            diagnostics.warning(key.position, Message{"problems.unknown_field_list", std::move(args)});
        }
    }
}

void report_if_missing(const Node& mapping, const RecordDescription& record, const FieldRule& rule,
                       DiagnosticList& diagnostics) {
    if (!rule.required || mapping.find(rule.name) != nullptr) return;
    if (rule.type == FieldType::choice) {
        report_missing_choice(mapping, rule.name, rule.choices, diagnostics);
        return;
    }
    const std::string hint = rule.type == FieldType::version ? std::string("deck_version")
                                                             : std::string(record.name) + "_" + std::string(rule.name);
    report_missing(mapping, rule.name, hint, diagnostics);
}

void report_missing_fields(const Node& mapping, const RecordDescription& record, DiagnosticList& diagnostics) {
    for (const FieldRule& rule : record.fields) report_if_missing(mapping, record, rule, diagnostics);
}

void report_missing(const Node& mapping, std::string_view key, std::string_view hint,
                    DiagnosticList& diagnostics) {
    if (hint.empty()) {
        error_at(mapping, diagnostics, "problems.missing_field", {{"field", std::string(key)}});
    } else {
        error_at(mapping, diagnostics, "problems.missing_field_hint",
                 {{"field", std::string(key)}, word_arg("hint", key_in("hint", hint))});
    }
}

void report_missing_choice(const Node& mapping, std::string_view key,
                           std::span<const std::string_view> choices, DiagnosticList& diagnostics) {
    error_at(mapping, diagnostics, "problems.missing_field_choice",
             {{"field", std::string(key)}, choices_arg("choices", choices)});
}

bool read_scalar(const Node& value, const FieldRule& rule, std::string& target, DiagnosticList& diagnostics) {
    if (!value.is_scalar()) {
        if (rule.type == FieldType::slug) {
            error_at(value, diagnostics, "problems.not_slug",
                     {{"field", std::string(rule.name)}, word_arg("rule", slug_rule(rule.separators)), described(value)});
        } else {
            error_at(value, diagnostics, "problems.not_text", {{"field", std::string(rule.name)}, described(value)});
        }
        return false;
    }
    target = value.is_null() ? std::string{} : value.value;
    return true;
}

std::optional<std::string> read_text(const Node& value, std::string_view field,
                                     DiagnosticList& diagnostics, std::size_t max_chars,
                                     bool allow_blank) {
    if (!value.is_scalar()) {
        error_at(value, diagnostics, "problems.not_text", {{"field", std::string(field)}, described(value)});
        return std::nullopt;
    }
    if (allow_blank && value.is_null()) return std::string{};
    if (!allow_blank && (value.is_null() || unicode::is_blank(value.value))) {
        error_at(value, diagnostics, "problems.blank", {{"field", std::string(field)}});
        return std::nullopt;
    }
    const std::size_t length = unicode::code_point_count(value.value);
    if (length > max_chars) {
        error_at(value, diagnostics, "problems.too_long",
                 {{"field", std::string(field)}, {"length", std::to_string(length)}, {"max", std::to_string(max_chars)}});
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

void report_not_whole_number(SourcePosition position, std::string_view field, long long min, long long max,
                             std::string_view unit, MessageArg value, bool quoted_number,
                             DiagnosticList& diagnostics) {
    std::string code = unit.empty() ? "problems.not_whole_number" : "problems.not_whole_number_unit";
    if (quoted_number) code += "_quoted";
    std::vector<MessageArg> args{{"field", std::string(field)}, {"min", std::to_string(min)},
                                 {"max", std::to_string(max)}, std::move(value)};
    if (!unit.empty()) args.push_back(word_arg("unit", key_in("unit", unit)));
    diagnostics.error(position, Message{std::move(code), std::move(args)});
}

std::optional<long long> read_integer(const Node& value, std::string_view field, long long min,
                                      long long max, std::string_view unit,
                                      DiagnosticList& diagnostics) {
    const auto number = value.is_scalar() && value.style == ScalarStyle::plain ? parse_integer(value.value) : std::nullopt;
    if (!number) {
        const bool quoted_number = value.is_scalar() && value.style != ScalarStyle::plain && parse_integer(value.value);
        report_not_whole_number(value.position, field, min, max, unit, described(value), quoted_number, diagnostics);
        return std::nullopt;
    }
    if (*number < min || *number > max) {
        report_not_whole_number(value.position, field, min, max, unit, {"value", std::to_string(*number)}, false,
                                diagnostics);
        return std::nullopt;
    }
    return number;
}

std::optional<bool> read_boolean(const Node& value, std::string_view field,
                                 DiagnosticList& diagnostics) {
    if (value.is_scalar() && value.style == ScalarStyle::plain) {
        if (value.value == "true" || value.value == "True" || value.value == "TRUE") return true;
        if (value.value == "false" || value.value == "False" || value.value == "FALSE") return false;
    }
    error_at(value, diagnostics, "problems.not_boolean", {{"field", std::string(field)}, described(value)});
    return std::nullopt;
}

void report_unknown_choice(SourcePosition position, std::string_view field, std::string_view word,
                           MessageArg value, std::span<const std::string_view> choices,
                           DiagnosticList& diagnostics) {
    std::vector<MessageArg> args{{"field", std::string(field)}, std::move(value), choices_arg("choices", choices)};
    if (const auto hint = closest_match(word, choices)) {
        args.push_back({"hint", std::string(*hint)});
        diagnostics.error(position, Message{"problems.unknown_choice", std::move(args)});
    } else {
        diagnostics.error(position, Message{"problems.unknown_choice_list", std::move(args)});
    }
}

std::optional<std::string> read_choice(const Node& value, std::string_view field,
                                       std::span<const std::string_view> choices,
                                       DiagnosticList& diagnostics) {
    if (!value.is_scalar()) {
        error_at(value, diagnostics, "problems.not_choice",
                 {{"field", std::string(field)}, choices_arg("choices", choices), described(value)});
        return std::nullopt;
    }
    if (std::find(choices.begin(), choices.end(), value.value) != choices.end()) return value.value;
    if (value.is_null()) {
        error_at(value, diagnostics, "problems.empty_choice", {{"field", std::string(field)}, choices_arg("choices", choices)});
    } else {
        report_unknown_choice(value.position, field, value.value, described(value), choices, diagnostics);
    }
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
    const std::string rule = slug_rule(extra);
    if (!value.is_scalar()) {
        error_at(value, diagnostics, "problems.not_slug", {{"field", std::string(field)}, word_arg("rule", rule), described(value)});
        return std::nullopt;
    }
    if (value.is_null()) {
        error_at(value, diagnostics, "problems.empty_slug", {{"field", std::string(field)}, word_arg("rule", rule)});
        return std::nullopt;
    }
    if (value.value.size() > max_chars) {
        error_at(value, diagnostics, "problems.slug_too_long", {{"field", std::string(field)}, {"max", std::to_string(max_chars)}});
        return std::nullopt;
    }
    if (!is_slug(value.value, extra)) {
        error_at(value, diagnostics, "problems.bad_slug", {{"field", std::string(field)}, word_arg("rule", rule), described(value)});
        return std::nullopt;
    }
    return value.value;
}

std::optional<std::vector<std::string>> read_text_list(const Node& value, std::string_view field,
                                                       std::size_t max_items,
                                                       std::size_t max_chars,
                                                       DiagnosticList& diagnostics) {
    if (!value.is_sequence()) {
        error_at(value, diagnostics, "problems.not_list", {{"field", std::string(field)}, described(value)});
        return std::nullopt;
    }
    if (value.children.size() > max_items) {
        error_at(value, diagnostics, "problems.too_many_entries",
                 {{"field", std::string(field)}, {"count", std::to_string(value.children.size())},
                  {"max", std::to_string(max_items)}});
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
        error_at(value, diagnostics, "problems.not_language", {described(value)});
        return std::nullopt;
    }
    return text;
}

std::optional<long long> read_format_version(const Node& value, int current, DiagnosticList& diagnostics) {
    const auto number =
        value.is_scalar() && value.style == ScalarStyle::plain ? parse_integer(value.value) : std::nullopt;
    if (!number || *number < 1) {
        error_at(value, diagnostics, "problems.not_format_version", {{"current", std::to_string(current)}, described(value)});
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
