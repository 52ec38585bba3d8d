// Settings take effect at once and are saved at once: text size, high contrast, reduced motion,
// full screen, the screen-edge margin for TVs, the language, sound, and a fresh start.
#include "core/store/play_history.hpp"
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/form.hpp"

#include <algorithm>

namespace kindling::screens {

using namespace ui;

namespace {

constexpr float list_width = 1300;

// The rows and buttons of the settings.
enum class SettingsChoice {
    text_size, high_contrast, reduced_motion, fullscreen, safe_area, language,
    master_volume, music_volume, effects_volume, voice_volume, mute, music, fewer_sounds, read_aloud,
    party_safe_area, party_company_safe, party_scoreboard, fresh, back
};
constexpr std::string_view button_name(SettingsChoice choice) {
    switch (choice) {
        case SettingsChoice::text_size: return "text_size";
        case SettingsChoice::high_contrast: return "high_contrast";
        case SettingsChoice::reduced_motion: return "reduced_motion";
        case SettingsChoice::fullscreen: return "fullscreen";
        case SettingsChoice::safe_area: return "safe_area";
        case SettingsChoice::language: return "language";
        case SettingsChoice::master_volume: return "master_volume";
        case SettingsChoice::music_volume: return "music_volume";
        case SettingsChoice::effects_volume: return "effects_volume";
        case SettingsChoice::voice_volume: return "voice_volume";
        case SettingsChoice::mute: return "mute";
        case SettingsChoice::music: return "music";
        case SettingsChoice::fewer_sounds: return "fewer_sounds";
        case SettingsChoice::read_aloud: return "read_aloud";
        case SettingsChoice::party_safe_area: return "party_safe_area";
        case SettingsChoice::party_company_safe: return "party_company_safe";
        case SettingsChoice::party_scoreboard: return "party_scoreboard";
        case SettingsChoice::fresh: return "fresh";
        case SettingsChoice::back: return "back";
    }
    return {};
}

class SettingsScreen final : public GameScreen {
public:
    explicit SettingsScreen(ScreenContext& game) : GameScreen(game), languages_(available_languages()) {
        rebuild();
        form_.focus_list();
        form_.list().focus_first();
    }

    [[nodiscard]] std::string_view name() const override { return "settings"; }
    [[nodiscard]] std::string focused_id() const override { return form_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return form_.focused_words(); }
    [[nodiscard]] std::string title_words() const override { return text("settings.title"); }

    void layout(Painter& painter) override {
        rebuild();
        const RectF area = centred_column(painter.canvas().content(), list_width);
        const float width = area.w;
        const float top = area.y + heading_height(painter, area, text("settings.title"));
        const float footer_h = form_.footer_height(painter, game_.device(), strings());
        const float footer_y = area.bottom() - hints_height(painter) - 28 - footer_h;
        message_h_ = message_.empty() ? 0 : notice_height(painter, width, message_) + 20;
        form_.layout(painter, {area.x, top, width, std::max(120.0f, footer_y - 28 - message_h_ - top)},
                     {area.x, footer_y, width, footer_h}, game_.device(), strings());
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            game_.screens().pop();
            return;
        }
        const OptionEvent result = form_.handle(event);
        if (result.type == OptionEvent::Type::changed) change(result.id, result.delta);
        if (result.type == OptionEvent::Type::activated) {
            const std::optional<SettingsChoice> choice = button_named<SettingsChoice>(result.id);
            if (choice == SettingsChoice::fresh) fresh_start();
            if (choice == SettingsChoice::back) game_.screens().pop();
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const RectF area = centred_column(painter.canvas().content(), list_width);
        draw_heading(painter, area, text("settings.title"));
        form_.draw(painter, game_.device(), strings());
        if (!message_.empty()) draw_notice(painter, {area.x, form_.list().area().bottom() + 20, area.w, 0}, message_);
        draw_hints(painter, list_hints(true));
    }

private:
    static OptionItem toggle(std::string id, std::string label, bool on, const UiStrings& strings, Icon icon,
                             std::string detail = {}) {
        OptionItem item{std::move(id), OptionItem::Kind::toggle, std::move(label)};
        item.on = on;
        item.value = std::string(strings.text(on ? "common.on" : "common.off"));
        item.icon = icon;
        item.detail = std::move(detail);
        return item;
    }

    [[nodiscard]] std::string language_name(const std::string& code) const {
        for (const LanguageInfo& language : languages_) {
            if (language.code == code) return language.name;
        }
        return code;
    }

    [[nodiscard]] OptionItem volume(SettingsChoice choice, std::string_view label_key, int percent, Icon icon) const {
        OptionItem item{button_id(choice), OptionItem::Kind::choice, text(label_key)};
        item.value = strings().format("settings.percent", {{"percent", std::to_string(percent)}});
        item.icon = icon;
        return item;
    }

    void add_sound_rows(const Settings& s, std::vector<OptionItem>& items) const {
        items.push_back({"sound-heading", OptionItem::Kind::heading, text("settings.sound")});
        items.push_back(toggle(button_id(SettingsChoice::mute), text("settings.mute"), s.mute, strings(), Icon::pause,
                               text("settings.mute_detail")));
        items.push_back(volume(SettingsChoice::master_volume, "settings.master_volume", s.master_volume, Icon::play));
        items.push_back(volume(SettingsChoice::effects_volume, "settings.effects_volume", s.effects_volume, Icon::sparkle));
        items.push_back(toggle(button_id(SettingsChoice::fewer_sounds), text("settings.fewer_sounds"), s.fewer_sounds, strings(),
                               Icon::leaf, text("settings.fewer_sounds_detail")));
        items.push_back(toggle(button_id(SettingsChoice::music), text("settings.music"), s.music, strings(), Icon::lantern));
        items.push_back(volume(SettingsChoice::music_volume, "settings.music_volume", s.music_volume, Icon::lantern));
        OptionItem read{button_id(SettingsChoice::read_aloud), OptionItem::Kind::choice, text("settings.read_aloud")};
        read.value = text("settings.read_aloud_" + std::string(s.read_aloud == ReadAloud::cards_and_menus ? "cards_and_menus"
                                                               : s.read_aloud == ReadAloud::cards       ? "cards"
                                                                                                        : "off"));
        read.detail = text("settings.read_aloud_detail");
        read.icon = Icon::speech;
        items.push_back(std::move(read));
        items.push_back(volume(SettingsChoice::voice_volume, "settings.voice_volume", s.voice_volume, Icon::speech));
    }

    void rebuild() {
        const Settings& s = game_.settings();
        std::vector<OptionItem> items;
        OptionItem size{button_id(SettingsChoice::text_size), OptionItem::Kind::choice, text("settings.text_size")};
        size.value = strings().format("settings.percent", {{"percent", std::to_string(s.text_size_percent)}});
        size.icon = Icon::text_size;
        items.push_back(std::move(size));
        items.push_back(toggle(button_id(SettingsChoice::high_contrast), text("settings.high_contrast"), s.high_contrast, strings(), Icon::contrast));
        items.push_back(toggle(button_id(SettingsChoice::reduced_motion), text("settings.reduced_motion"), s.reduced_motion, strings(),
                               Icon::pause, text("settings.reduced_motion_detail")));
        items.push_back(toggle(button_id(SettingsChoice::fullscreen), text("settings.fullscreen"), s.fullscreen, strings(), Icon::expand));
        OptionItem safe{button_id(SettingsChoice::safe_area), OptionItem::Kind::choice, text("settings.safe_area")};
        safe.value = strings().format("settings.percent", {{"percent", std::to_string(s.safe_area_percent)}});
        safe.detail = text("settings.safe_area_detail");
        safe.icon = Icon::frame;
        items.push_back(std::move(safe));
        OptionItem language{button_id(SettingsChoice::language), OptionItem::Kind::choice, text("settings.language")};
        language.value = language_name(s.language);
        language.icon = Icon::globe;
        items.push_back(std::move(language));
        add_sound_rows(s, items);
        // The house rules of party mode, for the host; they apply from the next party on.
        items.push_back({"party-heading", OptionItem::Kind::heading, text("settings.party")});
        OptionItem party_safe{button_id(SettingsChoice::party_safe_area), OptionItem::Kind::choice, text("settings.party_safe_area")};
        party_safe.value = strings().format("settings.percent", {{"percent", std::to_string(s.party_safe_area_percent)}});
        party_safe.detail = text("settings.party_safe_area_detail");
        party_safe.icon = Icon::frame;
        items.push_back(std::move(party_safe));
        items.push_back(toggle(button_id(SettingsChoice::party_company_safe), text("party.company_safe"), s.party_company_safe, strings(), Icon::lock,
                               text(s.party_company_safe ? "party.company_safe_on" : "party.company_safe_off")));
        items.push_back(toggle(button_id(SettingsChoice::party_scoreboard), text("party.scoreboard"), s.party_scoreboard, strings(), Icon::star,
                               text("party.scoreboard_detail")));
        if (game_.history() != nullptr) {
            OptionItem fresh{button_id(SettingsChoice::fresh), OptionItem::Kind::action, text("settings.fresh_start")};
            fresh.detail = text("settings.fresh_start_detail");
            fresh.icon = Icon::leaf;
            items.push_back(std::move(fresh));
        }
        form_.list().set_items(std::move(items));
        form_.footer().set_items({{button_id(SettingsChoice::back), text("common.done"), Icon::check, true, std::nullopt}});
    }

    void change(const std::string& id, int delta) {
        Settings s = game_.settings();
        const std::optional<SettingsChoice> choice = button_named<SettingsChoice>(id);
        if (choice == SettingsChoice::text_size) s.text_size_percent = std::clamp(s.text_size_percent + 10 * delta, 100, 200);
        if (choice == SettingsChoice::high_contrast) s.high_contrast = !s.high_contrast;
        if (choice == SettingsChoice::reduced_motion) s.reduced_motion = !s.reduced_motion;
        if (choice == SettingsChoice::fullscreen) s.fullscreen = !s.fullscreen;
        if (choice == SettingsChoice::safe_area) s.safe_area_percent = std::clamp(s.safe_area_percent + delta, 0, 10);
        const auto step_volume = [delta](int& percent) { percent = std::clamp(percent + 10 * delta, 0, 100); };
        if (choice == SettingsChoice::master_volume) step_volume(s.master_volume);
        if (choice == SettingsChoice::music_volume) step_volume(s.music_volume);
        if (choice == SettingsChoice::effects_volume) step_volume(s.effects_volume);
        if (choice == SettingsChoice::voice_volume) step_volume(s.voice_volume);
        if (choice == SettingsChoice::mute) s.mute = !s.mute;
        if (choice == SettingsChoice::music) s.music = !s.music;
        if (choice == SettingsChoice::fewer_sounds) s.fewer_sounds = !s.fewer_sounds;
        if (choice == SettingsChoice::read_aloud) {
            s.read_aloud = static_cast<ReadAloud>((static_cast<int>(s.read_aloud) + (delta < 0 ? 2 : 1)) % 3);
        }
        if (choice == SettingsChoice::party_safe_area) s.party_safe_area_percent = std::clamp(s.party_safe_area_percent + delta, 0, 10);
        if (choice == SettingsChoice::party_company_safe) s.party_company_safe = !s.party_company_safe;
        if (choice == SettingsChoice::party_scoreboard) s.party_scoreboard = !s.party_scoreboard;
        if (choice == SettingsChoice::language && !languages_.empty()) {
            std::size_t index = 0;
            for (std::size_t i = 0; i < languages_.size(); ++i) {
                if (languages_[i].code == s.language) index = i;
            }
            const auto n = static_cast<long>(languages_.size());
            index = static_cast<std::size_t>(((static_cast<long>(index) + delta) % n + n) % n);
            s.language = languages_[index].code;
        }
        message_ = game_.change_settings(s);
        rebuild();
    }

    void fresh_start() {
        HistoryStore* history = game_.history();
        if (history == nullptr) return;
        const WriteResult result = start_fresh(*history, true);
        message_ = result ? text("settings.fresh_done") : strings().format("settings.save_failed", {{"error", result.error}});
    }

    std::vector<LanguageInfo> languages_;
    Form form_;
    std::string message_;
    float message_h_ = 0;
};

}  // namespace

std::unique_ptr<Screen> make_settings_screen(ScreenContext& game) { return std::make_unique<SettingsScreen>(game); }

}  // namespace kindling::screens
