#pragma once
// Internal to the YAML reader: scanning and decoding of the five scalar styles. Each scanner
// starts at the scalar's first character (quote, `|`/`>` or first letter), leaves the cursor
// right after the scalar's text and throws SyntaxError for malformed text.

#include "yaml_cursor.hpp"
#include "yaml_tree.hpp"

#include <string>

namespace kindling::yaml::detail {

// What the lines that continue a multi-line scalar must look like.
struct LineRule {
    // Continuation lines need at least this many leading spaces (one more than the block they
    // sit in). A plain scalar in block context simply ends before a line with fewer.
    int min_indent = 0;
    bool in_flow = false;            // inside [ ] or { }
    bool flow_is_mapping = false;    // for messages: the enclosing collection
    SourcePosition flow_start;       // for messages: where it starts
};

// What a scanner found out about the scalar besides its text.
struct ScannedScalar {
    bool multi_line = false;
    // Plain scalars: where the text of their last line starts (for "this line ..." messages)
    // and where it ends (for "expected ... after" messages).
    SourcePosition last_line_start;
    const char* text_end = nullptr;
};

// Whether the character at the cursor can start a plain scalar (`-`, `?` and `:` only when a
// non-space character follows; in flow context not a flow indicator either).
bool can_start_plain(const Cursor& cursor, bool in_flow) noexcept;

// Plain scalar: folds line breaks, stops before ": ", " #", the end of its lines and, in flow
// context, before flow indicators. The cursor ends at the end of the text on the scalar's
// last line, or at the head of the first line that does not continue it.
// Each scanner writes the scalar's text into `value`, which must be empty.
void scan_plain(Cursor& cursor, const LineRule& rule, std::string& value, ScannedScalar& out);
void scan_single_quoted(Cursor& cursor, const LineRule& rule, std::string& value, ScannedScalar& out);
void scan_double_quoted(Cursor& cursor, const LineRule& rule, std::string& value, ScannedScalar& out);
// Literal `|` or folded `>` scalar; `parent_indent` is the indentation of the block that holds
// it (-1 at the top of the document). Ends at the head of the first line after its text.
void scan_block_scalar(Cursor& cursor, int parent_indent, std::string& value, ScannedScalar& out,
                       ScalarStyle& style);

// Error for a line inside a flow collection that is indented less than `rule.min_indent`.
[[noreturn]] void fail_flow_line_indent(const Cursor& cursor, const LineRule& rule);

}  // namespace kindling::yaml::detail
