// The end of a night: how many cards, how long, which themes, the favourites, and a way to
// keep it as a text file. Nothing leaves the machine unless the players ask.
#include "screens/game_screen.hpp"
#include "screens/markdown_export.hpp"
#include "screens/screens.hpp"
#include "ui/card_content.hpp"
#include "ui/widgets/button_row.hpp"

#include <algorithm>

namespace kindling::screens {

using namespace ui;

namespace {

constexpr std::size_t max_favourites_shown = 3;

enum class SummaryChoice { done, export_file };
constexpr std::string_view button_name(SummaryChoice choice) {
    switch (choice) {
        case SummaryChoice::done: return "done";
        case SummaryChoice::export_file: return "export";
    }
    return {};
}

class SummaryScreen final : public GameScreen {
public:
    SummaryScreen(ScreenContext& game, NightSummary summary) : GameScreen(game), summary_(std::move(summary)) {
        set_buttons();
        buttons_.focus(button_id(SummaryChoice::done));
    }

    [[nodiscard]] std::string_view name() const override { return "summary"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return buttons_.focused_words(); }
    [[nodiscard]] std::string title_words() const override { return text("summary.title"); }

    void layout(Painter& painter) override {
        set_buttons();
        const RectF area = painter.canvas().content();
        buttons_.layout(painter, {area.x, 0, area.w, 100}, HAlign::right, game_.device(), strings());
        const float buttons_y = area.bottom() - hints_height(painter) - 28 - buttons_.height();
        buttons_.layout(painter, {area.x, buttons_y, area.w, buttons_.height()}, HAlign::right, game_.device(),
                        strings());
        top_ = area.y + heading_height(painter, area, text("summary.title"), headline());
        bottom_ = buttons_y - 28 - (message_.empty() ? 0 : notice_height(painter, area.w, message_) + 16);
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            finish();
            return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        const std::optional<SummaryChoice> choice = button_named<SummaryChoice>(result.id);
        if (choice == SummaryChoice::done) finish();
        if (choice == SummaryChoice::export_file) export_file();
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const RectF area = painter.canvas().content();
        draw_heading(painter, area, text("summary.title"), headline());
        const float gap = 64;
        const float left_w = std::min(760.0f, (area.w - gap) * 0.45f);
        const RectF left{area.x, top_, left_w, bottom_ - top_};
        const RectF right{area.x + left_w + gap, top_, area.w - left_w - gap, bottom_ - top_};
        painter.push_clip(left.inset(-12, 0));
        draw_themes(painter, left);
        painter.pop_clip();
        painter.push_clip(right.inset(-12, 0));
        // A party has no favourite button: its side of the summary is the scoreboard.
        if (summary_.party) draw_scores(painter, right);
        else draw_favourites(painter, right);
        painter.pop_clip();
        if (!message_.empty()) draw_notice(painter, {area.x, bottom_ + 16, area.w, 0}, message_);
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("summary.done")}});
    }

private:
    void set_buttons() {
        buttons_.set_items({{button_id(SummaryChoice::export_file), text("summary.export"), Icon::export_file, false, std::nullopt},
                            {button_id(SummaryChoice::done), text("summary.done"), Icon::check, true, std::nullopt}});
    }

    [[nodiscard]] std::string headline() const {
        const std::string cards = strings().count("summary.cards", static_cast<long long>(summary_.cards_played));
        const std::string minutes = strings().count("summary.minutes", summary_.minutes);
        std::string line = strings().format("summary.headline", {{"cards", cards}, {"minutes", minutes}});
        line += " " + text("summary.end." + std::string(to_string(summary_.end_reason)));
        return line;
    }

    void draw_themes(Painter& painter, const RectF& box) const {
        const Palette& palette = painter.palette();
        float y = painter.text(text("summary.themes"), type::subheading, {box.x, box.y}, palette.text).bottom() + 20;
        int most = 1;
        for (const Tally& tally : summary_.themes) most = std::max(most, tally.count);
        // A row is the theme's line and its bar; with large text the line is taller.
        const float line_h = std::max(54.0f, painter.measure("Ag", type::label).h + 8);
        const float row_h = line_h + 34;
        const float more_h = painter.measure("Ag", type::small).h;
        for (std::size_t i = 0; i < summary_.themes.size(); ++i) {
            const Tally& tally = summary_.themes[i];
            const std::size_t left = summary_.themes.size() - i;
            // Not every theme fits: say how many more there are instead of cutting silently.
            if (y + row_h > box.bottom() || (left > 1 && y + row_h + more_h > box.bottom())) {
                painter.text(strings().count("summary.more_themes", static_cast<long long>(left)),
                             type::small.wrapped(box.w), {box.x, y}, palette.text_muted);
                break;
            }
            const Theme* theme = find_builtin_theme(tally.id);
            const Colour colour = theme_colour(theme, tally.id);
            const std::string label = find_builtin_theme(tally.id) ? theme_label(theme, tally.id, strings()) : tally.title;
            painter.icon(theme_icon(theme), {box.x, y + line_h / 2 - 22, 44, 44}, palette.high_contrast ? palette.text : colour);
            painter.text(label, type::label, {box.x + 60, y + line_h / 2}, palette.text, {HAlign::left, VAlign::centre});
            painter.text(std::to_string(tally.count), type::label_bold, {box.right(), y + line_h / 2}, palette.text,
                         {HAlign::right, VAlign::centre});
            const float bar_w = (box.w - 60) * static_cast<float>(tally.count) / static_cast<float>(most);
            y += line_h;
            painter.rounded_rect({box.x + 60, y, box.w - 60, 10}, 5, palette.panel);
            painter.rounded_rect({box.x + 60, y, std::max(10.0f, bar_w), 10}, 5,
                                 palette.high_contrast ? palette.accent : colour);
            y += 34;
        }
        if (summary_.themes.empty()) painter.text(text("summary.no_cards"), type::body.wrapped(box.w), {box.x, y}, palette.text_muted);
    }

    void draw_favourites(Painter& painter, const RectF& box) const {
        const Palette& palette = painter.palette();
        float y = painter.text(text("summary.favourites"), type::subheading, {box.x, box.y}, palette.text).bottom() + 20;
        std::size_t shown = 0;
        for (const FavouriteMark& mark : summary_.favourites) {
            if (!mark.favourite) continue;
            if (shown == max_favourites_shown || y > box.bottom() - 80) break;
            const float inner = box.w - 2 * 32 - 56;
            const float text_h = std::min(painter.measure(mark.text, type::label.wrapped(inner)).h, 200.0f);
            const RectF card{box.x, y, box.w, text_h + 2 * 26};
            painter.rounded_rect(card, 20, palette.card);
            painter.icon(Icon::heart, {card.x + 28, card.y + 26, 40, 40}, palette.high_contrast ? palette.card_text : palette.accent);
            painter.fitted_text(mark.text, type::label.wrapped(inner), {card.x + 32 + 56, card.y + 26, inner, text_h},
                                type::minimum_ui, palette.card_text, VAlign::top);
            y = card.bottom() + 18;
            ++shown;
        }
        if (shown == 0) painter.text(text("summary.no_favourites"), type::body.wrapped(box.w), {box.x, y}, palette.text_muted);
    }

    void draw_scores(Painter& painter, const RectF& box) const {
        const Palette& palette = painter.palette();
        float y = painter.text(text("summary.scores"), type::subheading, {box.x, box.y}, palette.text).bottom() + 20;
        const float row_h = std::max(54.0f, painter.measure("Ag", type::label).h + 14);
        for (const SummaryScore& score : summary_.scores) {
            if (y + row_h > box.bottom()) break;
            painter.text(std::to_string(score.place) + ".  " + score.name, type::label, {box.x, y + row_h / 2},
                         score.place == 1 ? palette.accent : palette.text, {HAlign::left, VAlign::centre});
            painter.text(std::to_string(score.points), type::label_bold, {box.right(), y + row_h / 2}, palette.text,
                         {HAlign::right, VAlign::centre});
            y += row_h;
        }
        if (summary_.scores.empty()) painter.text(text("summary.no_scores"), type::body.wrapped(box.w), {box.x, y}, palette.text_muted);
    }

    void export_file() {
        message_ = export_markdown(game_, "kindling-night-", [this](const std::filesystem::path& path) {
            return export_summary_markdown(summary_, path, strings());
        });
    }

    void finish() {
        game_.night().close();
        game_.screens().reset(make_title_screen(game_));
    }

    NightSummary summary_;
    ButtonRow buttons_;
    std::string message_;
    float top_ = 0;
    float bottom_ = 0;
};

}  // namespace

std::unique_ptr<Screen> make_summary_screen(ScreenContext& game, NightSummary summary) {
    return std::make_unique<SummaryScreen>(game, std::move(summary));
}

}  // namespace kindling::screens
