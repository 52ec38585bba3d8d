#pragma once
// Reading typed fields out of a located YAML tree with clear messages. Shared by everything
// that reads Kindling's YAML files (decks, play modes, settings, saved nights).

#include "core/format/diagnostics.hpp"
#include "core/format/record_fields.hpp"
#include "core/format/yaml_tree.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kindling::yaml {

// Messages name things with string keys (message.hpp): `what` is the last part of a key under
// "problems.in" ("card" reads "a card"), `hint` the last part of one under "problems.hint".

// Checks a mapping's keys: an unknown key is a warning with a "did you mean" hint naming the
// closest known key. `what` names the mapping in the message, e.g. "card" for "a card".
void check_keys(const Node& mapping, std::span<const std::string_view> known_keys,
                std::string_view what, DiagnosticList& diagnostics);

// "missing required field "text" (HINT)" pointing at the mapping that should hold it; no hint
// when `hint` is empty.
void report_missing(const Node& mapping, std::string_view key, std::string_view hint,
                    DiagnosticList& diagnostics);
// "missing required field "kind" (one of "a", "b" or "c")".
void report_missing_choice(const Node& mapping, std::string_view key,
                           std::span<const std::string_view> choices, DiagnosticList& diagnostics);

// Reports a required field of `record` (its `required` flag) that `mapping` lacks: a choice with
// its choices, a version with the hint "deck_version", anything else with the hint
// "<record>_<field>" (e.g. "card_text"). Nothing when the field is there or not required.
void report_if_missing(const Node& mapping, const RecordDescription& record, const FieldRule& rule,
                       DiagnosticList& diagnostics);
// The same for every field of `record`, in the description's order.
void report_missing_fields(const Node& mapping, const RecordDescription& record, DiagnosticList& diagnostics);

// The value as a message argument {value}: "a list", "a mapping", "nothing" (in the reader's
// language) or the quoted text.
MessageArg described(const Node& value);

// A text value: any scalar style; a plain null (empty, ~, null) counts as missing text.
// Reports non-scalars, blank text when `allow_blank` is false, and text over `max_chars`.
std::optional<std::string> read_text(const Node& value, std::string_view field,
                                     DiagnosticList& diagnostics, std::size_t max_chars,
                                     bool allow_blank = false);

// A text-like value of a described field (text, slug, language tag, colour): any scalar, a
// plain null read as empty. Anything else is reported, worded for the field's type. The rules
// about the value itself are validation's (deck_validation).
bool read_scalar(const Node& value, const FieldRule& rule, std::string& target, DiagnosticList& diagnostics);

// A whole number written plain (not quoted) within [min, max]. `unit` is for the message, the
// last part of a key under "problems.unit", e.g. "seconds"; empty for none. Parsing ignores the C++ global locale.
std::optional<long long> read_integer(const Node& value, std::string_view field, long long min,
                                      long long max, std::string_view unit,
                                      DiagnosticList& diagnostics);

// "FIELD must be a whole number (of UNIT) from MIN to MAX, not VALUE"; `quoted_number` adds
// "write the number without quotes".
void report_not_whole_number(SourcePosition position, std::string_view field, long long min, long long max,
                             std::string_view unit, MessageArg value, bool quoted_number,
                             DiagnosticList& diagnostics);

// true/false written plain.
std::optional<bool> read_boolean(const Node& value, std::string_view field,
                                 DiagnosticList& diagnostics);

// One of a closed set of words. Unknown words get a hint and the list of valid ones.
std::optional<std::string> read_choice(const Node& value, std::string_view field,
                                       std::span<const std::string_view> choices,
                                       DiagnosticList& diagnostics);

// "unknown FIELD VALUE; did you mean ...? Valid values are ..." for a word not in `choices`.
void report_unknown_choice(SourcePosition position, std::string_view field, std::string_view word,
                           MessageArg value, std::span<const std::string_view> choices,
                           DiagnosticList& diagnostics);

// A slug: lowercase ASCII letters and digits, with `extra` separators allowed between them.
std::optional<std::string> read_slug(const Node& value, std::string_view field,
                                     std::size_t max_chars, std::string_view extra,
                                     DiagnosticList& diagnostics);
bool is_slug(std::string_view text, std::string_view extra);

// A list of short texts, e.g. tags: each not blank and at most `max_chars`, at most `max_items`.
std::optional<std::vector<std::string>> read_text_list(const Node& value, std::string_view field,
                                                       std::size_t max_items,
                                                       std::size_t max_chars,
                                                       DiagnosticList& diagnostics);

// A BCP 47 language tag in the shape Kindling uses: "en", "de", "pt-BR", "zh-Hant".
bool is_language_tag(std::string_view tag);
// The "language" field of a deck or translation: a language tag, else an error at the value.
std::optional<std::string> read_language_tag(const Node& value, DiagnosticList& diagnostics);
// The "kindling_deck" field: the format version as a whole number >= 1, else an error saying
// which version this Kindling expects (`current`).
std::optional<long long> read_format_version(const Node& value, int current, DiagnosticList& diagnostics);

// Parses a decimal integer exactly (optional sign, digits only), independent of locale.
std::optional<long long> parse_integer(std::string_view text);

}  // namespace kindling::yaml
