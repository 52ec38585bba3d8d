#include "core/store/settings.hpp"

#include "core/text/atomic_file.hpp"
#include "core/format/data_paths.hpp"
#include "core/format/yaml_fields.hpp"
#include "core/format/yaml_reader.hpp"
#include "core/format/yaml_writer.hpp"

#include <array>

namespace kindling {

namespace {

constexpr std::array<std::string_view, 12> settings_keys{
    "kindling_settings", "text_size",       "high_contrast",      "reduced_motion",  "fullscreen",
    "safe_area",         "party_safe_area", "language",           "party_company_safe", "party_scoreboard",
    "party_players",     "party_cards"};

constexpr std::size_t max_settings_bytes = 64 * 1024;

// Every problem in a settings file is a warning: the game starts with the default instead.
class WarningsOnly {
public:
    explicit WarningsOnly(const std::string& file) : scratch_(file), out_(file) {}
    DiagnosticList& scratch() { return scratch_; }
    void flush(std::string_view fallback_note) {
        for (Diagnostic diagnostic : scratch_.items()) {
            diagnostic.severity = Severity::warning;
            diagnostic.message += fallback_note;
            // The note is English, so the whole message stays a plain one.
            diagnostic.code.clear();
            diagnostic.args.clear();
            out_.add(std::move(diagnostic));
        }
        scratch_.clear();
    }
    std::vector<Diagnostic> take() && { return std::move(out_).take(); }

private:
    DiagnosticList scratch_;
    DiagnosticList out_;
};

}  // namespace

SettingsReadResult read_settings(std::string_view text, const std::string& file_name) {
    SettingsReadResult result;
    WarningsOnly warnings(file_name);
    yaml::ReadLimits limits;
    limits.max_bytes = max_settings_bytes;
    const auto document = yaml::read_document(text, warnings.scratch(), limits);
    warnings.flush("; using the default settings");
    if (!document.root || !document.complete) return {result.settings, std::move(warnings).take()};
    const yaml::Node& root = *document.root;
    if (!root.is_mapping()) {
        warnings.scratch().error(root.position, "settings must be a mapping of names to values, not " + yaml::describe(root));
        warnings.flush("; using the default settings");
        return {result.settings, std::move(warnings).take()};
    }
    yaml::check_keys(root, settings_keys, "settings", warnings.scratch());
    warnings.flush("");

    Settings& s = result.settings;
    const auto integer = [&](std::string_view key, int& target, int min, int max, std::string_view unit) {
        if (const yaml::Node* value = root.find(key)) {
            if (auto number = yaml::read_integer(*value, key, min, max, unit, warnings.scratch())) target = static_cast<int>(*number);
            warnings.flush("; using " + std::to_string(target));
        }
    };
    const auto boolean = [&](std::string_view key, bool& target) {
        if (const yaml::Node* value = root.find(key)) {
            if (auto flag = yaml::read_boolean(*value, key, warnings.scratch())) target = *flag;
            warnings.flush(std::string("; using ") + (target ? "true" : "false"));
        }
    };
    int version = settings_format_version;
    integer("kindling_settings", version, 1, settings_format_version, "");
    integer("text_size", s.text_size_percent, 100, 200, "percent");
    boolean("high_contrast", s.high_contrast);
    boolean("reduced_motion", s.reduced_motion);
    boolean("fullscreen", s.fullscreen);
    integer("safe_area", s.safe_area_percent, 0, 10, "percent");
    integer("party_safe_area", s.party_safe_area_percent, 0, 10, "percent");
    if (const yaml::Node* value = root.find("language")) {
        if (auto language = yaml::read_text(*value, "language", warnings.scratch(), 35)) {
            if (yaml::is_language_tag(*language)) s.language = *language;
            else warnings.scratch().error(value->position, "\"language\" must be a language tag like \"en\" or \"de\", not " + yaml::describe(*value));
        }
        warnings.flush("; using " + s.language);
    }
    boolean("party_company_safe", s.party_company_safe);
    boolean("party_scoreboard", s.party_scoreboard);
    integer("party_players", s.party_players, 3, 8, "");
    integer("party_cards", s.party_cards, 10, 60, "");
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
        result.diagnostics.push_back({path.string(), {}, Severity::warning,
                                      "cannot read the settings (" + message + "); using the default settings"});
        return result;
    }
    return read_settings(text, path.string());
}

std::string write_settings(const Settings& s) {
    const auto flag = [](bool value) { return value ? "true" : "false"; };
    std::string out = "# Kindling settings. Edit here or in the game's settings screen.\n";
    out += "kindling_settings: " + std::to_string(settings_format_version) + "\n";
    out += "text_size: " + std::to_string(s.text_size_percent) + "        # percent, 100 to 200\n";
    out += std::string("high_contrast: ") + flag(s.high_contrast) + "\n";
    out += std::string("reduced_motion: ") + flag(s.reduced_motion) + "\n";
    out += std::string("fullscreen: ") + flag(s.fullscreen) + "\n";
    out += "safe_area: " + std::to_string(s.safe_area_percent) + "          # percent of the screen kept clear at each edge, 0 to 10\n";
    out += "party_safe_area: " + std::to_string(s.party_safe_area_percent) + "\n";
    out += "language: " + yaml::plain_or_quoted(s.language) + "\n";
    out += std::string("party_company_safe: ") + flag(s.party_company_safe) + "   # party mode deals only cards fine with friends around\n";
    out += std::string("party_scoreboard: ") + flag(s.party_scoreboard) + "\n";
    out += "party_players: " + std::to_string(s.party_players) + "      # the last party's set-up, 3 to 8\n";
    out += "party_cards: " + std::to_string(s.party_cards) + "       # and its length in cards, 10 to 60\n";
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
    return stored;
}

}  // namespace kindling
