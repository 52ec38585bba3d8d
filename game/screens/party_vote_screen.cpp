// "Who is most likely to...": everyone votes in turn, starting with the reader, by pressing the
// number of the player they choose (or moving to them and pressing confirm, or clicking). The
// votes stay secret while they are cast: the tiles show no tally and the focus goes back to the
// next voter's own tile, so nobody can follow the room (Vote::public_counts). When everyone has
// voted the tally and the room's choice are revealed (a tie shares it) and, with points on,
// everyone who agreed with the room scores. The vote itself is the night's (NightFlow::vote), so
// votes sent from phones count in the same vote and show here as "N of M votes".
// With phones joined, the TV asks only the players who have no phone at hand (none in their seat,
// or only one that is away), in seating order; each vote is cast for that very player
// (NightFlow::cast_vote). When everyone still to vote has their phone, the TV only waits.
#include "screens/game_screen.hpp"
#include "screens/party_card.hpp"
#include "screens/phone_seats.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/button_row.hpp"
#include "ui/widgets/player_grid.hpp"

#include <algorithm>

namespace kindling::screens {

using namespace ui;

namespace {

// The buttons under the players' tiles.
enum class VoteChoice { abstain, undo, card, next };
constexpr std::string_view button_name(VoteChoice choice) {
    switch (choice) {
        case VoteChoice::abstain: return "abstain";
        case VoteChoice::undo: return "undo";
        case VoteChoice::card: return "card";
        case VoteChoice::next: return "next";
    }
    return {};
}

class PartyVoteScreen final : public GameScreen {
public:
    explicit PartyVoteScreen(ScreenContext& game) : GameScreen(game) {
        if (Session* session = game.night().session(); session != nullptr && game.night().party() != nullptr) {
            view_ = session->view();
            turn_ = game.night().party()->turn(view_.turn);
            game.night().open_round();
        }
        tv_voter_ = next_tv_voter();
        if (tv_voter_) grid_.focus(*tv_voter_);
        else grid_.set_active(false);
        rebuild();
    }

    [[nodiscard]] std::string_view name() const override { return "party-vote"; }
    [[nodiscard]] std::string focused_id() const override {
        return grid_.active() ? "player-" + std::to_string(grid_.focused()) : buttons_.focused_id();
    }
    // Read aloud says the buttons only: saying the name in focus would tell the room whom the
    // voter is about to choose, and the vote is secret until the last one is in.
    [[nodiscard]] std::string focused_words() const override {
        return grid_.active() ? std::string() : buttons_.focused_words();
    }

    void layout(Painter& painter) override {
        // Votes from phones arrive between frames: the last one closes the vote here too, and the
        // focus moves on when the voter in turn has just voted from their phone.
        // A phone going away or coming back changes whom the TV asks as well.
        if (vote().complete() && !shown_complete_) after_vote();
        if (!vote().complete() && next_tv_voter() != tv_voter_) follow_tv_voter();
        rebuild();
        const RectF area = painter.canvas().content();
        const float hints_h = hints_height(painter);
        buttons_.layout(painter, {area.x, 0, area.w, 100}, HAlign::centre, game_.device(), strings());
        const float buttons_y = area.bottom() - hints_h - 28 - buttons_.height();
        buttons_.layout(painter, {area.x, buttons_y, area.w, buttons_.height()}, HAlign::centre, game_.device(),
                        strings());
        const float text_w = std::min(area.w, 1600.0f);
        prompt_h_ = painter.measure("Ag", type::heading).h;
        const float grid_min = PlayerGrid::minimum_height(painter, grid_.tiles().size());
        // With large text the question (it is on the card too) and the longer status give way
        // to the players' names.
        show_question_ = true;
        short_status_ = false;
        const auto fits = [&] {
            const float question_h =
                show_question_ ? std::min(painter.measure(question(), type::subheading.wrapped(text_w, text::Align::center)).h,
                                          area.h * 0.22f) + 24
                               : 0;
            status_h_ = painter.measure(status(), type::body.wrapped(area.w, text::Align::center)).h;
            question_ = {area.x + (area.w - text_w) / 2, area.y, text_w, std::max(0.0f, question_h - 24)};
            return area.y + question_h + prompt_h_ + 8 + status_h_ + 28 + grid_min <= buttons_y - 28;
        };
        if (!fits()) {
            short_status_ = true;
            if (!fits()) {
                show_question_ = false;
                fits();
            }
        }
        const float grid_top = (show_question_ ? question_.bottom() + 24 : area.y) + prompt_h_ + 8 + status_h_ + 28;
        const float space = std::max(60.0f, buttons_y - 28 - grid_top);
        grid_.layout(painter, {area.x, grid_top, area.w, space});
        // The tiles sit in the middle of the space they have.
        if (grid_.height() < space) {
            grid_.layout(painter, {area.x, grid_top + (space - grid_.height()) / 2, area.w, grid_.height()});
        }
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            // Back takes back the last vote; with none cast it returns to the card.
            if (!game_.night().undo_vote()) game_.screens().pop();
            else after_undo();
            return;
        }
        // While the TV waits for the phones, the players' tiles take no vote: number keys and
        // clicks on them do nothing, and the buttons keep the focus.
        const bool grid_takes = tv_voter_.has_value() || vote().complete();
        if (grid_takes &&
            (grid_.active() || event.type != InputEvent::Type::command || event.command == Command::number)) {
            const OptionEvent picked = grid_.handle(event);
            if (picked.type == OptionEvent::Type::activated) {
                cast(std::stoul(picked.id));
                return;
            }
            if (picked.type == OptionEvent::Type::leave_bottom) {
                grid_.set_active(false);
                buttons_.set_active(true);
                return;
            }
            if (picked.type != OptionEvent::Type::none) {
                buttons_.set_active(false);
                return;
            }
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type == OptionEvent::Type::leave_top) {
            if (!grid_takes) return;
            buttons_.set_active(false);
            grid_.set_active(true);
            return;
        }
        if (result.type != OptionEvent::Type::activated) return;
        const std::optional<VoteChoice> choice = button_named<VoteChoice>(result.id);
        if (choice == VoteChoice::abstain) {
            if (!tv_voter_) return;
            game_.night().cast_vote(*tv_voter_, std::nullopt);
            after_vote();
        } else if (choice == VoteChoice::undo) {
            if (game_.night().undo_vote()) after_undo();
            if (tv_voter_) focus_grid();
        } else if (choice == VoteChoice::card) {
            game_.screens().pop();
        } else if (choice == VoteChoice::next) {
            finish();
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const Palette& palette = painter.palette();
        const RectF area = painter.canvas().content();
        if (show_question_) {
            painter.fitted_text(question(), type::subheading.wrapped(question_.w, text::Align::center), question_,
                                type::minimum_ui, palette.text_muted, VAlign::top);
        }
        const float prompt_y = show_question_ ? question_.bottom() + 24 : area.y;
        painter.text(prompt(), type::heading, {area.centre().x, prompt_y}, vote().complete() ? palette.text : palette.accent,
                     {HAlign::centre, VAlign::top});
        painter.text(status(), type::body.wrapped(area.w, text::Align::center), {area.x, prompt_y + prompt_h_ + 8},
                     palette.text);
        grid_.draw(painter);
        buttons_.draw(painter, game_.device(), strings());
        std::vector<Hint> hints;
        if (!vote().complete() && tv_voter_) {
            const PartyNight* party = game_.night().party();
            hints.push_back({Command::number, text("party.hints.vote"),
                             party != nullptr ? static_cast<int>(party->player_count()) : 0});
        }
        hints.push_back({Command::confirm, text("hints.choose")});
        hints.push_back({Command::back, text("party.hints.undo")});
        draw_hints(painter, hints);
    }

private:
    [[nodiscard]] std::string question() const { return view_.card ? view_.card->text : std::string{}; }

    [[nodiscard]] std::string prompt() const {
        const PartyNight* party = game_.night().party();
        if (party == nullptr) return {};
        if (!vote().complete()) {
            if (!tv_voter_) return text("party.vote_on_phones");
            // A voter whose phone is away (locked, the page closed): the host may give No vote.
            return strings().format(phone_in_seat(*tv_voter_) ? "party.vote_now_away" : "party.vote_now",
                                    {{"name", party->player(*tv_voter_)}});
        }
        if (!result_.decided) return text("party.vote_nobody");
        std::vector<std::string> names;
        for (const std::size_t winner : result_.winners) names.push_back(party->player(winner));
        return strings().format(result_.winners.size() > 1 ? "party.vote_tie" : "party.vote_winner",
                                {{"names", name_list(names, strings())}});
    }

    [[nodiscard]] bool phone_in_seat(std::size_t seat) const { return screens::phone_in_seat(game_.phone_server(), seat); }

    // Who the TV asks now: the next in seating order who has not voted and has no present phone
    // in their seat (that phone votes by itself); none when the TV only waits for phones.
    [[nodiscard]] std::optional<std::size_t> next_tv_voter() const {
        return vote().next_voter_among(seats_asked_on_screen(game_.phone_server(), vote().people()));
    }

    // The TV's voter changed between frames (a phone voted, went away or came back): the focus
    // follows them, and leaves the tiles when there is nobody to ask.
    void follow_tv_voter() {
        const bool was_waiting = !tv_voter_.has_value();
        tv_voter_ = next_tv_voter();
        if (!tv_voter_) {
            grid_.set_active(false);
            buttons_.set_active(true);
            return;
        }
        if (grid_.active() || was_waiting) {
            grid_.focus(*tv_voter_);
            focus_grid();
        }
    }

    [[nodiscard]] std::string status() const {
        const PartyNight* party = game_.night().party();
        if (party == nullptr) return {};
        if (!vote().complete()) {
            // The instruction to press a number only when the TV takes a vote.
            const char* key = short_status_ ? "party.votes_cast_short"
                              : tv_voter_   ? "party.votes_cast"
                                            : "party.votes_cast_waiting";
            return strings().format(key,
                                    {{"count", std::to_string(vote().votes_cast())}, {"total", std::to_string(vote().people())}});
        }
        if (!party->rules().scoring || result_.agreed.empty()) return text("party.vote_counted");
        std::vector<std::string> names;
        for (const std::size_t voter : result_.agreed) names.push_back(party->player(voter));
        return strings().format("party.vote_points", {{"names", name_list(names, strings())}});
    }

    void rebuild() {
        const PartyNight* party = game_.night().party();
        std::vector<PlayerTile> tiles;
        const std::vector<int> counts = vote().public_counts();
        for (std::size_t i = 0; party != nullptr && i < party->player_count(); ++i) {
            PlayerTile tile;
            tile.name = party->player(i);
            tile.count = i < counts.size() ? counts[i] : 0;
            if (vote().complete()) tile.detail = strings().count("party.votes", tile.count);
            tile.marked = vote().complete() &&
                          std::find(result_.winners.begin(), result_.winners.end(), i) != result_.winners.end();
            tiles.push_back(std::move(tile));
        }
        grid_.set_tiles(std::move(tiles));
        grid_.show_bars(vote().complete());
        std::vector<ButtonItem> items;
        if (vote().complete()) {
            items.push_back({button_id(VoteChoice::undo), text("party.undo"), Icon::chevron_left, false, std::nullopt});
            items.push_back({button_id(VoteChoice::next), text("party.next_card"), Icon::check, true, std::nullopt});
        } else {
            items.push_back({button_id(VoteChoice::card), text("party.back_to_card"), Icon::back, false, std::nullopt});
            items.push_back({button_id(VoteChoice::undo), text("party.undo"), Icon::chevron_left, false, std::nullopt});
            if (tv_voter_) {
                items.push_back({button_id(VoteChoice::abstain), text("party.abstain"), Icon::skip, false, std::nullopt});
            }
        }
        buttons_.set_items(std::move(items));
        buttons_.set_active(!grid_.active());
    }

    void focus_grid() {
        grid_.set_active(true);
        buttons_.set_active(false);
    }

    // The night's vote over this card; an empty one when there is none (the night moved on).
    [[nodiscard]] const Vote& vote() const {
        const Vote* open = game_.night().vote();
        return open != nullptr ? *open : no_vote_;
    }

    void cast(std::size_t candidate) {
        if (vote().complete() || !tv_voter_) return;
        game_.night().cast_vote(*tv_voter_, candidate);
        after_vote();
    }

    // Undo takes back the latest vote whoever cast it, a phone's too (that phone is asked again
    // on its own page); the TV then asks whoever is next for it.
    void after_undo() {
        shown_complete_ = false;
        tv_voter_ = next_tv_voter();
        if (tv_voter_) {
            grid_.focus(*tv_voter_);
        } else {
            grid_.set_active(false);
            buttons_.set_active(true);
        }
    }

    void after_vote() {
        if (!vote().complete()) {
            tv_voter_ = next_tv_voter();
            if (!tv_voter_) {
                grid_.set_active(false);
                buttons_.set_active(true);
                return;
            }
            grid_.focus(*tv_voter_);
            focus_grid();
            return;
        }
        shown_complete_ = true;
        result_ = vote().result();
        rebuild();
        grid_.set_active(false);
        buttons_.set_active(true);
        buttons_.focus(button_id(VoteChoice::next));
    }

    void finish() {
        if (!game_.night().finish_vote()) return;
        game_.screens().pop();
    }

    SessionView view_;
    PartyTurn turn_;
    Vote no_vote_{1};
    bool shown_complete_ = false;
    std::optional<std::size_t> tv_voter_;  // whom the TV asks; none while it waits for phones
    VoteResult result_;
    PlayerGrid grid_;
    ButtonRow buttons_;
    RectF question_;
    float prompt_h_ = 0;
    float status_h_ = 0;
    bool show_question_ = true;
    bool short_status_ = false;
};

}  // namespace

std::unique_ptr<Screen> make_party_vote_screen(ScreenContext& game) { return std::make_unique<PartyVoteScreen>(game); }

}  // namespace kindling::screens
