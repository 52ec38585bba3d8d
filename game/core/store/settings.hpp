#pragma once
// The player's settings, stored as a small YAML file in $XDG_CONFIG_HOME/kindling/settings.yaml.
// A broken file never stops the game: it falls back to defaults field by field, with messages.

#include "core/format/diagnostics.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kindling {

// What is read aloud: nothing, each card (its text and who answers), or cards and the choice in
// focus on every screen.
enum class ReadAloud : std::uint8_t { off, cards, cards_and_menus };
std::string_view to_string(ReadAloud mode);

struct Settings {
    int text_size_percent = 100;      // 100..200, on top of the layout's own sizes
    bool high_contrast = false;
    bool reduced_motion = false;      // crossfades instead of moving cards
    bool fullscreen = false;          // couple mode; party mode always starts fullscreen
    int safe_area_percent = 0;        // 0..10 inset on every side, for TVs that overscan
    int party_safe_area_percent = 5;  // the same in party mode, where a TV is likely
    std::string language = "en";      // UI language, a file in data/strings/
    bool party_company_safe = true;   // party mode deals only cards fine with friends around
    bool party_scoreboard = true;     // points and a scoreboard in party games
    int party_players = 6;            // the party set-up starts where the last party was set up:
    int party_cards = 20;             // how many players (3..8) and how many cards (10..60)
    // Sound: each volume 0..100 percent; the master volume scales the others.
    int master_volume = 80;
    int music_volume = 40;
    int effects_volume = 60;
    int voice_volume = 100;
    bool mute = false;
    bool music = false;               // the calm music bed under the night
    bool fewer_sounds = false;        // only the timer's chime and speech, no other effects
    ReadAloud read_aloud = ReadAloud::off;

    friend bool operator==(const Settings&, const Settings&) = default;
};

inline constexpr int settings_format_version = 1;

struct SettingsReadResult {
    Settings settings;                     // defaults where the file had problems
    std::vector<Diagnostic> diagnostics;   // warnings: a bad value falls back, it never stops
};

// Reads settings from the text of a settings file.
SettingsReadResult read_settings(std::string_view text, const std::string& file_name);
// Reads the settings file; a missing file gives the defaults without a message.
SettingsReadResult load_settings(const std::filesystem::path& path);
std::string write_settings(const Settings& settings);
// Saves atomically, creating the folder when needed. Returns an error message or "".
std::string save_settings(const Settings& settings, const std::filesystem::path& path);

std::filesystem::path default_settings_path();

// `stored` with every field that differs between `before` and `after` taken from `after`: what
// to save when the settings in use differ from the file only by this run's command-line
// overrides (--lang, --fullscreen, --party), so an override is saved only when the player
// changes that very setting.
Settings with_changes(Settings stored, const Settings& before, const Settings& after);

}  // namespace kindling
