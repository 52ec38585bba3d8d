// A write card at a party, on the shared screen alone: the round itself is the night's
// (NightFlow::write_round), so answers and votes sent from phones land in the same round and
// this screen only shows the step the core says it is at.
//   writing   - a hand-over page for each player who has not written yet, then a text field
//               only they look at (keyboard); "Pass" for anyone who would rather not, or who
//               holds only a gamepad (the card itself offers "Say it aloud" instead of the round);
//   revealing - the answers appear one by one in the order the core shuffled, never naming who
//               wrote them;
//   voting    - each player in turn presses the number of their favourite (or moves to it and
//               confirms, or clicks it); only "N of M voted" shows until the last vote is in. A
//               vote for one's own answer counts as no vote, without a word, so the room cannot
//               tell who wrote it;
//   finished  - the tally per answer and the favourite; with points on its writer scores.
// With phones joined, the TV hands over and asks for a favourite only to the players with no
// phone at hand (none in their seat, or only one that is away), in seating order, and writes or
// votes for that very player; when everyone still to write or vote has their phone, the TV only
// waits ("Writing on the phones", "Voting on the phones") and takes nothing itself.
#include "screens/game_screen.hpp"
#include "screens/message_page.hpp"
#include "screens/party_card.hpp"
#include "screens/phone_seats.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/button_row.hpp"
#include "ui/widgets/form.hpp"
#include "ui/widgets/option_list.hpp"

#include <algorithm>

namespace kindling::screens {

using namespace ui;

namespace {

enum class WriteChoice { ready, pass, submit, reveal, card, undo, abstain, next };
constexpr std::string_view button_name(WriteChoice choice) {
    switch (choice) {
        case WriteChoice::ready: return "ready";
        case WriteChoice::pass: return "pass";
        case WriteChoice::submit: return "submit";
        case WriteChoice::reveal: return "reveal";
        case WriteChoice::card: return "card";
        case WriteChoice::undo: return "undo";
        case WriteChoice::abstain: return "abstain";
        case WriteChoice::next: return "next";
    }
    return {};
}

constexpr float column_width = 1400;
const std::string answer_prefix = "answer-";

class PartyWriteScreen final : public GameScreen {
public:
    explicit PartyWriteScreen(ScreenContext& game) : GameScreen(game) {
        if (Session* session = game.night().session(); session != nullptr) view_ = session->view();
        game.night().open_round();
        writer_ = current_writer();
        tv_voter_ = voter_now();
    }

    [[nodiscard]] std::string_view name() const override { return "party-write"; }
    [[nodiscard]] bool wants_text_input() const override { return typing() && form_.wants_text_input(); }
    [[nodiscard]] std::string focused_id() const override {
        if (typing()) return form_.focused_id();
        if (step() == WriteStep::writing) return cover_buttons_.focused_id();
        return answers_.active() ? answers_.focused_id() : buttons_.focused_id();
    }

    void layout(Painter& painter) override {
        // Answers or votes from phones may have moved the round on between frames.
        // A phone going away or coming back changes whom the TV asks as well.
        if (step() == WriteStep::writing && writer_ != current_writer()) {
            writer_ = current_writer();
            covered_ = true;
            cover_focus_ = true;
            answer_.clear();
        }
        if (step() == WriteStep::voting && voter_now() != tv_voter_) follow_tv_voter();
        const RectF area = painter.canvas().content();
        const RectF usable{area.x, area.y, area.w, area.h - hints_height(painter) - 20};
        if (step() == WriteStep::writing) {
            if (!writer_) layout_waiting(painter, usable);
            else if (covered_) layout_cover(painter, usable);
            else layout_field(painter, centred_column(usable, column_width));
            return;
        }
        layout_answers(painter, area);
    }

    void handle(const InputEvent& event) override {
        const bool back = event.type == InputEvent::Type::command && event.command == Command::back;
        if (step() == WriteStep::writing) {
            if (back) {
                if (covered_) game_.screens().pop();
                else covered_ = true;
                return;
            }
            handle_writing(event);
            return;
        }
        if (back) {
            if (step() == WriteStep::revealing || !game_.night().undo_answer_vote()) {
                game_.screens().pop();
                return;
            }
            focus_answers();
            return;
        }
        if (step() == WriteStep::voting && event.type == InputEvent::Type::command && event.command == Command::number) {
            // While the TV waits for the phones, a number is nobody's vote.
            vote(static_cast<std::size_t>(event.number - 1));
            return;
        }
        if (answers_.active()) {
            const OptionEvent picked = answers_.handle(event);
            if (picked.type == OptionEvent::Type::activated && picked.id.starts_with(answer_prefix)) {
                if (step() == WriteStep::voting) vote(std::stoul(picked.id.substr(answer_prefix.size())));
                return;
            }
            if (picked.type == OptionEvent::Type::leave_bottom) {
                answers_.set_active(false);
                buttons_.set_active(true);
                return;
            }
            if (picked.type != OptionEvent::Type::none) return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type == OptionEvent::Type::leave_top && step() == WriteStep::voting && tv_voter_) {
            focus_answers();
            return;
        }
        if (result.type != OptionEvent::Type::activated) return;
        switch (button_named<WriteChoice>(result.id).value_or(WriteChoice::ready)) {
            case WriteChoice::reveal:
                game_.night().reveal_next();
                if (step() == WriteStep::voting) focus_answers();
                break;
            case WriteChoice::card: game_.screens().pop(); break;
            case WriteChoice::undo:
                game_.night().undo_answer_vote();
                focus_answers();
                break;
            case WriteChoice::abstain:
                if (!tv_voter_) break;
                game_.night().abstain_answer(*tv_voter_);
                after_vote();
                break;
            case WriteChoice::next:
                if (game_.night().finish_write()) game_.screens().pop();
                break;
            default: break;
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        if (step() == WriteStep::writing) {
            if (!writer_) {
                cover_.draw(painter, Icon::pencil);
                cover_buttons_.draw(painter, game_.device(), strings());
                draw_hints(painter, {{Command::confirm, text("hints.choose")}, {Command::back, text("party.back_to_card")}});
                return;
            }
            if (covered_) {
                cover_.draw(painter, Icon::pencil);
                cover_buttons_.draw(painter, game_.device(), strings());
                draw_hints(painter, {{Command::left, text("hints.move")},
                                     {Command::confirm, text("hints.choose")},
                                     {Command::back, text("party.back_to_card")}});
                return;
            }
            const RectF area = centred_column(painter.canvas().content(), column_width);
            draw_heading(painter, area, field_title(), prompt());
            form_.draw(painter, game_.device(), strings());
            draw_hints(painter, {{Command::down, text("hints.move")},
                                 {Command::confirm, text(wants_text_input() ? "party.write_round.submit" : "hints.choose")},
                                 {Command::back, text("common.back")}});
            return;
        }
        const Palette& palette = painter.palette();
        painter.fitted_text(prompt(), type::subheading.wrapped(question_.w, text::Align::center), question_, type::minimum_ui,
                            palette.text_muted, VAlign::top);
        painter.text(heading(), type::heading, {painter.canvas().content().centre().x, heading_y_},
                     step() == WriteStep::finished ? palette.text : palette.accent, {HAlign::centre, VAlign::top});
        painter.text(status(), type::body.wrapped(status_w_, text::Align::center), {status_x_, heading_y_ + heading_h_ + 8},
                     palette.text);
        answers_.draw(painter);
        buttons_.draw(painter, game_.device(), strings());
        std::vector<Hint> hints;
        if (step() == WriteStep::voting && tv_voter_) {
            hints.push_back({Command::number, text("party.write_round.hint_vote"), static_cast<int>(round_answers())});
        }
        hints.push_back({Command::confirm, text("hints.choose")});
        hints.push_back({Command::back, text(step() == WriteStep::revealing ? "party.back_to_card" : "party.hints.undo")});
        draw_hints(painter, hints);
    }

private:
    [[nodiscard]] const WriteRound* round() const { return game_.night().write_round(); }
    // No round (the night moved on) reads as a finished one with nothing in it.
    [[nodiscard]] WriteStep step() const { return round() != nullptr ? round()->step() : WriteStep::finished; }
    [[nodiscard]] bool typing() const { return step() == WriteStep::writing && writer_ && !covered_; }
    // Who writes or votes on the TV now: the next in seating order with no present phone in their
    // seat (that phone writes and votes by itself); none when the TV only waits for phones.
    [[nodiscard]] std::vector<bool> asked_here() const {
        return seats_asked_on_screen(game_.phone_server(), round() != nullptr ? round()->people() : 0);
    }
    [[nodiscard]] std::optional<std::size_t> current_writer() const {
        return round() != nullptr ? round()->next_writer_among(asked_here()) : std::nullopt;
    }
    [[nodiscard]] std::optional<std::size_t> voter_now() const {
        return round() != nullptr ? round()->next_voter_among(asked_here()) : std::nullopt;
    }
    [[nodiscard]] std::size_t round_answers() const { return round() != nullptr ? round()->answer_count() : 0; }
    [[nodiscard]] std::string player(std::size_t index) const {
        const PartyNight* party = game_.night().party();
        return party != nullptr && index < party->player_count() ? party->player(index) : std::string();
    }
    [[nodiscard]] std::string prompt() const { return view_.card ? view_.card->text : std::string(); }
    [[nodiscard]] std::string field_title() const {
        return strings().format("party.write_round.title", {{"name", player(writer_.value_or(0))}});
    }

    // ---- writing ----
    [[nodiscard]] std::string written_line() const {
        const VoteProgress written = round() != nullptr ? round()->writing_progress() : VoteProgress{};
        return strings().format("party.write_round.written",
                                {{"count", std::to_string(written.cast)}, {"total", std::to_string(written.total)}});
    }

    void layout_cover(Painter& painter, const RectF& usable) {
        const std::string name = player(writer_.value_or(0));
        cover_buttons_.set_items({{button_id(WriteChoice::pass), text("party.write_round.pass"), Icon::skip, false, std::nullopt},
                                  {button_id(WriteChoice::ready), strings().format("party.write_round.ready", {{"name", name}}),
                                   Icon::check, true, std::nullopt}});
        if (cover_focus_) cover_buttons_.focus(button_id(WriteChoice::ready));
        cover_focus_ = false;
        cover_.layout(painter, usable, strings().format("party.write_round.handoff_title", {{"name", name}}),
                      text("party.write_round.handoff_body") + "\n\n" + written_line(), cover_buttons_, game_.device(), strings());
    }

    // Everyone still to write has their phone: the TV has nobody to hand over to, and only
    // counts the answers coming in.
    void layout_waiting(Painter& painter, const RectF& usable) {
        cover_buttons_.set_items({{button_id(WriteChoice::card), text("party.back_to_card"), Icon::back, true, std::nullopt}});
        cover_buttons_.focus(button_id(WriteChoice::card));
        cover_focus_ = true;  // the next hand-over starts on its main button
        cover_.layout(painter, usable, text("party.write_round.write_on_phones"),
                      text("party.write_round.phones_body") + "\n\n" + written_line(), cover_buttons_, game_.device(), strings());
    }

    void layout_field(Painter& painter, const RectF& area) {
        OptionItem field{"answer", OptionItem::Kind::text, text("party.write_round.field"), answer_};
        field.placeholder = text("party.write_round.placeholder");
        // The field takes what the round keeps (a phone may send as much), over two lines if need be.
        field.max_chars = max_answer_chars;
        field.wraps = true;
        form_.list().set_items({std::move(field)});
        form_.footer().set_items({{button_id(WriteChoice::pass), text("party.write_round.pass"), Icon::skip, false, std::nullopt},
                                  {button_id(WriteChoice::submit), text("party.write_round.submit"), Icon::check, true, std::nullopt}});
        if (field_focus_) form_.focus_list("answer");
        field_focus_ = false;
        const float top = area.y + heading_height(painter, area, field_title(), prompt());
        const float footer_h = form_.footer_height(painter, game_.device(), strings());
        const float footer_y = area.bottom() - hints_height(painter) - 20 - footer_h;
        form_.layout(painter, {area.x, top, area.w, std::max(120.0f, footer_y - 24 - top)}, {area.x, footer_y, area.w, footer_h},
                     game_.device(), strings());
    }

    void handle_writing(const InputEvent& event) {
        if (!writer_) {
            // Waiting for the phones: only Back to the card; what is typed here is nobody's answer.
            const OptionEvent result = cover_buttons_.handle(event);
            if (result.type == OptionEvent::Type::activated && button_named<WriteChoice>(result.id) == WriteChoice::card) {
                game_.screens().pop();
            }
            return;
        }
        if (covered_) {
            const OptionEvent result = cover_buttons_.handle(event);
            if (result.type != OptionEvent::Type::activated) return;
            if (button_named<WriteChoice>(result.id) == WriteChoice::ready) {
                covered_ = false;
                field_focus_ = true;
            } else {
                pass();
            }
            return;
        }
        const OptionEvent result = form_.handle(event);
        if (result.type == OptionEvent::Type::edited) {
            if (const OptionItem* item = form_.list().find("answer")) answer_ = item->value;
            return;
        }
        if (result.type != OptionEvent::Type::activated) return;
        const std::optional<WriteChoice> choice = button_named<WriteChoice>(result.id);
        if (choice == WriteChoice::pass) {
            pass();
        } else if (choice == WriteChoice::submit || result.id == "answer") {
            // A blank answer is refused by the core: the field keeps the focus.
            if (!game_.night().submit_answer(*writer_, answer_)) {
                form_.focus_list("answer");
                return;
            }
            next_writer();
        }
    }

    void pass() {
        if (!writer_) return;
        game_.night().pass_answer(*writer_);
        next_writer();
    }

    void next_writer() {
        answer_.clear();
        covered_ = true;
        cover_focus_ = true;
        writer_ = current_writer();
        if (step() == WriteStep::revealing) buttons_.focus(button_id(WriteChoice::reveal));
    }

    // ---- revealing, voting, the result ----
    [[nodiscard]] std::string heading() const {
        const WriteRound* now = round();
        if (now == nullptr) return {};
        switch (now->step()) {
            case WriteStep::writing: return {};
            case WriteStep::revealing:
                return strings().format("party.write_round.revealed", {{"number", std::to_string(now->revealed())},
                                                                       {"total", std::to_string(now->answer_count())}});
            case WriteStep::voting:
                if (!tv_voter_) return text("party.write_round.vote_on_phones");
                return strings().format("party.write_round.vote_now", {{"name", player(*tv_voter_)}});
            case WriteStep::finished: {
                if (now->answer_count() == 0) return text("party.write_round.no_answers");
                if (now->answer_count() == 1) return text("party.write_round.one_answer");
                const WriteRoundResult result = now->result();
                if (!result.decided) return text("party.vote_nobody");
                return text(result.favourites.size() > 1 ? "party.write_round.favourites" : "party.write_round.favourite");
            }
        }
        return {};
    }

    [[nodiscard]] std::string status() const {
        const WriteRound* now = round();
        if (now == nullptr) return {};
        if (now->step() == WriteStep::revealing) return text("party.write_round.reveal_detail");
        if (now->step() == WriteStep::voting) {
            const VoteProgress progress = now->vote_progress();
            // The instruction to press a number only when the TV takes a vote.
            return strings().format(short_status_ || !tv_voter_ ? "party.write_round.vote_status_short" : "party.write_round.vote_status",
                                    {{"count", std::to_string(progress.cast)}, {"total", std::to_string(progress.total)}});
        }
        const PartyNight* party = game_.night().party();
        if (now->result().decided && party != nullptr && party->rules().scoring) return text("party.write_round.points");
        return text("party.vote_counted");
    }

    void layout_answers(Painter& painter, const RectF& area) {
        rebuild_answers();
        rebuild_buttons();
        const float hints_h = hints_height(painter);
        buttons_.layout(painter, {area.x, 0, area.w, 100}, HAlign::centre, game_.device(), strings());
        const float buttons_y = area.bottom() - hints_h - 28 - buttons_.height();
        buttons_.layout(painter, {area.x, buttons_y, area.w, buttons_.height()}, HAlign::centre, game_.device(), strings());
        const float text_w = std::min(area.w, 1600.0f);
        short_status_ = painter.canvas().text_scale() > 1.3f;
        const float question_h =
            std::min(painter.measure(prompt(), type::subheading.wrapped(text_w, text::Align::center)).h, area.h * 0.18f);
        question_ = {area.x + (area.w - text_w) / 2, area.y, text_w, question_h};
        heading_y_ = question_.bottom() + 20;
        heading_h_ = painter.measure("Ag", type::heading).h;
        status_x_ = area.x;
        status_w_ = area.w;
        const float status_h = painter.measure(status(), type::body.wrapped(area.w, text::Align::center)).h;
        const float list_top = heading_y_ + heading_h_ + 8 + status_h + 24;
        const RectF list_column = centred_column({area.x, list_top, area.w, std::max(80.0f, buttons_y - 24 - list_top)}, column_width);
        answers_.layout(painter, list_column);
    }

    void rebuild_answers() {
        const WriteRound* now = round();
        std::vector<OptionItem> items;
        if (now != nullptr) {
            const std::vector<std::string> shown = now->shown_answers();
            const bool finished = now->step() == WriteStep::finished;
            const WriteRoundResult result = finished ? now->result() : WriteRoundResult{};
            for (std::size_t i = 0; i < shown.size(); ++i) {
                OptionItem item{answer_prefix + std::to_string(i), OptionItem::Kind::action,
                                std::to_string(i + 1) + ".  " + shown[i]};
                const bool favourite = std::find(result.favourites.begin(), result.favourites.end(), i) != result.favourites.end();
                if (finished && i < result.votes.size()) item.detail = strings().count("party.votes", result.votes[i]);
                if (favourite) item.icon = Icon::star;
                // The newest answer of the reveal stands out.
                item.primary = favourite || (now->step() == WriteStep::revealing && i + 1 == shown.size());
                items.push_back(std::move(item));
            }
        }
        answers_.set_items(std::move(items));
        if (step() != WriteStep::voting || !tv_voter_) answers_.set_active(false);
        // The newest answer of the reveal scrolls into view (the list draws no focus ring while inactive).
        if (step() == WriteStep::revealing && !answers_.items().empty()) answers_.focus(answers_.items().back().id);
    }

    void rebuild_buttons() {
        std::vector<ButtonItem> items;
        switch (step()) {
            case WriteStep::writing: break;
            case WriteStep::revealing:
                items.push_back({button_id(WriteChoice::card), text("party.back_to_card"), Icon::back, false, std::nullopt});
                items.push_back({button_id(WriteChoice::reveal), text("party.write_round.reveal_next"), Icon::chevron_right, true, std::nullopt});
                break;
            case WriteStep::voting:
                if (!tv_voter_) {
                    items.push_back({button_id(WriteChoice::card), text("party.back_to_card"), Icon::back, false, std::nullopt});
                }
                items.push_back({button_id(WriteChoice::undo), text("party.undo"), Icon::chevron_left, false, std::nullopt});
                if (tv_voter_) {
                    items.push_back({button_id(WriteChoice::abstain), text("party.abstain"), Icon::skip, false, std::nullopt});
                }
                break;
            case WriteStep::finished:
                if (round() != nullptr && round()->answer_count() >= 2) {
                    items.push_back({button_id(WriteChoice::undo), text("party.undo"), Icon::chevron_left, false, std::nullopt});
                }
                items.push_back({button_id(WriteChoice::next), text("party.next_card"), Icon::check, true, std::nullopt});
                break;
        }
        buttons_.set_items(std::move(items));
        // Each step starts on its main button; within a step the focus stays where it was moved.
        if (buttons_step_ != step()) {
            buttons_step_ = step();
            if (step() == WriteStep::revealing) buttons_.focus(button_id(WriteChoice::reveal));
            else if (step() == WriteStep::finished) buttons_.focus(button_id(WriteChoice::next));
        }
        if (step() != WriteStep::voting) buttons_.set_active(true);
        else buttons_.set_active(!answers_.active());
    }

    void focus_answers() {
        if (step() != WriteStep::voting) return;
        tv_voter_ = voter_now();
        if (!tv_voter_) {
            answers_.set_active(false);
            buttons_.set_active(true);
            return;
        }
        answers_.set_active(true);
        buttons_.set_active(false);
        // Back to the top for every voter, so nobody can follow where the last one went.
        answers_.focus_first();
    }

    void vote(std::size_t answer) {
        const WriteRound* now = round();
        if (now == nullptr || step() != WriteStep::voting || !tv_voter_ || answer >= now->answer_count()) return;
        const std::size_t voter = *tv_voter_;
        if (now->can_vote_for(voter, answer)) game_.night().vote_answer(voter, answer);
        else game_.night().abstain_answer(voter);  // their own answer: no vote, and no tell-tale message
        after_vote();
    }

    // The TV's voter changed between frames (a phone voted, went away or came back): the focus
    // goes back to the answers for them, or leaves the answers when there is nobody to ask.
    void follow_tv_voter() {
        const bool was_waiting = !tv_voter_.has_value();
        tv_voter_ = voter_now();
        if (!tv_voter_ || answers_.active() || was_waiting) focus_answers();
    }

    void after_vote() {
        tv_voter_ = voter_now();
        if (step() == WriteStep::voting) {
            focus_answers();
            return;
        }
        answers_.set_active(false);
        buttons_.set_active(true);
        buttons_.focus(button_id(WriteChoice::next));
    }

    SessionView view_;
    std::optional<std::size_t> writer_;    // whom the TV hands over to; none while it waits for phones
    std::optional<std::size_t> tv_voter_;  // whom the TV asks for a favourite; none while it waits
    bool covered_ = true;
    bool cover_focus_ = true;
    bool field_focus_ = true;
    std::string answer_;
    MessagePage cover_;
    ButtonRow cover_buttons_;
    Form form_;
    OptionList answers_;
    ButtonRow buttons_;
    RectF question_;
    float heading_y_ = 0;
    float heading_h_ = 0;
    float status_x_ = 0;
    float status_w_ = 0;
    bool short_status_ = false;
    std::optional<WriteStep> buttons_step_;
};

}  // namespace

std::unique_ptr<Screen> make_party_write_screen(ScreenContext& game) { return std::make_unique<PartyWriteScreen>(game); }

}  // namespace kindling::screens
