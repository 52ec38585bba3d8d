#include "core/store/settings.hpp"
#include "support/fixtures.hpp"

#include "support/diagnostic_text.hpp"
#include "core/format/record_fields.hpp"
#include "core/format/ui_strings.hpp"

#include <map>
#include <sstream>

#include <catch2/catch.hpp>

using namespace kindling;

namespace {
}  // namespace

TEST_CASE("Settings round trip through their file") {
    Settings settings;
    settings.text_size_percent = 150;
    settings.high_contrast = true;
    settings.safe_area_percent = 7;
    settings.language = "pt-BR";
    settings.party_scoreboard = false;
    settings.party_players = 4;
    settings.party_cards = 30;
    settings.master_volume = 55;
    settings.music_volume = 0;
    settings.effects_volume = 100;
    settings.voice_volume = 35;
    settings.mute = true;
    settings.music = true;
    settings.fewer_sounds = true;
    settings.read_aloud = ReadAloud::cards_and_menus;
    const auto result = read_settings(write_settings(settings), "settings.yaml");
    CHECK(kindling::testing::diagnostic_lines(result.diagnostics).empty());
    CHECK(result.settings == settings);
}

TEST_CASE("A broken settings value falls back to its default with a located warning") {
    const auto result = read_settings("kindling_settings: 1\ntext_size: 500\nhigh_contrast: yes please\n"
                                      "reduced_motion: true\nlanguage: \"English!\"\nzoom: 2\n",
                                      "settings.yaml");
    CHECK(result.settings.text_size_percent == 100);
    CHECK_FALSE(result.settings.high_contrast);
    CHECK(result.settings.reduced_motion);
    CHECK(result.settings.language == "en");
    CHECK(kindling::testing::diagnostic_lines(result.diagnostics) ==
          "settings.yaml:6:1: warning: unknown field \"zoom\" in the settings; known fields are \"kindling_settings\", "
          "\"text_size\", \"high_contrast\", \"reduced_motion\", \"fullscreen\", \"safe_area\", \"party_safe_area\", "
          "\"language\", \"party_company_safe\", \"party_scoreboard\", \"party_players\", \"party_cards\", "
          "\"master_volume\", \"music_volume\", \"effects_volume\", \"voice_volume\", \"mute\", \"music\", "
          "\"fewer_sounds\" or \"read_aloud\"\n"
          "settings.yaml:2:12: warning: \"text_size\" must be a whole number of percent from 100 to 200, not 500; using 100\n"
          "settings.yaml:3:16: warning: \"high_contrast\" must be true or false, not \"yes please\"; using false\n"
          "settings.yaml:5:11: warning: \"language\" must be a language tag like \"en\", \"de\" or \"pt-BR\", not \"English!\"; using en\n");
}

TEST_CASE("A broken settings file is explained in the settings language: German warnings for German strings") {
    const UiStrings german = load_ui_strings("de").strings;
    const auto broken = read_settings("kindling_settings: 1\ntext_size: 500\nhigh_contrst: true\n", "settings.yaml");
    REQUIRE(broken.diagnostics.size() == 2);
    CHECK(format_diagnostic(broken.diagnostics[0], german) ==
          "settings.yaml:3:1: warning: unbekanntes Feld \"high_contrst\" in den Einstellungen; meinst du \"high_contrast\"?");
    CHECK(format_diagnostic(broken.diagnostics[1], german) ==
          "settings.yaml:2:12: warning: \"text_size\" muss eine ganze Zahl (Prozent) von 100 bis 200 sein, nicht 500; "
          "verwendet wird 100");
    const auto not_yaml = read_settings("text_size: [150\n", "settings.yaml");
    REQUIRE(not_yaml.diagnostics.size() == 1);
    CHECK(diagnostic_words(not_yaml.diagnostics[0], german).ends_with("; es gelten die Standardeinstellungen"));
    const auto list = read_settings("- 1\n", "settings.yaml");
    REQUIRE(list.diagnostics.size() == 1);
    CHECK(format_diagnostic(list.diagnostics[0], german) ==
          "settings.yaml:1:1: warning: die Einstellungen müssen eine Zuordnung von Namen zu Werten sein, nicht eine "
          "Liste; es gelten die Standardeinstellungen");
}

TEST_CASE("The settings reader and writer follow the settings description: keys, limits, defaults and order") {
    const RecordDescription& record = settings_record();
    // The writer writes every described field once, in the description's order.
    std::vector<std::string> written;
    std::stringstream lines(write_settings(Settings{}));
    std::string line;
    std::map<std::string, std::string> values;
    while (std::getline(lines, line)) {
        if (line.empty() || line.front() == '#') continue;
        const std::string key = line.substr(0, line.find(':'));
        written.push_back(key);
        std::string value = line.substr(line.find(':') + 2);
        values[key] = value.substr(0, value.find("  #"));
    }
    std::vector<std::string> described;
    for (const FieldRule& rule : record.fields) described.emplace_back(rule.name);
    CHECK(written == described);
    // The defaults of Settings are the described ones.
    for (const FieldRule& rule : record.fields) {
        INFO(rule.name);
        CHECK(values[std::string(rule.name)] == rule.default_value);
    }
    // Every described number is held to its described limits, and nothing else is a known key.
    for (const FieldRule& rule : record.fields) {
        if (rule.type != FieldType::whole_number || rule.min == rule.max) continue;
        INFO(rule.name);
        const std::string above = std::string(rule.name) + ": " + std::to_string(rule.max + 1) + "\n";
        const auto result = read_settings(above, "settings.yaml");
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].message.find("from " + std::to_string(rule.min) + " to " + std::to_string(rule.max)) !=
              std::string::npos);
        CHECK(result.diagnostics[0].message.ends_with("; using " + std::string(rule.default_value)));
        CHECK(read_settings(std::string(rule.name) + ": " + std::to_string(rule.max) + "\n", "settings.yaml").diagnostics.empty());
    }
}

TEST_CASE("The sound settings are read back as written, and a wrong read-aloud word falls back to off") {
    const auto result = read_settings("read_aloud: cards-and-menus\nmute: true\nvoice_volume: 0\n", "settings.yaml");
    CHECK(result.diagnostics.empty());
    CHECK(result.settings.read_aloud == ReadAloud::cards_and_menus);
    CHECK(result.settings.mute);
    CHECK(result.settings.voice_volume == 0);
    CHECK(write_settings(result.settings).find("read_aloud: cards-and-menus  #") != std::string::npos);
    const auto wrong = read_settings("read_aloud: always\n", "settings.yaml");
    CHECK(wrong.settings.read_aloud == ReadAloud::off);
    REQUIRE(wrong.diagnostics.size() == 1);
    CHECK(wrong.diagnostics[0].severity == Severity::warning);
    CHECK(kindling::testing::diagnostic_lines(wrong.diagnostics).find("settings.yaml:1:13: warning:") == 0);
    CHECK(wrong.diagnostics[0].message.ends_with("; using off"));
}

TEST_CASE("A settings file that is not YAML gives the defaults and a warning, never an error") {
    const auto result = read_settings("text_size: [150\n", "settings.yaml");
    CHECK(result.settings == Settings{});
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].severity == Severity::warning);
    CHECK(result.diagnostics[0].message.ends_with("; using the default settings"));
}

TEST_CASE("Settings are saved atomically and loaded back, a missing file means defaults") {
    kindling::testing::TemporaryDirectory folder;
    const auto path = folder.path() / "config" / "kindling" / "settings.yaml";
    CHECK(load_settings(path).settings == Settings{});
    CHECK(load_settings(path).diagnostics.empty());
    Settings settings;
    settings.fullscreen = true;
    REQUIRE(save_settings(settings, path).empty());
    CHECK(load_settings(path).settings == settings);
}

TEST_CASE("Only settings the player changed are taken over the stored ones, never this run's overrides") {
    Settings stored;  // the file: windowed, English
    Settings before = stored;
    before.fullscreen = true;  // --party
    before.language = "de";    // --lang de
    Settings after = before;
    after.text_size_percent = 150;  // the player's change

    Settings saved = with_changes(stored, before, after);
    CHECK(saved.text_size_percent == 150);
    CHECK_FALSE(saved.fullscreen);
    CHECK(saved.language == "en");

    // Changing an overridden setting itself saves the player's choice.
    Settings in_french = after;
    in_french.language = "fr";
    CHECK(with_changes(saved, after, in_french).language == "fr");
    // Every field is carried: a change of each one reaches the stored settings.
    Settings all = before;
    all.text_size_percent = 200;
    all.high_contrast = true;
    all.reduced_motion = true;
    all.fullscreen = false;
    all.safe_area_percent = 7;
    all.party_safe_area_percent = 9;
    all.language = "en-GB";
    all.party_company_safe = false;
    all.party_scoreboard = false;
    all.party_players = 3;
    all.party_cards = 60;
    all.master_volume = 10;
    all.music_volume = 20;
    all.effects_volume = 30;
    all.voice_volume = 40;
    all.mute = true;
    all.music = true;
    all.fewer_sounds = true;
    all.read_aloud = ReadAloud::cards;
    CHECK(with_changes(stored, before, all) == all);
}
