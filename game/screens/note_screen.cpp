// A note for next time: at the end of a couple night each player may write a short note to the
// other, sealed until their next night together; then, at its start, the one it is for opens it,
// once. A cover page asks for the hand-over first, so only the writer sees what they write and
// only the reader what is for them. A partner with a phone (issue 15) writes there instead, through
// the same NightFlow::write_note, while phone_between_screen waits; notes are opened here.
#include "core/store/between_nights.hpp"
#include "screens/game_screen.hpp"
#include "screens/message_page.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/form.hpp"

#include <ctime>

namespace kindling::screens {

using namespace ui;

namespace {

enum class NoteChoice { ready, skip, seal, done };
constexpr std::string_view button_name(NoteChoice choice) {
    switch (choice) {
        case NoteChoice::ready: return "ready";
        case NoteChoice::skip: return "skip";
        case NoteChoice::seal: return "seal";
        case NoteChoice::done: return "done";
    }
    return {};
}

constexpr float column_width = 1300;

// "Hand the device to NAME" first; then the page itself.
class CoveredPage : public GameScreen {
public:
    CoveredPage(ScreenContext& game, std::size_t player, bool covered) : GameScreen(game), player_(player), covered_(covered) {}

protected:
    [[nodiscard]] std::string me() const { return game_.night().player_name(player_); }
    [[nodiscard]] std::string other() const {
        const std::size_t count = game_.night().player_count();
        return count > 1 ? game_.night().player_name((player_ + 1) % count) : std::string();
    }
    bool layout_cover(Painter& painter, const RectF& usable, std::string_view body_key) {
        if (!covered_) return false;
        cover_buttons_.set_items({{button_id(NoteChoice::skip), text("note.not_now"), Icon::skip, false, std::nullopt},
                                  {button_id(NoteChoice::ready), strings().format("closeness.ready", {{"name", me()}}),
                                   Icon::check, true, std::nullopt}});
        if (first_cover_) cover_buttons_.focus(button_id(NoteChoice::ready));
        first_cover_ = false;
        cover_.layout(painter, usable, strings().format("closeness.handoff_title", {{"name", me()}}), text(body_key),
                      cover_buttons_, game_.device(), strings());
        return true;
    }
    // True when the cover handled the event; `skipped` when the player chose "not now".
    bool handle_cover(const InputEvent& event, bool& skipped) {
        if (!covered_) return false;
        const OptionEvent result = cover_buttons_.handle(event);
        if (result.type == OptionEvent::Type::activated) {
            if (button_named<NoteChoice>(result.id) == NoteChoice::ready) covered_ = false;
            else skipped = true;
        }
        return true;
    }
    bool draw_cover(Painter& painter) const {
        if (!covered_) return false;
        cover_.draw(painter, Icon::hands);
        cover_buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")}, {Command::confirm, text("hints.choose")}});
        return true;
    }

    std::size_t player_;
    bool covered_;

private:
    ButtonRow cover_buttons_;
    MessagePage cover_;
    bool first_cover_ = true;
};

class NoteWriteScreen final : public CoveredPage {
public:
    using CoveredPage::CoveredPage;

    [[nodiscard]] std::string_view name() const override { return "note"; }
    [[nodiscard]] bool wants_text_input() const override { return !covered_ && form_.wants_text_input(); }
    [[nodiscard]] std::string focused_id() const override { return form_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return form_.focused_words(); }

    void layout(Painter& painter) override {
        const RectF area = centred_column(painter.canvas().content(), column_width);
        const RectF usable{area.x, area.y, area.w, area.h - hints_height(painter) - 20};
        if (layout_cover(painter, usable, "note.handoff_body_write")) return;
        OptionItem field{"note", OptionItem::Kind::text, strings().format("note.field", {{"other", other()}}), note_};
        field.placeholder = text("note.placeholder");
        // The note takes what the between-nights file keeps, over as many lines as it needs.
        field.max_chars = max_note_chars;
        field.wraps = true;
        form_.list().set_items({std::move(field)});
        form_.footer().set_items({{button_id(NoteChoice::skip), text("note.not_now"), Icon::skip, false, std::nullopt},
                                  {button_id(NoteChoice::seal), text("note.seal"), Icon::heart, true, std::nullopt}});
        if (first_layout_) form_.focus_list("note");
        first_layout_ = false;
        const float top = area.y + heading_height(painter, area, title(), strings().format("note.subtitle", {{"other", other()}}));
        const float footer_h = form_.footer_height(painter, game_.device(), strings());
        const float footer_y = usable.bottom() - footer_h;
        form_.layout(painter, {area.x, top, area.w, std::max(120.0f, footer_y - 24 - top)}, {area.x, footer_y, area.w, footer_h},
                     game_.device(), strings());
    }

    void handle(const InputEvent& event) override {
        bool skipped = false;
        if (event.type == InputEvent::Type::command && event.command == Command::back) skipped = true;
        else if (handle_cover(event, skipped)) {
        } else {
            const OptionEvent result = form_.handle(event);
            if (result.type == OptionEvent::Type::edited) {
                if (const OptionItem* item = form_.list().find("note")) note_ = item->value;
            } else if (result.type == OptionEvent::Type::activated) {
                const std::optional<NoteChoice> choice = button_named<NoteChoice>(result.id);
                if (choice == NoteChoice::skip) skipped = true;
                if (choice == NoteChoice::seal || result.id == "note") {
                    if (!game_.night().write_note(player_, note_)) {
                        form_.focus_list("note");
                        return;
                    }
                    continue_to_summary(game_);
                    return;
                }
            }
        }
        if (skipped) {
            game_.night().decline_note(player_);
            continue_to_summary(game_);
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        if (draw_cover(painter)) return;
        draw_heading(painter, centred_column(painter.canvas().content(), column_width), title(), strings().format("note.subtitle", {{"other", other()}}));
        form_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::down, text("hints.move")},
                             {Command::confirm, text(wants_text_input() ? "note.seal" : "hints.choose")},
                             {Command::back, text("note.not_now")}});
    }

private:
    [[nodiscard]] std::string title() const { return strings().format("note.title_write", {{"name", me()}, {"other", other()}}); }

    Form form_;
    std::string note_;
    bool first_layout_ = true;
};

// "When" as a date in the players' words: the month and year a favourite was marked.
std::string marked_when(std::int64_t unix_seconds, const UiStrings& strings) {
    const std::time_t at = static_cast<std::time_t>(unix_seconds);
    std::tm parts{};
    gmtime_r(&at, &parts);
    return strings.format("ournights.date", {{"day", std::to_string(parts.tm_mday)},
                                              {"month", std::string(strings.text("ournights.months." + std::to_string(parts.tm_mon + 1)))},
                                              {"year", std::to_string(parts.tm_year + 1900)}});
}

// A sealed note opened at the start of a night: one page, one button.
class NoteReadScreen final : public CoveredPage {
public:
    NoteReadScreen(ScreenContext& game, std::size_t player, bool covered, std::optional<SealedNote> note)
        : CoveredPage(game, player, covered), note_(std::move(note)) {}

    [[nodiscard]] std::string_view name() const override { return "note-read"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return buttons_.focused_words(); }

    void layout(Painter& painter) override {
        const RectF area = painter.canvas().content();
        const RectF usable{area.x, area.y, area.w, area.h - hints_height(painter) - 20};
        if (layout_cover(painter, usable, "note.handoff_body_read")) return;
        if (!note_) note_ = game_.night().open_note(player_);
        buttons_.set_items({{button_id(NoteChoice::done), text("note.close"), Icon::check, true, std::nullopt}});
        page_.layout(painter, usable, strings().format("note.title_read", {{"name", me()}, {"from", note_ ? note_->from : other()}}),
                     note_ ? strings().format("ournights.quoted", {{"text", note_->text}}) : std::string(), buttons_, game_.device(), strings());
    }

    void handle(const InputEvent& event) override {
        bool skipped = false;
        if (handle_cover(event, skipped)) {
            if (skipped) {
                game_.night().keep_notes_sealed(player_);
                continue_into_night(game_);
            }
            return;
        }
        const bool back = event.type == InputEvent::Type::command && event.command == Command::back;
        const OptionEvent result = buttons_.handle(event);
        if (back || result.type == OptionEvent::Type::activated) continue_into_night(game_);
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        if (draw_cover(painter)) return;
        page_.draw(painter, Icon::speech);
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::confirm, text("hints.choose")}});
    }

private:
    std::optional<SealedNote> note_;
    ButtonRow buttons_;
    MessagePage page_;
};

}  // namespace

std::unique_ptr<Screen> make_note_screen(ScreenContext& game, std::size_t player, bool covered) {
    return std::make_unique<NoteWriteScreen>(game, player, covered);
}

std::unique_ptr<Screen> make_note_read_screen(ScreenContext& game, std::size_t player, bool covered) {
    return std::make_unique<NoteReadScreen>(game, player, covered, std::nullopt);
}

std::string date_words(std::int64_t unix_seconds, const UiStrings& strings) { return marked_when(unix_seconds, strings); }

std::string date_words(std::int64_t unix_seconds, const UiStrings& strings, std::int64_t now) {
    const auto parts_of = [](std::int64_t seconds) {
        const std::time_t at = static_cast<std::time_t>(seconds);
        std::tm parts{};
        gmtime_r(&at, &parts);
        return parts;
    };
    const std::tm when = parts_of(unix_seconds);
    if (when.tm_year != parts_of(now).tm_year) return marked_when(unix_seconds, strings);
    return strings.format("ournights.date_this_year",
                          {{"day", std::to_string(when.tm_mday)},
                           {"month", std::string(strings.text("ournights.months." + std::to_string(when.tm_mon + 1)))}});
}

}  // namespace kindling::screens
