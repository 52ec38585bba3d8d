#include "core/store/between_nights.hpp"

#include "core/format/data_paths.hpp"
#include "core/format/record_fields.hpp"
#include "core/format/record_reader.hpp"
#include "core/format/yaml_writer.hpp"
#include "core/text/unreadable_file.hpp"

#include <algorithm>

namespace kindling {

namespace {

const RecordDescription& record(std::string_view name) { return *find_record(name); }

// Writes one record's fields in the order of its description. `lead` starts the first line
// ("  - " in a list), `indent` the others; `value` writes a field or returns false to leave it out.
template <typename WriteField>
void write_record(const RecordDescription& description, std::string_view lead, std::string_view indent,
                  std::string& out, WriteField value) {
    std::string_view prefix = lead;
    for (const FieldRule& rule : description.fields) {
        std::string line;
        if (!value(rule, line)) continue;
        out += std::string(prefix) + std::string(rule.name) + ":" + line + "\n";
        prefix = indent;
    }
}

std::string quoted_list(const std::vector<std::string>& items) {
    std::string out = " [";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + yaml::quote(items[i]);
    return out + "]";
}

bool answer_field(const std::optional<ClosenessAnswer>& answer, std::string_view name, const FieldRule& rule,
                  std::string& line) {
    if (!answer) return false;
    if (rule.name == name) line = " " + std::to_string(answer->value);
    else line = answer->shared ? " true" : " false";
    return true;
}

}  // namespace

std::string encode_between(const BetweenNights& between) {
    std::string out =
        "# What Kindling keeps between your nights: closeness checks, sealed notes, favourites.\n"
        "# It stays on this machine; \"Forget everything\" under \"Our nights\" removes it.\n";
    for (const FieldRule& top : record("between").fields) {
        if (top.type == FieldType::version) {
            out += std::string(top.name) + ": " + std::to_string(between_format_version) + "\n";
            continue;
        }
        out += std::string(top.name) + ":";
        const bool none = (top.name == "nights" && between.nights.empty()) ||
                          (top.name == "notes" && between.notes.empty()) ||
                          (top.name == "favourites" && between.favourites.empty());
        out += none ? " []\n" : "\n";
        if (top.name == "nights") {
            for (const NightBetween& night : between.nights) {
                write_record(record("between_night"), "  - ", "    ", out, [&](const FieldRule& rule, std::string& line) {
                    if (rule.name == "ended") line = " " + std::to_string(night.ended_at);
                    else if (rule.name == "themes") line = quoted_list(night.themes);
                    else if (rule.name == "checks") {
                        line = night.checks.empty() ? " []" : "";
                        for (const PlayerCloseness& check : night.checks) {
                            line += "\n";
                            std::string item;
                            write_record(record("closeness_check"), "      - ", "        ", item,
                                         [&](const FieldRule& field, std::string& value) {
                                             if (field.name == "player") {
                                                 value = " " + yaml::quote(check.player);
                                                 return true;
                                             }
                                             if (field.name.starts_with("before")) return answer_field(check.before, "before", field, value);
                                             return answer_field(check.after, "after", field, value);
                                         });
                            item.pop_back();
                            line += item;
                        }
                    }
                    return true;
                });
            }
        } else if (top.name == "notes") {
            for (const SealedNote& note : between.notes) {
                write_record(record("sealed_note"), "  - ", "    ", out, [&](const FieldRule& rule, std::string& line) {
                    if (rule.name == "from") line = " " + yaml::quote(note.from);
                    else if (rule.name == "to") line = " " + yaml::quote(note.to);
                    else if (rule.name == "text") line = " " + yaml::quote(note.text);
                    else if (rule.name == "written") line = " " + std::to_string(note.written_at);
                    return true;
                });
            }
        } else if (top.name == "favourites") {
            for (const FavouriteMoment& favourite : between.favourites) {
                write_record(record("favourite_moment"), "  - ", "    ", out, [&](const FieldRule& rule, std::string& line) {
                    if (rule.name == "card") line = " " + yaml::quote(favourite.key);
                    else if (rule.name == "text") line = " " + yaml::quote(favourite.text);
                    else if (rule.name == "marked") line = " " + std::to_string(favourite.marked_at);
                    else if (rule.name == "returned") {
                        if (favourite.returned_at == 0) return false;
                        line = " " + std::to_string(favourite.returned_at);
                    }
                    return true;
                });
            }
        }
    }
    return out;
}

namespace {

std::optional<std::int64_t> whole(RecordReader& reader, const yaml::Node& node, const RecordDescription& description,
                                  std::string_view name) {
    const FieldRule& rule = description.at(name);
    return reader.integer(reader.field(node, rule), rule.name, rule.min, rule.max);
}

std::optional<std::string> words_of(RecordReader& reader, const yaml::Node& node, const RecordDescription& description,
                                    std::string_view name) {
    const FieldRule& rule = description.at(name);
    return reader.text(reader.field(node, rule), rule.name);
}

std::optional<ClosenessAnswer> read_answer(RecordReader& reader, const yaml::Node& node, std::string_view name) {
    const RecordDescription& description = record("closeness_check");
    const std::optional<std::int64_t> value = whole(reader, node, description, name);
    if (!value) return std::nullopt;
    const FieldRule& shared = description.at(std::string(name) == "before" ? "before_shared" : "after_shared");
    const bool is_shared = reader.boolean(reader.field(node, shared), shared.name).value_or(false);
    return ClosenessAnswer{static_cast<int>(*value), is_shared};
}

}  // namespace

std::optional<BetweenNights> decode_between(std::string_view text, DiagnosticList& diagnostics) {
    const RecordDescription& top = record("between");
    RecordReader reader(diagnostics);
    const auto root = reader.document(text, top.fields.front().name, between_format_version, top.what);
    if (!root) return std::nullopt;
    reader.check_keys(*root, top);
    BetweenNights between;
    const RecordDescription& night_record = record("between_night");
    for (const yaml::Node* item : reader.list(reader.field(*root, top.at("nights")), "nights")) {
        const yaml::Node* node = reader.mapping(item, "nights");
        if (node == nullptr) continue;
        reader.check_keys(*node, night_record);
        NightBetween night;
        night.ended_at = whole(reader, *node, night_record, "ended").value_or(0);
        const FieldRule& themes = night_record.at("themes");
        for (const yaml::Node* theme : reader.list(reader.field(*node, themes), themes.name)) {
            if (auto title = reader.text(theme, themes.name)) night.themes.push_back(std::move(*title));
        }
        const FieldRule& checks = night_record.at("checks");
        for (const yaml::Node* check_item : reader.list(reader.field(*node, checks), checks.name)) {
            const yaml::Node* check_node = reader.mapping(check_item, checks.name);
            if (check_node == nullptr) continue;
            reader.check_keys(*check_node, record("closeness_check"));
            PlayerCloseness check;
            check.player = words_of(reader, *check_node, record("closeness_check"), "player").value_or("");
            check.before = read_answer(reader, *check_node, "before");
            check.after = read_answer(reader, *check_node, "after");
            night.checks.push_back(std::move(check));
        }
        between.nights.push_back(std::move(night));
    }
    const RecordDescription& note_record = record("sealed_note");
    for (const yaml::Node* item : reader.list(reader.field(*root, top.at("notes")), "notes")) {
        const yaml::Node* node = reader.mapping(item, "notes");
        if (node == nullptr) continue;
        reader.check_keys(*node, note_record);
        SealedNote note;
        note.from = words_of(reader, *node, note_record, "from").value_or("");
        note.to = words_of(reader, *node, note_record, "to").value_or("");
        note.text = words_of(reader, *node, note_record, "text").value_or("");
        note.written_at = whole(reader, *node, note_record, "written").value_or(0);
        between.notes.push_back(std::move(note));
    }
    const RecordDescription& favourite_record = record("favourite_moment");
    for (const yaml::Node* item : reader.list(reader.field(*root, top.at("favourites")), "favourites")) {
        const yaml::Node* node = reader.mapping(item, "favourites");
        if (node == nullptr) continue;
        reader.check_keys(*node, favourite_record);
        FavouriteMoment favourite;
        favourite.key = words_of(reader, *node, favourite_record, "card").value_or("");
        favourite.text = words_of(reader, *node, favourite_record, "text").value_or("");
        favourite.marked_at = whole(reader, *node, favourite_record, "marked").value_or(0);
        favourite.returned_at = whole(reader, *node, favourite_record, "returned").value_or(0);
        between.favourites.push_back(std::move(favourite));
    }
    if (reader.failed()) return std::nullopt;
    return between;
}

std::filesystem::path default_between_path() { return user_data_directory() / "between.yaml"; }

FileBetweenStore::FileBetweenStore(std::filesystem::path path, const Clock& clock)
    : path_(std::move(path)), clock_(&clock) {}

LoadedBetween FileBetweenStore::load() {
    std::error_code error_code;
    if (!std::filesystem::exists(path_, error_code)) return {};
    std::string bytes;
    std::string error;
    if (!read_file(path_, bytes, error, max_between_file_bytes)) {
        return {{}, {"notices.between_unreadable", {{"error", error}}}};
    }
    DiagnosticList diagnostics(path_.string());
    if (auto between = decode_between(bytes, diagnostics)) return {std::move(*between), {}};
    if (diagnostics.items().empty()) {
        diagnostics.error({}, Message{"problems.record.empty", {word_arg("what", "problems.records.between")}});
    }
    const MessageArg reason = diagnostic_arg("reason", diagnostics.items().front());
    std::string set_aside_error;
    const auto moved = set_aside_unreadable_file(path_, clock_->unix_seconds(), set_aside_error);
    if (moved) return {{}, {"notices.between_set_aside", {reason, {"kept", moved->string()}}}};
    return {{}, {"notices.between_not_set_aside", {reason, {"error", set_aside_error}}}};
}

WriteResult FileBetweenStore::save(const BetweenNights& between) {
    AtomicWriteOptions options;
    options.backups = 1;
    options.create_parent_directories = true;
    return write_file_atomically(path_, encode_between(between), options);
}

bool FileBetweenStore::forget(std::string& error) {
    // The file, its backup and any copy set aside as unreadable: every trace of it.
    const std::string name = path_.filename().string();
    std::error_code code;
    const std::filesystem::path folder = path_.parent_path();
    if (!std::filesystem::exists(folder, code)) return true;
    bool all_gone = true;
    for (const auto& entry : std::filesystem::directory_iterator(folder, code)) {
        const std::string other = entry.path().filename().string();
        const bool ours = other == name || other.starts_with(name + "~") || other.starts_with(name + ".corrupt-") ||
                          other.starts_with("." + name);
        if (!ours) continue;
        std::error_code removed;
        std::filesystem::remove(entry.path(), removed);
        if (removed) {
            all_gone = false;
            error = entry.path().string() + ": " + removed.message();
        }
    }
    if (code) {
        error = folder.string() + ": " + code.message();
        return false;
    }
    return all_gone;
}

}  // namespace kindling
