// "Our nights", reached from the title: a picture of how close the two felt before and after
// each night (only what both chose to share), the themes played over time, and the favourites.
// One action forgets all of it after a confirmation; a Markdown file is written only on request.
#include "core/store/our_nights_markdown.hpp"
#include "screens/game_screen.hpp"
#include "screens/markdown_export.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/button_row.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

namespace kindling::screens {

using namespace ui;

namespace {

enum class OurChoice { back, export_file, forget };
constexpr std::string_view button_name(OurChoice choice) {
    switch (choice) {
        case OurChoice::back: return "back";
        case OurChoice::export_file: return "export";
        case OurChoice::forget: return "forget";
    }
    return {};
}

enum class ForgetChoice { keep, forget };
constexpr std::string_view button_name(ForgetChoice choice) {
    switch (choice) {
        case ForgetChoice::keep: return "keep";
        case ForgetChoice::forget: return "forget";
    }
    return {};
}

constexpr std::size_t nights_shown = 16;
constexpr std::size_t favourites_shown = 5;

class OurNightsScreen final : public GameScreen {
public:
    explicit OurNightsScreen(ScreenContext& game) : GameScreen(game) { reload(); }

    [[nodiscard]] std::string_view name() const override { return "our-nights"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return buttons_.focused_words(); }
    [[nodiscard]] std::string title_words() const override { return text("ournights.title"); }
    void on_reveal() override { reload(); }

    void layout(Painter& painter) override {
        const RectF area = painter.canvas().content();
        // With large text the picture keeps its shapes and drops the words around it that do
        // not fit: the subtitle, the favourites column, the names and the theme key.
        compact_ = painter.canvas().text_scale() >= 1.35f;
        buttons_.set_items({{button_id(OurChoice::back), text("common.back"), Icon::back, false, std::nullopt},
                            {button_id(OurChoice::export_file), text("ournights.export"), Icon::export_file, false, std::nullopt},
                            {button_id(OurChoice::forget), text("ournights.forget"), Icon::door, false, std::nullopt}});
        if (first_layout_) buttons_.focus(button_id(OurChoice::back));
        first_layout_ = false;
        const float bottom = area.bottom() - hints_height(painter) - 20;
        const float footer = std::max(92.0f, buttons_.height());
        buttons_.layout(painter, {area.x, bottom - footer, area.w, footer}, HAlign::right, game_.device(), strings());
        const float top = area.y + heading_height(painter, area, text("ournights.title"), subtitle());
        const std::string notice = notice_text();
        notice_h_ = notice.empty() ? 0 : notice_height(painter, area.w, notice) + 16;
        const float content_bottom = bottom - buttons_.height() - 24;
        body_ = {area.x, top + notice_h_, area.w, std::max(100.0f, content_bottom - top - notice_h_)};
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            game_.screens().pop();
            return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        switch (button_named<OurChoice>(result.id).value_or(OurChoice::back)) {
            case OurChoice::back: game_.screens().pop(); break;
            case OurChoice::export_file: export_file(); break;
            case OurChoice::forget: ask_to_forget(); break;
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const RectF area = painter.canvas().content();
        const float top = draw_heading(painter, area, text("ournights.title"), subtitle());
        const std::string notice = notice_text();
        if (!notice.empty()) draw_notice(painter, {area.x, top, area.w, notice_h_ - 16}, notice);
        if (between_.nights.empty() && between_.favourites.empty()) {
            painter.text(text("ournights.empty"), type::body.wrapped(body_.w * 0.7f, text::Align::center),
                         {body_.centre().x, body_.y + body_.h * 0.35f}, painter.palette().text_muted,
                         {HAlign::centre, VAlign::top});
        } else {
            const float side = compact_ ? 0 : std::min(620.0f, body_.w * 0.32f);
            const RectF chart{body_.x, body_.y, compact_ ? body_.w : body_.w - side - 40, body_.h};
            draw_chart(painter, chart);
            if (!compact_) draw_favourites(painter, {chart.right() + 40, body_.y, side, body_.h});
        }
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("hints.back")}});
    }

private:
    [[nodiscard]] std::string subtitle() const { return compact_ ? std::string() : text("ournights.subtitle"); }

    void reload() {
        between_ = {};
        if (BetweenStore* store = game_.night().between_store()) {
            LoadedBetween loaded = store->load();
            between_ = std::move(loaded.between);
            // A damaged file is set aside on the first look; its message stays while the screen does.
            if (!loaded.notice.code.empty()) load_notice_ = std::move(loaded.notice);
        }
    }

    [[nodiscard]] std::string notice_text() const {
        std::string shown = message_;
        if (!load_notice_.code.empty()) shown = words(load_notice_, strings()) + (shown.empty() ? "" : "\n" + shown);
        return shown;
    }

    [[nodiscard]] std::span<const NightBetween> recent() const {
        const std::size_t count = std::min(nights_shown, between_.nights.size());
        return std::span<const NightBetween>(between_.nights).subspan(between_.nights.size() - count);
    }

    // A colour per theme, in the order the themes first appear, from the palette's own colours.
    [[nodiscard]] std::map<std::string, Colour> theme_colours(const Palette& palette) const {
        const Colour choices[]{palette.accent, palette.pad_a, palette.pad_x, palette.pad_y, palette.pad_b,
                               palette.card_back_mark, palette.text_muted};
        std::map<std::string, Colour> colours;
        for (const NightBetween& night : recent()) {
            for (const std::string& theme : night.themes) {
                if (!colours.contains(theme)) colours[theme] = choices[colours.size() % std::size(choices)];
            }
        }
        return colours;
    }

    void draw_chart(Painter& painter, const RectF& box) const {
        const Palette& palette = painter.palette();
        const float label_h = painter.measure("Ag", type::small).h;
        const float strip_h = std::max(36.0f, box.h * 0.12f);
        const float legend_h = label_h + 16;
        // Top to bottom: the chart's title, the plot, its legend, the themes' title, their strip and key.
        const float key_h = compact_ ? 0 : label_h * 2 + 16;
        const float below_plot = 14 + legend_h + label_h + 8 + strip_h + 10 + key_h;
        const RectF plot{box.x + 20, box.y + label_h + 12, box.w - 40, std::max(80.0f, box.h - label_h - 12 - below_plot)};
        painter.text(text("ournights.closeness"), type::small_bold, {box.x, box.y}, palette.text);
        painter.rounded_rect(plot, 16, palette.panel);
        for (const float level : {0.25f, 0.5f, 0.75f}) {
            painter.fill_rect({plot.x + 12, plot.bottom() - plot.h * level, plot.w - 24, 2}, palette.background);
        }
        if (plot.h > label_h * 4) {
            painter.text(text("closeness.together"), type::small, {plot.x + 16, plot.y + 8}, palette.text_muted);
            painter.text(text("closeness.apart"), type::small, {plot.x + 16, plot.bottom() - 8}, palette.text_muted,
                         {HAlign::left, VAlign::bottom});
        }
        const std::span<const NightBetween> nights = recent();
        const float slot = plot.w / static_cast<float>(std::max<std::size_t>(nights.size(), 1));
        const float dot = std::clamp(slot * 0.12f, 7.0f, 16.0f);
        const Colour player_colours[]{palette.accent, palette.card_back_mark};
        for (std::size_t n = 0; n < nights.size(); ++n) {
            const VisibleCloseness visible = visible_closeness(nights[n]);
            const float x0 = plot.x + slot * (static_cast<float>(n) + 0.5f);
            const auto y_of = [&](int value) { return plot.bottom() - 24 - (plot.h - 48) * static_cast<float>(value) / closeness_max; };
            if (visible.before.empty() && visible.after.empty()) {
                painter.ring_outline({x0, plot.bottom() - 24}, dot * 0.7f, 2, palette.text_muted);  // kept private
                continue;
            }
            const std::size_t players = std::max(visible.before.size(), visible.after.size());
            for (std::size_t p = 0; p < players; ++p) {
                const float x = x0 + (static_cast<float>(p) - (static_cast<float>(players) - 1) / 2) * dot * 2.4f;
                const Colour colour = player_colours[p % 2];
                const bool has_before = p < visible.before.size();
                const bool has_after = p < visible.after.size();
                if (has_before && has_after) {
                    const float y1 = y_of(visible.before[p]);
                    const float y2 = y_of(visible.after[p]);
                    painter.fill_rect({x - 2, std::min(y1, y2), 4, std::abs(y2 - y1)}, colour);
                }
                if (has_before) painter.ring_outline({x, y_of(visible.before[p])}, dot, 3, colour);
                if (has_after) painter.circle({x, y_of(visible.after[p])}, dot, colour);
            }
        }
        // How to read it: a ring before, a dot after.
        const float legend_y = plot.bottom() + 14;
        painter.ring_outline({plot.x + dot, legend_y + label_h / 2}, dot * 0.8f, 3, palette.text);
        painter.text(text("ournights.before"), type::small, {plot.x + dot * 3, legend_y}, palette.text_muted);
        const float after_x = plot.x + dot * 3 + painter.measure(text("ournights.before"), type::small).w + 40;
        painter.circle({after_x + dot, legend_y + label_h / 2}, dot * 0.8f, palette.text);
        painter.text(text("ournights.after"), type::small, {after_x + dot * 3, legend_y}, palette.text_muted);
        // Whose colour is whose, by the names of the latest night.
        float name_x = after_x + dot * 3 + painter.measure(text("ournights.after"), type::small).w + 60;
        if (!nights.empty() && !compact_) {
            const std::vector<PlayerCloseness>& checks = nights.back().checks;
            for (std::size_t p = 0; p < checks.size() && p < 2; ++p) {
                painter.circle({name_x + dot, legend_y + label_h / 2}, dot * 0.8f, player_colours[p]);
                painter.text(checks[p].player, type::small, {name_x + dot * 3, legend_y}, palette.text_muted);
                name_x += dot * 3 + painter.measure(checks[p].player, type::small).w + 40;
            }
        }
        // Themes over time: one column per night, a band per theme played.
        const std::map<std::string, Colour> colours = theme_colours(palette);
        const float strip_y = legend_y + legend_h + label_h + 8;
        painter.text(text("ournights.themes"), type::small_bold, {box.x, strip_y - label_h - 4}, palette.text);
        for (std::size_t n = 0; n < nights.size(); ++n) {
            const auto& themes = nights[n].themes;
            const float x = plot.x + slot * static_cast<float>(n) + slot * 0.15f;
            const float band = strip_h / static_cast<float>(std::max<std::size_t>(themes.size(), 1));
            for (std::size_t t = 0; t < themes.size(); ++t) {
                painter.fill_rect({x, strip_y + band * static_cast<float>(t), slot * 0.7f, std::max(2.0f, band - 2)},
                                  colours.at(themes[t]));
            }
        }
        if (compact_) return;
        float legend_x = plot.x;
        float key_y = strip_y + strip_h + 10;
        bool second_line = false;
        for (const auto& [theme, colour] : colours) {
            const float w = painter.measure(theme, type::small).w;
            if (legend_x + label_h * 0.7f + w > box.right()) {
                if (second_line) break;
                second_line = true;
                legend_x = plot.x;
                key_y += label_h + 6;
            }
            painter.rounded_rect({legend_x, key_y + label_h * 0.25f, label_h * 0.5f, label_h * 0.5f}, 4, colour);
            painter.text(theme, type::small, {legend_x + label_h * 0.7f, key_y}, palette.text_muted);
            legend_x += label_h * 0.7f + w + 28;
        }
    }

    void draw_favourites(Painter& painter, const RectF& box) const {
        const Palette& palette = painter.palette();
        painter.text(text("ournights.favourites"), type::small_bold, {box.x, box.y}, palette.text);
        float y = box.y + painter.measure("Ag", type::small_bold).h + 16;
        if (between_.favourites.empty()) {
            painter.text(text("ournights.no_favourites"), type::small.wrapped(box.w), {box.x, y}, palette.text_muted);
            return;
        }
        std::size_t shown = 0;
        for (auto it = between_.favourites.rbegin(); it != between_.favourites.rend() && shown < favourites_shown; ++it, ++shown) {
            const std::string line = strings().format("ournights.quoted", {{"text", it->text}});
            const TextSpec spec = type::small.wrapped(box.w - 40);
            const float h = painter.measure(line, spec).h;
            const float date_h = painter.measure("Ag", type::small).h;
            if (y + h + date_h + 24 > box.bottom()) break;
            painter.icon(Icon::heart, {box.x, y + 4, 28, 28}, palette.accent);
            painter.text(line, spec, {box.x + 40, y}, palette.text);
            painter.text(date_words(it->marked_at, strings()), type::small, {box.x + 40, y + h + 2}, palette.text_muted);
            y += h + date_h + 24;
        }
    }

    void export_file() {
        message_ = export_markdown(game_, "kindling-our-nights-", [this](const std::filesystem::path& path) {
            return write_file_atomically(path, our_nights_markdown(between_, strings()));
        });
    }

    void ask_to_forget() {
        game_.screens().push(make_dialog_screen<ForgetChoice>(
            game_, text("ournights.forget_title"), text("ournights.forget_body"),
            {{ForgetChoice::keep, text("ournights.forget_keep"), true}, {ForgetChoice::forget, text("ournights.forget_yes"), false}},
            [this](ForgetChoice choice) {
                game_.screens().pop();
                if (choice != ForgetChoice::forget) return;
                std::string error;
                BetweenStore* store = game_.night().between_store();
                const bool gone = store == nullptr || store->forget(error);
                message_ = gone ? text("ournights.forgotten") : strings().format("ournights.forget_failed", {{"error", error}});
            }));
    }

    BetweenNights between_;
    Message load_notice_;
    std::string message_;
    ButtonRow buttons_;
    RectF body_;
    float notice_h_ = 0;
    bool compact_ = false;
    bool first_layout_ = true;
};

}  // namespace

std::unique_ptr<Screen> make_our_nights_screen(ScreenContext& game) { return std::make_unique<OurNightsScreen>(game); }

}  // namespace kindling::screens
