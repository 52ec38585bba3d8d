// The heart of the game: one card, large and calm, whose turn it is and who answers, and the
// actions (done, swap, favourite, dig deeper, timer). Digging deeper shows a follow-up prompt
// under the card for the player who asked, until the next card. A favourite come back (between
// nights) carries a mark under it: when it was marked, and whether the answer changed. New cards are dealt face down and turned over; with
// reduced motion they cross-fade instead. At a party the same screen reads from across the room:
// the reader's name large, card text at least 64 px, who answers by name, and votes, guesses
// and the scoreboard instead of favourites.
#include "phones/phone_server.hpp"
#include "screens/game_screen.hpp"
#include "screens/party_card.hpp"
#include "screens/screens.hpp"
#include "ui/animation.hpp"
#include "ui/card_content.hpp"
#include "ui/card_sprite.hpp"
#include "ui/widgets/button_row.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace kindling::screens {

using namespace ui;

namespace {

constexpr std::int64_t leave_ms = 220;
constexpr std::int64_t deal_delay_ms = 200;
constexpr std::int64_t deal_ms = 380;
constexpr std::int64_t flip_ms = 300;
constexpr std::int64_t fade_ms = 240;
constexpr std::int64_t fade_delay_ms = 34;

enum class Exit : std::uint8_t { none, done, swap };

// The card's buttons (a party has vote, guess, write and scores where a couple has favourite
// and dig deeper).
enum class CardChoice { done, swap, favourite, dig_deeper, timer, vote, guess, scores, write };
constexpr std::string_view button_name(CardChoice choice) {
    switch (choice) {
        case CardChoice::done: return "done";
        case CardChoice::swap: return "swap";
        case CardChoice::favourite: return "favourite";
        case CardChoice::dig_deeper: return "dig-deeper";
        case CardChoice::timer: return "timer";
        case CardChoice::vote: return "vote";
        case CardChoice::guess: return "guess";
        case CardChoice::scores: return "scores";
        case CardChoice::write: return "write";
    }
    return {};
}

class CardScreen final : public GameScreen {
public:
    explicit CardScreen(ScreenContext& game) : GameScreen(game) {
        refresh_view();
        deal_start_ = game.now_ms();
        dealing_ = true;
    }

    [[nodiscard]] std::string_view name() const override { return "card"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return buttons_.focused_words(); }

    void on_reveal() override {
        refresh_view();
        // A vote or guess over this card has finished: on to the next card.
        if (game_.night().take_next_card_request()) act(Action::done(), Exit::done);
    }

    void layout(Painter& painter) override {
        // The language changed in the settings (over the pause menu): the card under the menu
        // speaks the new language at once, not only when the menu closes.
        if (language_ != game_.strings().language()) refresh_view();
        const RectF area = painter.canvas().content();
        rebuild_buttons();
        const float hints_h = hints_height(painter);
        buttons_.layout(painter, {area.x, 0, area.w, 100}, HAlign::centre, game_.device(), strings());
        const float buttons_y = area.bottom() - hints_h - 30 - buttons_.height();
        buttons_.layout(painter, {area.x, buttons_y, area.w, buttons_.height()}, HAlign::centre, game_.device(),
                        strings());
        label_h_ = painter.measure("Ag", type::label).h;
        top_bar_h_ = std::max({painter.measure("Ag", party_ ? type::heading : type::subheading).h, label_h_ + 18, 64.0f});
        notice_ = view_.notice.code.empty() ? std::string{} : words(view_.notice, strings());
        // The night's own notice comes first; the reader's phone being away only when there is none.
        if (notice_.empty() && reader_phone_away()) notice_ = strings().format("card.phone_away", {{"name", view_.turn.reader}});
        notice_h_ = notice_.empty() ? 0 : notice_height(painter, std::min(area.w, 1320.0f), notice_) + 16;
        follow_up_h_ = follow_up_ ? follow_up_height(painter, std::min(area.w, 1320.0f)) + 16 : 0;
        const float card_top = area.y + top_bar_h_ + 28;
        // The favourite's mark goes under the card; where it would take more than a quarter of
        // the card's room (large text sizes) its words shrink into one line, so the card keeps
        // the room its own words need.
        const float room = buttons_y - 30 - notice_h_ - follow_up_h_ - card_top;
        mark_h_ = 0;
        if (!favourite_mark_.empty()) {
            // As wide as the card it belongs to.
            const float width = CardRenderer::card_rect({area.x, 0, area.w, 1}, painter.canvas().text_scale(), party_).w;
            const float natural = mark_height(painter, width) + 16;
            mark_h_ = natural <= room / 4 ? natural : std::min(natural, compact_mark_height(painter) + 12);
        }
        const RectF card_area{area.x, card_top, area.w, buttons_y - 30 - mark_h_ - notice_h_ - follow_up_h_ - card_top};
        card_ = CardRenderer::card_rect(card_area, painter.canvas().text_scale(), party_);
        if (!view_.card) return;
        if (!face_.outdated(painter, card_, content_)) return;
        // A new face is drawn over two frames, so no frame of the animation stutters: first its
        // words are fitted and rendered (while the last card leaves), then the card around them,
        // once the last card has gone (two card textures at a time, never three, keeps memory
        // down) and while the new card's back is still mostly off screen.
        const std::string identity = content_.text + "\n" + std::to_string(card_.w) + "x" + std::to_string(card_.h) +
                                     "@" + std::to_string(painter.canvas().scale()) + "," +
                                     std::to_string(painter.canvas().text_scale());
        if (prepared_ != identity) {
            renderer_.prepare_face(painter, card_, content_);
            prepared_ = identity;
            if (!face_shown_at(game_.now_ms())) return;
        }
        if (leaving_ != Exit::none && old_face_.ready() && !face_shown_at(game_.now_ms())) return;
        face_.compose_face(painter, renderer_, card_, content_);
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command &&
            (event.command == Command::back || event.command == Command::menu)) {
            game_.screens().push(make_pause_screen(game_));
            return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        const std::optional<CardChoice> choice = button_named<CardChoice>(result.id);
        if (!choice) return;
        switch (*choice) {
            case CardChoice::done: act(Action::done(), Exit::done); break;
            case CardChoice::swap: act(Action::swap(), Exit::swap); break;
            case CardChoice::favourite: act(Action::favourite(), Exit::none); break;
            case CardChoice::dig_deeper: dig_deeper(); break;
            case CardChoice::timer:
                if (timer_offered()) game_.screens().push(make_timer_screen(game_));
                break;
            case CardChoice::vote: game_.screens().push(make_party_vote_screen(game_)); break;
            case CardChoice::guess: game_.screens().push(make_party_guess_screen(game_)); break;
            case CardChoice::scores: game_.screens().push(make_party_scores_screen(game_, false)); break;
            case CardChoice::write: game_.screens().push(make_party_write_screen(game_)); break;
        }
    }

    FrameRequest update(std::int64_t now) override {
        if (!reduced_motion() && leaving_ != Exit::none && now >= leave_start_ + leave_ms) old_face_.release();
        const std::int64_t end = animation_end();
        if (now < end) return FrameRequest::animating();
        dealing_ = false;
        leaving_ = Exit::none;
        old_face_.release();  // only needed while the last card leaves
        return FrameRequest::idle();
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        draw_card(painter);
        draw_top_bar(painter);
        if (mark_h_ > 0 && view_.card) draw_mark(painter, {card_.x, card_.bottom() + 14, card_.w, mark_h_ - 16});
        if (!notice_.empty()) {
            const RectF area = painter.canvas().content();
            const float w = std::min(area.w, 1320.0f);
            draw_notice(painter, {area.x + (area.w - w) / 2, card_.bottom() + 14 + mark_h_, w, notice_h_ - 16}, notice_);
        }
        if (follow_up_) {
            const RectF area = painter.canvas().content();
            const float w = std::min(area.w, 1320.0f);
            draw_follow_up(painter, {area.x + (area.w - w) / 2, card_.bottom() + 14 + mark_h_ + notice_h_, w, follow_up_h_ - 16});
        }
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")},
                             {Command::confirm, focused_label()},
                             {Command::back, text("hints.menu")}});
    }

private:
    [[nodiscard]] Session& session() const { return *game_.night().session(); }

    void refresh_view() {
        language_ = game_.strings().language();
        if (game_.night().session() == nullptr) return;
        view_ = session().view();
        const PartyNight* party = game_.night().party();
        party_ = party != nullptr;
        if (!view_.card) return;
        if (party_) party_turn_ = party->turn(view_.turn);
        const CardView& card = *view_.card;
        CardFacts facts;
        facts.text = card.text;
        facts.kind = card.kind;
        facts.theme_id = card.theme;
        facts.theme = game_.deck_theme(card.deck_id, card.theme);
        facts.level = card.level;
        facts.intensity = card.intensity;
        if (timer_offered()) facts.timer_seconds = static_cast<int>(view_.timer.length_ms / 1000);
        facts.answers_label = party_ ? party_answers_text(card.kind, party_turn_, *party, strings())
                                     : answers_text(card.kind, view_.turn, strings());
        facts.favourite = card.favourite && !party_;
        facts.closing = card.closing;
        content_ = describe_card(facts, strings());
        // The date as the players read it; without the year when it is this night's year.
        favourite_mark_ = card.favourite_marked_at && !party_
                              ? strings().format("card.favourite_back",
                                                 {{"date", date_words(*card.favourite_marked_at, strings(),
                                                                      session().state().started_at)}})
                              : std::string();
        content_.ten_foot = party_;
        card_key_ = card.deck_id + "\n" + card.card_id + "\n" + card.text;
        // A follow-up belongs to the card it was asked on.
        if (follow_up_card_ != card_key_) follow_up_.reset();
        const std::optional<std::size_t> asker = game_.night().follow_up_asker();
        dig_offered_ = !party_ && asker && game_.night().can_dig_deeper(*asker);
    }

    // The one who listened asks for a follow-up; it stays under the card until the next one.
    void dig_deeper() {
        const std::optional<std::size_t> asker = game_.night().follow_up_asker();
        if (!asker) return;
        std::optional<FollowUp> asked = game_.night().dig_deeper(*asker);
        if (!asked) return;
        follow_up_ = std::move(asked);
        follow_up_card_ = card_key_;
        refresh_view();
        rebuild_buttons();
        buttons_.focus(items_primary());
    }

    [[nodiscard]] std::string follow_up_label() const {
        return strings().format("card.follow_up", {{"name", session().setup().players.at(follow_up_->player)}});
    }

    [[nodiscard]] float follow_up_height(Painter& painter, float width) const {
        const float text_w = width - 2 * 32;
        return painter.measure(follow_up_label(), type::label).h + 10 +
               painter.measure(follow_up_->text, type::body.wrapped(text_w)).h + 2 * 22;
    }

    void draw_follow_up(Painter& painter, const RectF& box) const {
        const Palette& palette = painter.palette();
        painter.rounded_rect(box, 18, palette.panel);
        const RectF label = painter.text(follow_up_label(), type::label, {box.x + 32, box.y + 22}, palette.text_muted);
        painter.text(follow_up_->text, type::body.wrapped(box.w - 2 * 32), {box.x + 32, label.bottom() + 10}, palette.text);
    }

    [[nodiscard]] float mark_height(Painter& painter, float width) const {
        return painter.measure(favourite_mark_, type::label.wrapped(width - 2 * 28 - 56)).h + 2 * 22;
    }

    // One line of the mark's words at the smallest size any text may have.
    [[nodiscard]] static TextSpec compact_mark_spec(Painter& painter) {
        TextSpec spec = type::label;
        spec.size = type::minimum_ui / painter.canvas().text_scale();
        return spec;
    }
    [[nodiscard]] static float compact_mark_height(Painter& painter) {
        return painter.measure("Ag", compact_mark_spec(painter)).h + 2 * 8;
    }

    // The favourite's mark: a heart and the question, on the panel colour under the card.
    void draw_mark(Painter& painter, const RectF& box) const {
        const Palette& palette = painter.palette();
        painter.rounded_rect(box, 18, palette.panel);
        const float text_w = box.w - 2 * 28 - 56;
        if (box.h >= mark_height(painter, box.w)) {
            painter.icon(Icon::heart, {box.x + 24, box.y + 22, 40, 40}, palette.accent);
            painter.text(favourite_mark_, type::label.wrapped(text_w), {box.x + 28 + 56, box.y + 22}, palette.text);
            return;
        }
        const float icon = std::clamp(box.h - 16, 8.0f, 40.0f);
        painter.icon(Icon::heart, {box.x + 24, box.y + (box.h - icon) / 2, icon, icon}, palette.accent);
        // One line, never more than the strip holds.
        painter.fitted_text(favourite_mark_, type::label, {box.x + 28 + 56, box.y + 8, text_w, box.h - 16},
                            compact_mark_spec(painter).size, palette.text);
    }

    void act(const Action& action, Exit exit) {
        if (game_.night().session() == nullptr) return;
        // Acting while a card is still arriving lets it land at once: input is never ignored.
        dealing_ = false;
        leaving_ = Exit::none;
        const std::string before = card_key_;
        if (session().apply(action) != ActionResult::applied) return;
        if (session().finished()) {
            end_night(game_);
            return;
        }
        refresh_view();
        if (card_key_ != before) {
            std::swap(face_, old_face_);
            leaving_ = exit == Exit::none ? Exit::done : exit;
            leave_start_ = game_.now_ms();
            deal_start_ = leave_start_ + deal_delay_ms;
            dealing_ = true;
            rebuild_buttons();
            buttons_.focus(items_primary());
        }
    }

    // The reader joined from a phone that is locked or closed now (issue 15): the TV says so,
    // since the room may be waiting for taps that cannot come.
    [[nodiscard]] bool reader_phone_away() const {
        const phones::PhoneServer* server = game_.phone_server();
        if (server == nullptr || !view_.card || game_.night().session() == nullptr) return false;
        const std::vector<std::string>& players = session().setup().players;
        const auto reader = std::find(players.begin(), players.end(), view_.turn.reader);
        if (reader == players.end()) return false;
        const int seat = static_cast<int>(reader - players.begin());
        for (const phones::DeviceSummary& device : server->devices()) {
            if (device.seat == seat) return device.away;
        }
        return false;
    }

    [[nodiscard]] bool reduced_motion() const { return game_.settings().reduced_motion; }

    // A card's timer is on offer until the players chose to go without it ("No timer"): then
    // the card no longer names a length, and there is no timer to open.
    [[nodiscard]] bool timer_offered() const {
        return view_.timer.phase != TimerPhase::none && view_.timer.phase != TimerPhase::skipped;
    }

    // Whether the new card's face is on screen at this time (else it can wait a frame).
    [[nodiscard]] bool face_shown_at(std::int64_t now) const {
        if (!dealing_ && leaving_ == Exit::none) return true;
        if (reduced_motion()) return now >= fade_start();
        return now >= deal_start_ + deal_ms + flip_ms / 2;
    }

    // A cross-fade starts two frames after the action: time to lay out the new card first.
    [[nodiscard]] std::int64_t fade_start() const {
        return (leaving_ != Exit::none ? leave_start_ : deal_start_) + fade_delay_ms;
    }

    [[nodiscard]] std::int64_t animation_end() const {
        std::int64_t end = 0;
        if (reduced_motion()) return dealing_ || leaving_ != Exit::none ? fade_start() + fade_ms : 0;
        if (dealing_) end = deal_start_ + deal_ms + flip_ms;
        if (leaving_ != Exit::none) end = std::max(end, leave_start_ + leave_ms);
        return end;
    }

    void draw_card(Painter& painter) const {
        if (!view_.card) return;
        const std::int64_t now = game_.now_ms();
        if (reduced_motion()) {
            const bool fading = (dealing_ || leaving_ != Exit::none) && now < fade_start() + fade_ms;
            if (!fading) {
                face_.draw(painter);
                return;
            }
            if (leaving_ != Exit::none) old_face_.draw(painter);
            if (now >= fade_start()) face_.draw(painter, {}, 1, progress(now, fade_start(), fade_ms));
            return;
        }
        if (leaving_ != Exit::none && now < leave_start_ + leave_ms) {
            const float t = ease_in_cubic(progress(now, leave_start_, leave_ms));
            const PointF away = leaving_ == Exit::swap ? PointF{0, 1000 * t} : PointF{-1500 * t, -40 * t};
            old_face_.draw(painter, away);
        }
        if (!dealing_) {
            face_.draw(painter);
            return;
        }
        if (now < deal_start_) return;
        if (now < deal_start_ + deal_ms) {
            const float t = ease_out_cubic(progress(now, deal_start_, deal_ms));
            draw_back(painter, {lerp(1300, 0, t), lerp(60, 0, t)}, 1.0f);
            return;
        }
        const float f = progress(now, deal_start_ + deal_ms, flip_ms);
        const float squeeze = std::abs(std::cos(f * std::numbers::pi_v<float>));
        if (f < 0.5f) draw_back(painter, {}, std::max(0.02f, squeeze));
        else if (f < 1.0f) face_.draw(painter, {}, std::max(0.02f, squeeze));
        else face_.draw(painter);
    }

    // The back is drawn live (it is a few large shapes), moved by `offset` and squeezed to
    // `scale_x` of its width while it turns; its mark is not text anyone reads.
    void draw_back(Painter& painter, PointF offset, float scale_x) const {
        RectF card = card_.translated(offset.x, offset.y);
        const float w = card.w * scale_x;
        card = {card.x + (card.w - w) / 2, card.y, w, card.h};
        painter.shadow(card.translated(0, CardRenderer::shadow_drop), CardRenderer::corner_radius,
                       CardRenderer::shadow_blur, painter.palette().shadow, true);
        TextRecorder* recorder = painter.swap_recorder(nullptr);
        renderer_.draw_back(painter, card, text("app.name"));
        painter.swap_recorder(recorder);
    }

    void draw_top_bar(Painter& painter) const {
        if (!view_.card) return;
        const Palette& palette = painter.palette();
        const RectF area = painter.canvas().content();
        const float cy = area.y + top_bar_h_ / 2;
        if (party_) {
            // Read from the sofa: whose turn it is, large.
            painter.icon(Icon::person, {area.x, cy - 32, 64, 64}, palette.accent);
            painter.text(party_reader_text(party_turn_, strings()), type::heading, {area.x + 80, cy}, palette.text,
                         {HAlign::left, VAlign::centre});
        } else {
            painter.icon(Icon::person, {area.x, cy - 24, 48, 48}, palette.accent);
            painter.text(strings().format("card.turn", {{"name", view_.turn.reader}}), type::subheading, {area.x + 64, cy},
                         palette.text, {HAlign::left, VAlign::centre});
        }
        const auto [label, fraction] = progress_text();
        const RectF drawn = painter.text(label, type::label, {area.right(), area.y}, palette.text_muted,
                                         {HAlign::right, VAlign::top});
        const float bar_w = std::max(drawn.w, 280.0f);
        const RectF bar{area.right() - bar_w, drawn.bottom() + 8, bar_w, 8};
        painter.rounded_rect(bar, 4, palette.panel);
        if (fraction > 0) painter.rounded_rect({bar.x, bar.y, std::max(8.0f, bar.w * fraction), bar.h}, 4, palette.accent);
    }

    [[nodiscard]] std::pair<std::string, float> progress_text() const {
        const std::string number = std::to_string(view_.turn.number);
        if (view_.card && view_.card->closing) return {text("card.progress_closing"), 1.0f};
        if (!view_.mode.game_night) {
            const std::string position = std::to_string(view_.mode.set_position + 1);
            const std::string size = std::to_string(view_.mode.set_size);
            const float fraction = view_.mode.set_size == 0 ? 0.0f
                                                            : static_cast<float>(view_.mode.set_position + 1) /
                                                                  static_cast<float>(view_.mode.set_size);
            return {strings().format("card.progress_set",
                                     {{"set", set_title(view_.mode, strings())}, {"number", position}, {"total", size}}),
                    fraction};
        }
        const std::string total = std::to_string(view_.length.amount);
        if (view_.length.unit == LengthUnit::minutes) {
            const auto minutes = view_.elapsed_ms / 60000;
            return {strings().format("card.progress_minutes",
                                     {{"number", number}, {"minutes", std::to_string(minutes)}, {"total", total}}),
                    std::min(1.0f, static_cast<float>(minutes) / static_cast<float>(std::max(1, view_.length.amount)))};
        }
        return {strings().format("card.progress_cards", {{"number", number}, {"total", total}}),
                std::min(1.0f, static_cast<float>(view_.turn.number) / static_cast<float>(std::max(1, view_.length.amount)))};
    }

    void rebuild_buttons() {
        if (party_) {
            rebuild_party_buttons();
            return;
        }
        std::vector<ButtonItem> items;
        items.push_back({button_id(CardChoice::done), text("card.done"), Icon::check, true, std::nullopt});
        items.push_back({button_id(CardChoice::swap), text("card.swap"), Icon::swap, false, Command::swap});
        const bool marked = view_.card && view_.card->favourite;
        items.push_back({button_id(CardChoice::favourite), text(marked ? "card.unfavourite" : "card.favourite"),
                         marked ? Icon::heart : Icon::heart_outline, false, Command::favourite});
        if (dig_offered_) items.push_back({button_id(CardChoice::dig_deeper), text("card.dig_deeper"), Icon::speech, false, std::nullopt});
        if (timer_offered()) items.push_back({button_id(CardChoice::timer), text("card.timer"), Icon::timer, false, Command::timer});
        buttons_.set_items(std::move(items));
    }

    // At a party a vote card is finished by voting and a guess card by guessing; swapping is
    // always there, and the scoreboard takes the favourite's button.
    void rebuild_party_buttons() {
        std::vector<ButtonItem> items;
        const CardKind kind = view_.card ? view_.card->kind : CardKind::question;
        if (kind == CardKind::vote) items.push_back({button_id(CardChoice::vote), text("party.vote"), Icon::raised_hand, true, std::nullopt});
        else if (kind == CardKind::guess) items.push_back({button_id(CardChoice::guess), text("party.guess"), Icon::crystal_ball, true, std::nullopt});
        else if (kind == CardKind::write) {
            // Typing needs a keyboard (or phones): a room with only gamepads says its answers
            // aloud instead, and the card is done like any other.
            items.push_back({button_id(CardChoice::write), text("party.write"), Icon::pencil, true, std::nullopt});
            items.push_back({button_id(CardChoice::done), text("party.say_aloud"), Icon::speech, false, std::nullopt});
        } else items.push_back({button_id(CardChoice::done), text("card.done"), Icon::check, true, std::nullopt});
        items.push_back({button_id(CardChoice::swap), text("card.swap"), Icon::swap, false, Command::swap});
        if (timer_offered()) items.push_back({button_id(CardChoice::timer), text("card.timer"), Icon::timer, false, Command::timer});
        if (game_.night().party()->rules().scoring) {
            items.push_back({button_id(CardChoice::scores), text("party.scores"), Icon::star, false, Command::favourite});
        }
        buttons_.set_items(std::move(items));
        const std::optional<CardChoice> focused = button_named<CardChoice>(buttons_.focused_id());
        const bool kind_changed = std::exchange(party_buttons_kind_, kind) != kind;
        // "Say it aloud" on a write card keeps the focus it was given; a new card starts on its main button.
        const bool keep = focused == CardChoice::done && kind == CardKind::write && !kind_changed;
        if (!keep && (!focused || focused == CardChoice::done || focused == CardChoice::vote || focused == CardChoice::guess ||
                      focused == CardChoice::write)) {
            buttons_.focus(items_primary());
        }
    }

    [[nodiscard]] std::string items_primary() const {
        return buttons_.items().empty() ? std::string{} : buttons_.items().front().id;
    }

    [[nodiscard]] std::string focused_label() const {
        for (const ButtonItem& item : buttons_.items()) {
            if (item.id == buttons_.focused_id()) return item.label;
        }
        return text("hints.choose");
    }

    SessionView view_;
    std::string language_;
    bool party_ = false;
    CardKind party_buttons_kind_ = CardKind::question;
    PartyTurn party_turn_;
    CardContent content_;
    std::string card_key_;
    CardRenderer renderer_;
    CardSprite face_;
    CardSprite old_face_;
    std::string prepared_;  // the face whose words are ready in the text cache
    ButtonRow buttons_;
    RectF card_;
    float top_bar_h_ = 64;
    float label_h_ = 40;
    std::string notice_;  // the session's notice in the players' words
    float notice_h_ = 0;
    std::optional<FollowUp> follow_up_;  // asked on the card on the table
    std::string follow_up_card_;
    bool dig_offered_ = false;
    float follow_up_h_ = 0;
    std::string favourite_mark_;  // empty unless the card on the table is a favourite come back
    float mark_h_ = 0;
    bool dealing_ = false;
    Exit leaving_ = Exit::none;
    std::int64_t deal_start_ = 0;
    std::int64_t leave_start_ = 0;
};

}  // namespace

std::unique_ptr<Screen> make_card_screen(ScreenContext& game) { return std::make_unique<CardScreen>(game); }

}  // namespace kindling::screens
