#include "core/store/settings.hpp"

#include "core/text/atomic_file.hpp"
#include "core/format/data_paths.hpp"
#include "core/format/yaml_fields.hpp"
#include "core/format/yaml_reader.hpp"
#include "core/format/yaml_writer.hpp"

#include "core/format/record_fields.hpp"

#include <variant>

namespace kindling {

namespace {

constexpr std::size_t max_settings_bytes = 64 * 1024;

// Where each described field (record_fields: settings_record) lives in Settings; the format
// version has no member.
using Member = std::variant<std::monostate, int Settings::*, bool Settings::*, std::string Settings::*,
                            ReadAloud Settings::*>;

Member member_of(std::string_view field) {
    if (field == "text_size") return &Settings::text_size_percent;
    if (field == "high_contrast") return &Settings::high_contrast;
    if (field == "reduced_motion") return &Settings::reduced_motion;
    if (field == "fullscreen") return &Settings::fullscreen;
    if (field == "safe_area") return &Settings::safe_area_percent;
    if (field == "party_safe_area") return &Settings::party_safe_area_percent;
    if (field == "language") return &Settings::language;
    if (field == "party_company_safe") return &Settings::party_company_safe;
    if (field == "party_scoreboard") return &Settings::party_scoreboard;
    if (field == "party_players") return &Settings::party_players;
    if (field == "party_cards") return &Settings::party_cards;
    if (field == "master_volume") return &Settings::master_volume;
    if (field == "music_volume") return &Settings::music_volume;
    if (field == "effects_volume") return &Settings::effects_volume;
    if (field == "voice_volume") return &Settings::voice_volume;
    if (field == "mute") return &Settings::mute;
    if (field == "music") return &Settings::music;
    if (field == "fewer_sounds") return &Settings::fewer_sounds;
    if (field == "read_aloud") return &Settings::read_aloud;
    return std::monostate{};
}

std::string value_text(const Settings& settings, const Member& member) {
    if (const auto* number = std::get_if<int Settings::*>(&member)) return std::to_string(settings.**number);
    if (const auto* flag = std::get_if<bool Settings::*>(&member)) return settings.**flag ? "true" : "false";
    if (const auto* text = std::get_if<std::string Settings::*>(&member)) return settings.**text;
    if (const auto* mode = std::get_if<ReadAloud Settings::*>(&member)) return std::string(to_string(settings.**mode));
    return std::to_string(settings_format_version);
}

// Every problem in a settings file is a warning: the game starts with the default instead, and
// the message says which value it uses ("problems.settings.*" in the string tables).
class WarningsOnly {
public:
    explicit WarningsOnly(const std::string& file) : scratch_(file), out_(file) {}
    DiagnosticList& scratch() { return scratch_; }
    // Adds what `scratch` collected, each followed by what is used instead: a value (`using`),
    // the default settings (`using` empty, `whole_file`), or nothing (neither).
    void flush(bool whole_file, std::string_view value = {}) {
        for (const Diagnostic& found : scratch_.items()) {
            if (!whole_file && value.empty()) {
                Diagnostic kept = found;
                kept.severity = Severity::warning;
                out_.add(std::move(kept));
                continue;
            }
            MessageArg problem = found.code.empty() ? MessageArg{"problem", found.message}
                                                    : message_arg("problem", Message{found.code, found.args});
            Message message = whole_file ? Message{"problems.settings.using_defaults", {std::move(problem)}}
                                         : Message{"problems.settings.using_value",
                                                   {std::move(problem), {"value", std::string(value)}}};
            out_.add(coded_diagnostic(found.file, found.position, Severity::warning, std::move(message)));
        }
        scratch_.clear();
    }
    std::vector<Diagnostic> take() && { return std::move(out_).take(); }

private:
    DiagnosticList scratch_;
    DiagnosticList out_;
};

void read_field(const yaml::Node& value, const FieldRule& rule, Settings& settings, DiagnosticList& diagnostics) {
    const Member member = member_of(rule.name);
    if (const auto* number = std::get_if<int Settings::*>(&member)) {
        if (auto read = yaml::read_integer(value, rule.name, rule.min, rule.max, rule.unit, diagnostics)) {
            settings.**number = static_cast<int>(*read);
        }
    } else if (const auto* flag = std::get_if<bool Settings::*>(&member)) {
        if (auto read = yaml::read_boolean(value, rule.name, diagnostics)) settings.**flag = *read;
    } else if (const auto* text = std::get_if<std::string Settings::*>(&member)) {
        if (auto read = yaml::read_language_tag(value, diagnostics)) settings.**text = *read;
    } else if (const auto* mode = std::get_if<ReadAloud Settings::*>(&member)) {
        if (auto read = yaml::read_choice(value, rule.name, rule.choices, diagnostics)) {
            for (std::size_t i = 0; i < std::size(read_aloud_names); ++i) {
                if (read_aloud_names[i] == *read) settings.**mode = static_cast<ReadAloud>(i);
            }
        }
    } else {
        (void)yaml::read_integer(value, rule.name, rule.min, rule.max, rule.unit, diagnostics);
    }
}

}  // namespace

std::string_view to_string(ReadAloud mode) { return read_aloud_names[static_cast<std::size_t>(mode)]; }

SettingsReadResult read_settings(std::string_view text, const std::string& file_name) {
    SettingsReadResult result;
    WarningsOnly warnings(file_name);
    yaml::ReadLimits limits;
    limits.max_bytes = max_settings_bytes;
    const auto document = yaml::read_document(text, warnings.scratch(), limits);
    warnings.flush(true);
    if (!document.root || !document.complete) return {result.settings, std::move(warnings).take()};
    const yaml::Node& root = *document.root;
    if (!root.is_mapping()) {
        warnings.scratch().error(root.position, Message{"problems.settings.not_mapping", {yaml::described(root)}});
        warnings.flush(true);
        return {result.settings, std::move(warnings).take()};
    }
    const RecordDescription& record = settings_record();
    const std::vector<std::string_view> known = record.names();
    yaml::check_keys(root, known, record.what, warnings.scratch());
    warnings.flush(false);

    for (const FieldRule& rule : record.fields) {
        const yaml::Node* value = root.find(rule.name);
        if (value == nullptr) continue;
        read_field(*value, rule, result.settings, warnings.scratch());
        warnings.flush(false, value_text(result.settings, member_of(rule.name)));
    }
    result.diagnostics = std::move(warnings).take();
    return result;
}

SettingsReadResult load_settings(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) return {};
    std::string text;
    std::string message;
    if (!read_file(path, text, message, max_settings_bytes)) {
        SettingsReadResult result;
        result.diagnostics.push_back(coded_diagnostic(path.string(), {}, Severity::warning,
                                                      {"problems.settings.unreadable", {{"error", message}}}));
        return result;
    }
    return read_settings(text, path.string());
}

std::string write_settings(const Settings& settings) {
    std::string out = "# Kindling settings. Edit here or in the game's settings screen.\n";
    for (const FieldRule& rule : settings_record().fields) {
        out += std::string(rule.name) + ": ";
        const Member member = member_of(rule.name);
        const std::string value = value_text(settings, member);
        out += std::holds_alternative<std::string Settings::*>(member) ? yaml::plain_or_quoted(value) : value;
        out += "  # " + std::string(rule.doc);
        if (rule.type == FieldType::whole_number && rule.min < rule.max) {
            out += " " + std::to_string(rule.min) + " to " + std::to_string(rule.max);
            if (!rule.unit.empty()) out += " " + std::string(rule.unit);
            out += ".";
        }
        out += "\n";
    }
    return out;
}

std::string save_settings(const Settings& settings, const std::filesystem::path& path) {
    AtomicWriteOptions options;
    options.create_parent_directories = true;
    const WriteResult result = write_file_atomically(path, write_settings(settings), options);
    return result.ok ? std::string{} : result.error;
}

std::filesystem::path default_settings_path() { return user_config_directory() / "settings.yaml"; }

Settings with_changes(Settings stored, const Settings& before, const Settings& after) {
    const auto take = [&](auto Settings::*field) {
        if (before.*field != after.*field) stored.*field = after.*field;
    };
    take(&Settings::text_size_percent);
    take(&Settings::high_contrast);
    take(&Settings::reduced_motion);
    take(&Settings::fullscreen);
    take(&Settings::safe_area_percent);
    take(&Settings::party_safe_area_percent);
    take(&Settings::language);
    take(&Settings::party_company_safe);
    take(&Settings::party_scoreboard);
    take(&Settings::party_players);
    take(&Settings::party_cards);
    take(&Settings::master_volume);
    take(&Settings::music_volume);
    take(&Settings::effects_volume);
    take(&Settings::voice_volume);
    take(&Settings::mute);
    take(&Settings::music);
    take(&Settings::fewer_sounds);
    take(&Settings::read_aloud);
    return stored;
}

}  // namespace kindling
