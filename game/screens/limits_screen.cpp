// One player's private limits for the night: the most private cards they are comfortable with,
// and themes and kinds of card to skip tonight. The choices go straight into the session's
// consent book and this screen is gone before the next player takes the device.
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"
#include "ui/card_content.hpp"
#include "ui/widgets/form.hpp"

#include <algorithm>

namespace kindling::screens {

using namespace ui;

namespace {

constexpr float list_width = 1400;

// The themes a player may skip: the built-in ones, then the decks' own.
std::vector<const Theme*> limits_themes(const ScreenContext& game) {
    std::vector<const Theme*> themes;
    for (const Theme& theme : builtin_themes()) themes.push_back(&theme);
    for (const Deck& deck : game.decks()) {
        for (const Theme& theme : deck.themes) {
            const bool known = std::any_of(themes.begin(), themes.end(), [&](const Theme* seen) { return seen->id == theme.id; });
            if (!known) themes.push_back(&theme);
        }
    }
    return themes;
}

// A player's limits: the intensity row and the buttons (themes and kinds are rows of their own).
enum class LimitsChoice { intensity, back, done };
constexpr std::string_view button_name(LimitsChoice choice) {
    switch (choice) {
        case LimitsChoice::intensity: return "intensity";
        case LimitsChoice::back: return "back";
        case LimitsChoice::done: return "done";
    }
    return {};
}

class LimitsScreen final : public GameScreen {
public:
    LimitsScreen(ScreenContext& game, std::size_t player) : GameScreen(game), player_(player), themes_(limits_themes(game)) {
        rebuild();
        form_.focus_footer(button_id(LimitsChoice::done));
    }

    [[nodiscard]] std::string_view name() const override { return "consent"; }
    [[nodiscard]] std::string focused_id() const override { return form_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return form_.focused_words(); }
    [[nodiscard]] std::string title_words() const override { return title(); }

    void layout(Painter& painter) override {
        const RectF area = centred_column(painter.canvas().content(), list_width);
        intro_in_list_ = subtitle_goes_in_list(painter, area, title(), text("consent.intro"));
        rebuild();
        const float width = area.w;
        const float top = area.y + heading_height(painter, area, title(), intro_in_list_ ? std::string() : text("consent.intro"));
        const float footer_h = form_.footer_height(painter, game_.device(), strings());
        const float footer_y = area.bottom() - hints_height(painter) - 28 - footer_h;
        form_.layout(painter, {area.x, top, width, std::max(120.0f, footer_y - 28 - top)},
                     {area.x, footer_y, width, footer_h}, game_.device(), strings());
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            game_.screens().replace(make_handoff_screen(game_, player_));
            return;
        }
        const OptionEvent result = form_.handle(event);
        if (result.type == OptionEvent::Type::changed) change(result.id, result.delta);
        if (result.type == OptionEvent::Type::activated) {
            const std::optional<LimitsChoice> choice = button_named<LimitsChoice>(result.id);
            if (choice == LimitsChoice::done) {
                game_.night().set_limits(player_, limits_);
                after_limits(game_, player_);
            } else if (choice == LimitsChoice::back) {
                game_.screens().replace(make_handoff_screen(game_, player_));
            }
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        draw_heading(painter, centred_column(painter.canvas().content(), list_width), title(),
                     intro_in_list_ ? std::string() : text("consent.intro"));
        form_.draw(painter, game_.device(), strings());
        draw_hints(painter, list_hints(true));
    }

private:
    [[nodiscard]] std::string title() const {
        return strings().format("consent.title", {{"name", game_.night().player_name(player_)}});
    }

    [[nodiscard]] bool skips_theme(const std::string& id) const {
        return std::find(limits_.skip_themes.begin(), limits_.skip_themes.end(), id) != limits_.skip_themes.end();
    }
    [[nodiscard]] bool skips_kind(CardKind kind) const {
        return std::find(limits_.skip_kinds.begin(), limits_.skip_kinds.end(), kind) != limits_.skip_kinds.end();
    }

    void rebuild() {
        std::vector<OptionItem> items;
        if (intro_in_list_) items.push_back({"intro", OptionItem::Kind::note, text("consent.intro")});
        OptionItem most{button_id(LimitsChoice::intensity), OptionItem::Kind::choice, text("consent.most_private")};
        most.value = text("consent.limit." + std::string(to_string(limits_.max_intensity)));
        most.detail = text("consent.limit_detail." + std::string(to_string(limits_.max_intensity)));
        most.icon = intensity_icon(limits_.max_intensity);
        items.push_back(std::move(most));
        items.push_back({"themes-heading", OptionItem::Kind::heading, text("consent.skip_themes")});
        for (const Theme* theme : themes_) {
            OptionItem row{"theme:" + theme->id, OptionItem::Kind::toggle, theme_label(theme, theme->id, strings())};
            row.on = !skips_theme(theme->id);
            row.value = text(row.on ? "consent.included" : "consent.skipped");
            row.icon = ui::theme_icon(theme);
            row.icon_colour = game_.palette().high_contrast ? std::nullopt : std::optional(theme_colour(theme, theme->id));
            items.push_back(std::move(row));
        }
        items.push_back({"kinds-heading", OptionItem::Kind::heading, text("consent.skip_kinds")});
        for (const CardKind kind : all_card_kinds) {
            OptionItem row{"kind:" + std::string(to_string(kind)), OptionItem::Kind::toggle,
                           text("kinds_plural." + std::string(to_string(kind)))};
            row.on = !skips_kind(kind);
            row.value = text(row.on ? "consent.included" : "consent.skipped");
            row.icon = icon_for(kind);
            items.push_back(std::move(row));
        }
        form_.list().set_items(std::move(items));
        form_.footer().set_items({{button_id(LimitsChoice::back), text("common.back"), Icon::back, false, std::nullopt},
                                  {button_id(LimitsChoice::done), text("consent.done"), Icon::lock, true, std::nullopt}});
    }

    void change(const std::string& id, int delta) {
        const std::optional<LimitsChoice> choice = button_named<LimitsChoice>(id);
        if (choice == LimitsChoice::intensity) {
            const int current = static_cast<int>(limits_.max_intensity);
            const int next = std::clamp(current + delta, 1, 3);
            limits_.max_intensity = static_cast<Intensity>(next);
        } else if (id.starts_with("theme:")) {
            const std::string theme = id.substr(6);
            auto& skip = limits_.skip_themes;
            if (skips_theme(theme)) skip.erase(std::remove(skip.begin(), skip.end(), theme), skip.end());
            else skip.push_back(theme);
        } else if (id.starts_with("kind:")) {
            const auto kind = card_kind_from_string(id.substr(5));
            if (!kind) return;
            auto& skip = limits_.skip_kinds;
            if (skips_kind(*kind)) skip.erase(std::remove(skip.begin(), skip.end(), *kind), skip.end());
            else skip.push_back(*kind);
        }
        rebuild();
    }

    std::size_t player_;
    ConsentLimits limits_;
    std::vector<const Theme*> themes_;
    Form form_;
    bool intro_in_list_ = false;
};

}  // namespace

std::unique_ptr<Screen> make_limits_screen(ScreenContext& game, std::size_t player) {
    return std::make_unique<LimitsScreen>(game, player);
}

phones::LimitsForm phone_limits_form(ScreenContext& game, std::size_t player) {
    const UiStrings& strings = game.strings();
    const auto text = [&](const std::string& key) { return std::string(strings.text(key)); };
    phones::LimitsForm form;
    form.title = strings.format("consent.title", {{"name", game.night().player_name(player)}});
    form.intro = text("consent.intro");
    form.most_private = text("consent.most_private");
    for (const Intensity level : {Intensity::company, Intensity::personal, Intensity::private_}) {
        const std::string name(to_string(level));
        form.levels.push_back({std::to_string(static_cast<int>(level)), text("consent.limit." + name),
                               text("consent.limit_detail." + name)});
    }
    form.themes_heading = text("consent.skip_themes");
    for (const Theme* theme : limits_themes(game)) form.themes.push_back({theme->id, theme_label(theme, theme->id, strings), {}});
    form.kinds_heading = text("consent.skip_kinds");
    for (const CardKind kind : all_card_kinds) {
        const std::string name(to_string(kind));
        form.kinds.push_back({name, text("kinds_plural." + name), {}});
    }
    form.included = text("consent.included");
    form.skipped = text("consent.skipped");
    form.done = text("consent.done");
    return form;
}

}  // namespace kindling::screens
