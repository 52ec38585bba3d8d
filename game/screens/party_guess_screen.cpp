// Guessing cards at a party. In a pair (always in team play: the couples-know-each-other round)
// the reader keeps an answer in mind, their teammate (or the player the card names) guesses
// aloud, and the reader says whether it was right: a right guess scores for both. In an open
// round everyone guesses and the reader names who was right or closest. The round is the core's
// (NightFlow's guess round): the reader's phone answers the same round, and the screen shows
// whatever was last said, from here or from the phone.
#include "screens/game_screen.hpp"
#include "screens/party_card.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/button_row.hpp"
#include "ui/widgets/player_grid.hpp"

#include <algorithm>

namespace kindling::screens {

using namespace ui;

namespace {

// The buttons under the guess.
enum class GuessChoice { right, wrong, confirm, nobody, card, next };
constexpr std::string_view button_name(GuessChoice choice) {
    switch (choice) {
        case GuessChoice::right: return "right";
        case GuessChoice::wrong: return "wrong";
        case GuessChoice::confirm: return "confirm";
        case GuessChoice::nobody: return "nobody";
        case GuessChoice::card: return "card";
        case GuessChoice::next: return "next";
    }
    return {};
}

class PartyGuessScreen final : public GameScreen {
public:
    explicit PartyGuessScreen(ScreenContext& game) : GameScreen(game) {
        if (Session* session = game.night().session(); session != nullptr && game.night().party() != nullptr) {
            view_ = session->view();
            game.night().open_round();
        }
        if (const GuessRound* round = game.night().guess_round()) plan_ = round->plan();
        rebuild();
        if (open()) focus_grid();
        else buttons_.focus(button_id(GuessChoice::right));
    }

    [[nodiscard]] std::string_view name() const override { return "party-guess"; }
    [[nodiscard]] std::string focused_id() const override {
        return grid_.active() && open() && !answered() ? "player-" + std::to_string(grid_.focused()) : buttons_.focused_id();
    }
    [[nodiscard]] std::string focused_words() const override {
        if (grid_.active() && open() && !answered() && grid_.focused() < grid_.tiles().size()) {
            return grid_.tiles()[grid_.focused()].name;
        }
        return buttons_.focused_words();
    }

    void layout(Painter& painter) override {
        // The reader's phone may have answered (or changed the answer) since the last frame.
        if (answered() != shown_answered_) {
            if (answered()) {
                after_answer();
            } else {
                after_change();
            }
        }
        rebuild();
        const RectF area = painter.canvas().content();
        buttons_.layout(painter, {area.x, 0, area.w, 100}, HAlign::centre, game_.device(), strings());
        const float buttons_y = area.bottom() - hints_height(painter) - 28 - buttons_.height();
        buttons_.layout(painter, {area.x, buttons_y, area.w, buttons_.height()}, HAlign::centre, game_.device(),
                        strings());
        const float text_w = std::min(area.w, 1600.0f);
        label_h_ = painter.measure("Ag", type::label_bold).h;
        float question_top = area.y + label_h_ + 16;
        question_ = {area.x + (area.w - text_w) / 2, question_top, text_w,
                     std::min(painter.measure(question(), type::subheading.wrapped(text_w, text::Align::center)).h,
                              area.h * 0.22f)};
        prompt_h_ = painter.measure(prompt(), type::heading.wrapped(area.w, text::Align::center)).h;
        detail_h_ = painter.measure(detail(), type::body.wrapped(area.w, text::Align::center)).h;
        const float grid_top = question_.bottom() + 32 + prompt_h_ + 12 + detail_h_ + 28;
        if (open()) {
            grid_.layout(painter, {area.x, grid_top, area.w, std::max(60.0f, buttons_y - 28 - grid_top)});
            top_ = area.y;
        } else {
            // Without tiles the words sit in the middle of the screen.
            top_ = area.y + std::max(0.0f, (buttons_y - 28 - grid_top) / 2);
            question_top += top_ - area.y;
            question_.y = question_top;
        }
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            if (answered()) {
                game_.night().change_guess();
                after_change();
            } else {
                game_.screens().pop();
            }
            return;
        }
        if (open() && !answered() && (grid_.active() || event.type != InputEvent::Type::command ||
                                     event.command == Command::number)) {
            const OptionEvent picked = grid_.handle(event);
            if (picked.type == OptionEvent::Type::activated) {
                const std::size_t index = std::stoul(picked.id);
                // The reader knows the answer: they name who was right, never themselves (the
                // round refuses them).
                game_.night().mark_guess(index, !marked(index));
                rebuild();
                return;
            }
            if (picked.type == OptionEvent::Type::leave_bottom) {
                grid_.set_active(false);
                buttons_.set_active(true);
                buttons_.focus(button_id(GuessChoice::confirm));
                return;
            }
            if (picked.type != OptionEvent::Type::none) {
                buttons_.set_active(false);
                return;
            }
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type == OptionEvent::Type::leave_top && open() && !answered()) {
            focus_grid();
            return;
        }
        if (result.type != OptionEvent::Type::activated) return;
        const std::optional<GuessChoice> choice = button_named<GuessChoice>(result.id);
        if (choice == GuessChoice::right || choice == GuessChoice::wrong) {
            if (game_.night().say_guess(choice == GuessChoice::right)) after_answer();
        } else if (choice == GuessChoice::confirm) {
            if (game_.night().confirm_guess()) after_answer();
        } else if (choice == GuessChoice::nobody) {
            if (game_.night().guess_nobody()) after_answer();
        } else if (choice == GuessChoice::card) {
            game_.screens().pop();
        } else if (choice == GuessChoice::next) {
            finish();
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const Palette& palette = painter.palette();
        const RectF area = painter.canvas().content();
        painter.icon(Icon::crystal_ball, {area.centre().x - painter.measure(round_label(), type::label_bold).w / 2 - 48,
                                          top_, label_h_, label_h_},
                     palette.accent);
        painter.text(round_label(), type::label_bold, {area.centre().x + 8, top_}, palette.accent,
                     {HAlign::centre, VAlign::top});
        painter.fitted_text(question(), type::subheading.wrapped(question_.w, text::Align::center), question_,
                            type::minimum_ui, palette.text_muted, VAlign::top);
        const float prompt_y = question_.bottom() + 32;
        painter.text(prompt(), type::heading.wrapped(area.w, text::Align::center), {area.x, prompt_y}, palette.text);
        painter.text(detail(), type::body.wrapped(area.w, text::Align::center), {area.x, prompt_y + prompt_h_ + 12},
                     palette.text_muted);
        if (open()) grid_.draw(painter);
        buttons_.draw(painter, game_.device(), strings());
        std::vector<Hint> hints;
        if (open() && !answered()) {
            hints.push_back({Command::number, text("party.hints.mark"), static_cast<int>(people())});
        }
        hints.push_back({Command::left, text("hints.move")});
        hints.push_back({Command::confirm, text("hints.choose")});
        hints.push_back({Command::back, text("hints.back")});
        draw_hints(painter, hints);
    }

private:
    [[nodiscard]] const PartyNight* party() const { return game_.night().party(); }
    [[nodiscard]] const GuessRound* round() const { return game_.night().guess_round(); }
    [[nodiscard]] bool open() const { return plan_.kind == GuessPlan::Kind::open; }
    [[nodiscard]] bool answered() const { return round() != nullptr && round()->answered(); }
    [[nodiscard]] bool marked(std::size_t player) const { return round() != nullptr && round()->marked(player); }
    [[nodiscard]] std::size_t people() const { return round() != nullptr ? round()->people() : 0; }
    [[nodiscard]] std::string person(std::size_t index) const {
        return party() != nullptr && index < party()->player_count() ? party()->player(index) : std::string{};
    }
    [[nodiscard]] std::string question() const { return view_.card ? view_.card->text : std::string{}; }
    [[nodiscard]] std::string round_label() const {
        return text(plan_.team.empty() ? "party.guess_round" : "party.couples_round");
    }

    [[nodiscard]] std::vector<std::string> scorers() const {
        std::vector<std::string> names;
        if (round() == nullptr) return names;
        for (const std::size_t player : round()->scorers()) names.push_back(person(player));
        return names;
    }

    [[nodiscard]] std::string prompt() const {
        if (!answered()) {
            if (open()) return strings().format("party.guess_open", {{"name", person(plan_.answerer)}});
            return strings().format("party.guess_pair", {{"guesser", person(plan_.guesser)},
                                                         {"answerer", person(plan_.answerer)}});
        }
        const std::vector<std::string> names = scorers();
        if (names.empty()) return text("party.guess_missed");
        return text("party.guess_right");
    }

    [[nodiscard]] std::string detail() const {
        if (!answered()) {
            if (open()) return text("party.guess_open_detail");
            return strings().format("party.guess_pair_detail", {{"answerer", person(plan_.answerer)}});
        }
        const std::vector<std::string> names = scorers();
        if (names.empty() || party() == nullptr || !party()->rules().scoring) return text("party.guess_done");
        if (!plan_.team.empty()) {
            return strings().format("party.points_team", {{"team", plan_.team},
                                                          {"points", std::to_string(2 * points_for_guessing)}});
        }
        return strings().format("party.points_each", {{"names", name_list(names, strings())},
                                                      {"points", std::to_string(points_for_guessing)}});
    }

    void rebuild() {
        std::vector<PlayerTile> tiles;
        for (std::size_t i = 0; open() && i < people(); ++i) {
            PlayerTile tile;
            tile.name = person(i);
            tile.marked = marked(i);
            if (!PartyNight::can_guess(plan_, i)) tile.detail = text("party.knows_answer");
            tiles.push_back(std::move(tile));
        }
        grid_.set_tiles(std::move(tiles));
        grid_.show_bars(false);
        std::vector<ButtonItem> items;
        if (answered()) {
            items.push_back({button_id(GuessChoice::next), text("party.next_card"), Icon::check, true, std::nullopt});
        } else if (open()) {
            items.push_back({button_id(GuessChoice::card), text("party.back_to_card"), Icon::back, false, std::nullopt});
            items.push_back({button_id(GuessChoice::nobody), text("party.nobody"), Icon::skip, false, std::nullopt});
            items.push_back({button_id(GuessChoice::confirm), text("party.confirm"), Icon::check, true, std::nullopt});
        } else {
            items.push_back({button_id(GuessChoice::card), text("party.back_to_card"), Icon::back, false, std::nullopt});
            items.push_back({button_id(GuessChoice::wrong), text("party.wrong"), Icon::skip, false, std::nullopt});
            items.push_back({button_id(GuessChoice::right), text("party.right"), Icon::check, true, std::nullopt});
        }
        buttons_.set_items(std::move(items));
    }

    void focus_grid() {
        grid_.set_active(true);
        buttons_.set_active(false);
    }

    void after_answer() {
        shown_answered_ = true;
        rebuild();
        grid_.set_active(false);
        buttons_.set_active(true);
        buttons_.focus(button_id(GuessChoice::next));
    }

    // The answer was taken back (Back here, or Change on the reader's phone): the choices again,
    // with the focus where a new answer is given.
    void after_change() {
        shown_answered_ = false;
        rebuild();
        if (open()) {
            focus_grid();
        } else {
            buttons_.set_active(true);
            buttons_.focus(button_id(GuessChoice::right));
        }
    }

    void finish() {
        // The round scores and asks for the next card.
        if (game_.night().finish_guess()) game_.screens().pop();
    }

    SessionView view_;
    GuessPlan plan_;
    // Whether the screen last showed the round answered: an answer from the phone moves the focus.
    bool shown_answered_ = false;
    PlayerGrid grid_;
    ButtonRow buttons_;
    RectF question_;
    float label_h_ = 40;
    float top_ = 0;
    float prompt_h_ = 0;
    float detail_h_ = 0;
};

}  // namespace

std::unique_ptr<Screen> make_party_guess_screen(ScreenContext& game) { return std::make_unique<PartyGuessScreen>(game); }

}  // namespace kindling::screens
