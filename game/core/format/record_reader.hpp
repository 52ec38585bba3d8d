#pragma once
// Reads the files Kindling writes for itself (play history, saved nights) from the located YAML
// tree. Unlike decks these are never written by hand, so any surprise is an error: the file is
// then set aside rather than half understood.

#include "core/format/diagnostics.hpp"
#include "core/format/record_fields.hpp"
#include "core/format/yaml_tree.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

class RecordReader {
public:
    explicit RecordReader(DiagnosticList& diagnostics) : diagnostics_(diagnostics) {}

    // `what` below names the record: the last part of a key under "problems.records" ("history").

    // Reads `text` as one YAML document whose root is a mapping carrying `version_key` with a
    // version this program understands. Nothing when it is not.
    std::optional<yaml::Node> document(std::string_view text, std::string_view version_key,
                                       int version, std::string_view what);

    // The value of `key` in `mapping`; an error naming the key when it is missing.
    const yaml::Node* field(const yaml::Node& mapping, std::string_view key);
    // The value of a described field: required ones are reported when missing, optional ones
    // are simply absent.
    const yaml::Node* field(const yaml::Node& mapping, const FieldRule& rule);
    // Unknown keys are warnings with a "did you mean" from the description; never a failure.
    void check_keys(const yaml::Node& mapping, const RecordDescription& record);
    // A mapping (or an error saying what `name` should have been).
    const yaml::Node* mapping(const yaml::Node* node, std::string_view name);
    // The items of a list, or an empty list with an error.
    std::vector<const yaml::Node*> list(const yaml::Node* node, std::string_view name);

    std::optional<std::string> text(const yaml::Node* node, std::string_view name);
    std::optional<std::int64_t> integer(const yaml::Node* node, std::string_view name, std::int64_t min,
                                        std::int64_t max);
    std::optional<bool> boolean(const yaml::Node* node, std::string_view name);
    // A 64-bit unsigned number written as 16 hex digits in quotes.
    std::optional<std::uint64_t> hex64(const yaml::Node* node, std::string_view name);

    // One of `names`, returned as its index.
    template <typename Enum, typename Parser>
    std::optional<Enum> choice(const yaml::Node* node, std::string_view name, Parser parse) {
        if (node == nullptr) return std::nullopt;
        if (node->is_scalar()) {
            if (auto value = parse(node->value)) return *value;
        }
        problem(*node, "problems.record.unknown_value", {{"field", std::string(name)}, described_value(*node)});
        return std::nullopt;
    }

    // An error at `node`: a string key (message.hpp) and its arguments.
    void problem(const yaml::Node& node, std::string code, std::vector<MessageArg> args);
    [[nodiscard]] bool failed() const noexcept { return diagnostics_.has_errors(); }

private:
    static MessageArg described_value(const yaml::Node& node);
    DiagnosticList& diagnostics_;
};

// "0123456789abcdef"
std::string hex64_text(std::uint64_t value);

}  // namespace kindling
