// The scoreboard: players (or teams) by points, most first, with shared places for equal
// points. During the night it is a look and back; at the end it crowns the winners and leads
// on to the night's summary.
#include "screens/game_screen.hpp"
#include "screens/party_card.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/button_row.hpp"

#include <algorithm>

namespace kindling::screens {

using namespace ui;

namespace {

constexpr float list_width = 1400;
constexpr float row_gap = 16;
constexpr float column_gap = 24;

enum class ScoresChoice { card, summary };
constexpr std::string_view button_name(ScoresChoice choice) {
    switch (choice) {
        case ScoresChoice::card: return "card";
        case ScoresChoice::summary: return "summary";
    }
    return {};
}

class PartyScoresScreen final : public GameScreen {
public:
    PartyScoresScreen(ScreenContext& game, bool final) : GameScreen(game), final_(final) {
        if (const PartyNight* party = game.night().party()) {
            standings_ = party->scores().standings();
            tally_ = party->tally();
        }
        if (final_) {
            buttons_.set_items({{button_id(ScoresChoice::summary), text("party.see_summary"), Icon::check, true, std::nullopt}});
        } else {
            buttons_.set_items({{button_id(ScoresChoice::card), text("party.back_to_card"), Icon::back, true, std::nullopt}});
        }
    }

    [[nodiscard]] std::string_view name() const override { return "party-scores"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return buttons_.focused_words(); }

    void layout(Painter& painter) override {
        const RectF area = centred_column(painter.canvas().content(), list_width);
        buttons_.layout(painter, {area.x, 0, area.w, 100}, HAlign::centre, game_.device(), strings());
        const float buttons_y = area.bottom() - hints_height(painter) - 28 - buttons_.height();
        buttons_.layout(painter, {area.x, buttons_y, area.w, buttons_.height()}, HAlign::centre, game_.device(),
                        strings());
        const float top = area.y + heading_height(painter, area, title(), subtitle());
        const float space = buttons_y - 28 - top;
        const std::size_t n = std::max<std::size_t>(standings_.size(), 1);
        const bool members = std::any_of(standings_.begin(), standings_.end(),
                                         [](const Standing& s) { return !s.members.empty(); });
        const float wanted = painter.measure("Ag", type::subheading).h + (members ? painter.measure("Ag", type::small).h : 0) + 36;
        // With large text a long scoreboard takes two columns rather than squeezing its rows
        // until the words run into each other.
        const auto fitted = [&](std::size_t rows) {
            return (space - row_gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
        };
        columns_ = n > 4 && fitted(n) < wanted ? 2 : 1;
        rows_per_column_ = (n + columns_ - 1) / columns_;
        row_h_ = std::max(44.0f, std::min(wanted, fitted(rows_per_column_)));
        rows_top_ = top;
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back && !final_) {
            game_.screens().pop();
            return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        const std::optional<ScoresChoice> choice = button_named<ScoresChoice>(result.id);
        if (choice == ScoresChoice::card) game_.screens().pop();
        if (choice == ScoresChoice::summary) show_summary(game_);
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const Palette& palette = painter.palette();
        const RectF area = centred_column(painter.canvas().content(), list_width);
        draw_heading(painter, area, title(), subtitle());
        int most = 1;
        for (const Standing& standing : standings_) most = std::max(most, standing.points);
        const float column_w = (area.w - column_gap * static_cast<float>(columns_ - 1)) / static_cast<float>(columns_);
        for (std::size_t i = 0; i < standings_.size(); ++i) {
            const Standing& standing = standings_[i];
            const std::size_t column = i / rows_per_column_;
            const float y = rows_top_ + static_cast<float>(i % rows_per_column_) * (row_h_ + row_gap);
            const RectF row{area.x + static_cast<float>(column) * (column_w + column_gap), y, column_w, row_h_};
            const bool leader = standing.place == 1 && standing.points > 0;
            painter.rounded_rect(row, 22, leader ? palette.panel_focus : palette.panel);
            const float disc = std::min(row_h_ - 16, 64.0f);
            const PointF centre{row.x + 20 + disc / 2, row.centre().y};
            painter.circle(centre, disc / 2, leader ? palette.accent : palette.key_cap);
            painter.text(std::to_string(standing.place), type::label_bold, centre,
                         leader ? palette.accent_text : palette.key_cap_text, {HAlign::centre, VAlign::centre});
            const std::string points = strings().count("party.points", standing.points);
            const float points_w = std::min(painter.measure(points, type::subheading).w, row.w * 0.4f);
            const RectF points_box{row.right() - 28 - points_w, row.y, points_w, row_h_};
            painter.fitted_text(points, type::subheading.wrapped(points_w, text::Align::right), points_box, type::minimum_ui,
                                palette.text, VAlign::centre);
            const float name_x = row.x + 20 + disc + 24;
            const float name_w = std::max(40.0f, std::min(points_box.x - 24 - name_x, 360.0f));
            const bool members = !standing.members.empty();
            painter.fitted_text(standing.name, type::subheading, {name_x, row.y + 6, name_w, members ? row_h_ * 0.55f : row_h_ - 12},
                                type::minimum_ui, palette.text, members ? VAlign::bottom : VAlign::centre);
            if (members) {
                painter.fitted_text(name_list(standing.members, strings()), type::small,
                                    {name_x, row.y + row_h_ * 0.55f + 6, name_w, row_h_ * 0.45f - 12}, type::minimum_ui,
                                    palette.text_muted, VAlign::top);
            }
            // The points as a bar between the names and the numbers: who leads reads at a glance.
            const float bar_x = name_x + std::min(name_w * 0.5f, 360.0f);
            const float bar_w = points_box.x - 32 - bar_x;
            if (standing.points > 0 && bar_w > 40) {
                painter.rounded_rect({bar_x, row.centre().y - 7, bar_w * static_cast<float>(standing.points) / static_cast<float>(most), 14},
                                     7, palette.accent);
            }
        }
        buttons_.draw(painter, game_.device(), strings());
        std::vector<Hint> hints{{Command::confirm, text("hints.choose")}};
        if (!final_) hints.push_back({Command::back, text("hints.back")});
        draw_hints(painter, hints);
    }

private:
    [[nodiscard]] std::string title() const {
        if (!final_) return text("party.scores_title");
        std::vector<std::string> winners;
        for (const Standing& standing : standings_) {
            if (standing.place == 1 && standing.points > 0) winners.push_back(standing.name);
        }
        if (winners.empty()) return text("party.final_nobody");
        return strings().format(winners.size() > 1 ? "party.final_tie" : "party.final_winner",
                                {{"names", name_list(winners, strings())}});
    }

    [[nodiscard]] std::string subtitle() const {
        // Each part is counted on its own, so "1 vote" and "2 right" read right in every language.
        return strings().format("party.tally", {{"votes", strings().count("party.tally_votes", tally_.votes)},
                                                {"guesses", strings().count("party.tally_guesses", tally_.guesses)},
                                                {"right", strings().count("party.tally_right", tally_.right_guesses)}});
    }

    bool final_;
    std::vector<Standing> standings_;
    PartyTally tally_;
    ButtonRow buttons_;
    float row_h_ = 100;
    std::size_t columns_ = 1;
    std::size_t rows_per_column_ = 1;
    float rows_top_ = 0;
};

}  // namespace

std::unique_ptr<Screen> make_party_scores_screen(ScreenContext& game, bool final) {
    return std::make_unique<PartyScoresScreen>(game, final);
}

}  // namespace kindling::screens
