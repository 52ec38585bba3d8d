// The calm timer of gestures and dares: it starts only when the players are ready, can be
// paused, given more time or skipped, and running out changes nothing but the display.
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"
#include "ui/card_content.hpp"
#include "ui/text/sdl_handles.hpp"
#include "ui/widgets/button_row.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace kindling::screens {

using namespace ui;

namespace {

// While running, a frame is drawn only when a drawn pixel changes: the digits each second, the
// ring's end each thousandth of the circle (under two pixels at 1080p), at most ten times a
// second. Everything else on the screen is kept in a texture and copied, and only the ring's
// moving end is rasterised again (ShapeCache::patch_arc), so a running timer costs little.
constexpr std::int64_t shortest_tick_ms = 100;

// How long until `remaining` crosses the next multiple of `step` (at least 1 ms).
std::int64_t until_next_step(std::int64_t remaining, double step, double offset) {
    if (step <= 0) return shortest_tick_ms;
    const double steps = (static_cast<double>(remaining) - offset) / step;
    const double below = std::floor(steps - 1e-9);
    const double next = below * step + offset;
    return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(static_cast<double>(remaining) - next)));
}

enum class TimerChoice { toggle, shorter, longer, extend, skip, card };
constexpr std::string_view button_name(TimerChoice choice) {
    switch (choice) {
        case TimerChoice::toggle: return "toggle";
        case TimerChoice::shorter: return "shorter";
        case TimerChoice::longer: return "longer";
        case TimerChoice::extend: return "extend";
        case TimerChoice::skip: return "skip";
        case TimerChoice::card: return "card";
    }
    return {};
}

class TimerScreen final : public GameScreen {
public:
    explicit TimerScreen(ScreenContext& game) : GameScreen(game) {
        refresh();
        buttons_.focus(button_id(TimerChoice::toggle));
    }

    [[nodiscard]] std::string_view name() const override { return "timer"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return buttons_.focused_words(); }

    void layout(Painter& painter) override {
        refresh();
        rebuild_buttons();
        const RectF area = painter.canvas().content();
        buttons_.layout(painter, {area.x, 0, area.w, 100}, HAlign::centre, game_.device(), strings());
        const float buttons_y = area.bottom() - hints_height(painter) - 30 - buttons_.height();
        buttons_.layout(painter, {area.x, buttons_y, area.w, buttons_.height()}, HAlign::centre, game_.device(),
                        strings());
        const float text_h = view_.card ? std::min(painter.measure(view_.card->text, type::body.wrapped(std::min(area.w, 1500.0f),
                                                                                                       text::Align::center)).h,
                                                   220.0f)
                                        : 0;
        text_box_ = {area.x + (area.w - std::min(area.w, 1500.0f)) / 2, area.y, std::min(area.w, 1500.0f), text_h};
        const float ring_top = text_box_.bottom() + 40;
        const float ring_space = buttons_y - 40 - ring_top;
        ring_radius_ = std::max(80.0f, std::min(ring_space / 2, 300.0f));
        ring_centre_ = {area.centre().x, ring_top + ring_space / 2};
    }

    void handle(const InputEvent& event) override {
        ++inputs_;  // focus, hover and presses change the buttons: the kept scene is redrawn
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            game_.screens().pop();
            return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        Session* session = game_.night().session();
        if (session == nullptr) return;
        const std::optional<TimerChoice> choice = button_named<TimerChoice>(result.id);
        if (choice == TimerChoice::toggle) {
            if (view_.timer.phase == TimerPhase::running) {
                session->apply(Action::timer_pause());
            } else {
                session->apply(Action::timer_start());
            }
        } else if (choice == TimerChoice::shorter || choice == TimerChoice::longer) {
            const int step = choice == TimerChoice::shorter ? -15 : 15;
            const int seconds = static_cast<int>(view_.timer.length_ms / 1000) + step;
            session->apply(Action::timer_length(std::clamp(seconds, view_.timer.min_seconds, view_.timer.max_seconds)));
        } else if (choice == TimerChoice::extend) {
            session->apply(Action::timer_extend(default_timer_extension_seconds));
        } else if (choice == TimerChoice::skip) {
            session->apply(Action::timer_skip());
            game_.screens().pop();
            return;
        } else if (choice == TimerChoice::card) {
            game_.screens().pop();
            return;
        }
        refresh();
    }

    FrameRequest update(std::int64_t now) override {
        refresh();
        if (view_.timer.phase != TimerPhase::running) return FrameRequest::idle();
        const TimerView& timer = view_.timer;
        // The digits change as the remaining time crosses a whole second; the ring as it
        // crosses half a thousandth of the length (ShapeCache rounds to thousandths).
        const double thousandth = static_cast<double>(timer.length_ms) / 1000.0;
        const std::int64_t wait = std::min(until_next_step(timer.remaining_ms, 1000.0, 0.0),
                                           until_next_step(timer.remaining_ms, thousandth, thousandth / 2));
        // Never more often than ten times a second, and awake at the very end.
        const std::int64_t paced = std::min(std::max(shortest_tick_ms, wait), std::max<std::int64_t>(1, timer.remaining_ms));
        return FrameRequest::at(now + paced);
    }

    void draw(Painter& painter) const override {
        // A frame that records its text (tests) draws everything, so every word is seen.
        const Kept kept = painter.recorder() != nullptr ? Kept::no : draw_kept_scene(painter);
        if (kept == Kept::no) {
            draw_scene(painter);
            whole_frame_is_ours_ = game_.screens().top() == this;
        }
        if (kept != Kept::patched) draw_clock(painter);
        drawn_thousandths_ = thousandths();
        drawn_seconds_ = seconds_shown();
    }

private:
    // Everything but the ring's arc and the digits: the same until the players do something.
    void draw_scene(Painter& painter) const {
        draw_backdrop(painter);
        const Palette& palette = painter.palette();
        if (view_.card) {
            painter.fitted_text(view_.card->text, type::body.wrapped(text_box_.w, text::Align::center), text_box_,
                                type::minimum_ui, palette.text_muted, VAlign::top);
        }
        painter.ring_outline(ring_centre_, ring_radius_, 18, palette.panel);
        painter.text(state_text(), type::label, {ring_centre_.x, ring_centre_.y + clock_height() * 0.55f + 6},
                     palette.text_muted, {HAlign::centre, VAlign::top});
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("timer.back")}});
    }

    // The clock is sized to its ring, whatever the text size (it is already very large), so the
    // line under it stays clear of it.
    [[nodiscard]] float clock_height() const { return std::min(150.0f, ring_radius_ * 0.55f); }

    void draw_clock(Painter& painter) const {
        const Palette& palette = painter.palette();
        painter.arc(ring_centre_, ring_radius_, 18, fraction(), palette.accent);
        const TextSpec big{text::FontRole::bold, clock_height() / painter.canvas().text_scale()};
        painter.text(clock_text(seconds_shown()), big, {ring_centre_.x, ring_centre_.y - 12}, palette.text,
                     {HAlign::centre, VAlign::centre});
    }

    [[nodiscard]] float fraction() const {
        const TimerView& timer = view_.timer;
        const float part = timer.length_ms > 0 ? static_cast<float>(timer.remaining_ms) / static_cast<float>(timer.length_ms)
                                               : 0.0f;
        return std::clamp(part, 0.0f, 1.0f);
    }
    // What the frame shows: the arc in thousandths of the circle (as ShapeCache draws it), the
    // digits in whole seconds.
    [[nodiscard]] int thousandths() const { return static_cast<int>(std::lround(fraction() * 1000.0f)); }
    [[nodiscard]] long long seconds_shown() const { return (view_.timer.remaining_ms + 999) / 1000; }

    // Where the digits may be drawn, and where the arc changes between two of its lengths
    // (thousandths), with room for anti-aliasing.
    [[nodiscard]] RectF digits_box() const {
        const float h = clock_height() * 1.4f;
        const float w = std::min(2 * ring_radius_, clock_height() * 4);
        return {ring_centre_.x - w / 2, ring_centre_.y - 12 - h / 2, w, h};
    }
    [[nodiscard]] RectF arc_box(int from, int to) const {
        constexpr float two_pi = 6.2831853f;
        const float radius = ring_radius_ - 10;
        const float reach = 9 + 4;
        float left = ring_centre_.x + ring_radius_;
        float top = ring_centre_.y + ring_radius_;
        float right = ring_centre_.x - ring_radius_;
        float bottom = ring_centre_.y - ring_radius_;
        const int low = std::min(from, to);
        const int high = std::max(from, to);
        for (int step = low; step <= high; ++step) {
            const float angle = two_pi * static_cast<float>(step) / 1000.0f;
            const float x = ring_centre_.x + radius * std::sin(angle);
            const float y = ring_centre_.y - radius * std::cos(angle);
            left = std::min(left, x - reach);
            right = std::max(right, x + reach);
            top = std::min(top, y - reach);
            bottom = std::max(bottom, y + reach);
        }
        return {left, top, std::max(0.0f, right - left), std::max(0.0f, bottom - top)};
    }

    // How a frame used the kept scene: not at all (the renderer cannot draw into textures, or
    // the frame records its text), copied whole (the clock still to be drawn), or patched (only
    // where the arc or the digits changed, the clock drawn there already).
    enum class Kept { no, copied, patched };

    Kept draw_kept_scene(Painter& painter) const {
        SDL_Renderer& renderer = painter.renderer();
        int w = 0;
        int h = 0;
        if (SDL_GetRendererOutputSize(&renderer, &w, &h) != 0 || SDL_RenderTargetSupported(&renderer) == SDL_FALSE ||
            SDL_GetRenderTarget(&renderer) != nullptr) {
            return Kept::no;
        }
        const std::string key = std::to_string(w) + "x" + std::to_string(h) + "/" +
                                std::to_string(game_.render_generation()) + "/" + std::to_string(inputs_) + "/" +
                                std::string(to_string(view_.timer.phase)) + "/" + focused_id() + "/" +
                                std::to_string(static_cast<int>(game_.device())) + "/" +
                                std::to_string(static_cast<int>(painter.pad_style())) + "/" + state_text();
        // On SDL's software renderer the window keeps the last frame: when it was this screen's
        // alone and nothing in the scene changed, only the ring's square is copied afresh.
        const bool on_top = game_.screens().top() == this;
        const bool only_the_ring = on_top && whole_frame_is_ours_ && scene_ && key == scene_key_ &&
                                   renders_in_software(renderer);
        whole_frame_is_ours_ = on_top;
        if (only_the_ring) {
            // Only where something moved: the scene is put back there and the clock drawn over it
            // (drawing the arc over itself would darken its soft edges).
            std::vector<SDL_Rect> changed;
            if (seconds_shown() != drawn_seconds_) changed.push_back(painter.pixels(digits_box()));
            if (thousandths() != drawn_thousandths_) changed.push_back(painter.pixels(arc_box(drawn_thousandths_, thousandths())));
            for (const SDL_Rect& rect : changed) {
                SDL_RenderSetClipRect(&renderer, &rect);
                SDL_RenderCopy(&renderer, scene_.get(), &rect, &rect);
                draw_clock(painter);
            }
            SDL_RenderSetClipRect(&renderer, nullptr);
            return Kept::patched;
        }
        if (!scene_ || key != scene_key_) {
            if (!scene_ || scene_w_ != w || scene_h_ != h) {
                scene_.reset(SDL_CreateTexture(&renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h));
                if (!scene_) return Kept::no;
                SDL_SetTextureBlendMode(scene_.get(), SDL_BLENDMODE_NONE);
                scene_w_ = w;
                scene_h_ = h;
            }
            if (SDL_SetRenderTarget(&renderer, scene_.get()) != 0) return Kept::no;
            draw_scene(painter);
            SDL_SetRenderTarget(&renderer, nullptr);
            scene_key_ = key;
        }
        SDL_RenderCopy(&renderer, scene_.get(), nullptr, nullptr);
        return Kept::copied;
    }

    void refresh() {
        if (Session* session = game_.night().session()) view_ = session->view();
    }

    // "Start when you're ready" for one person, "... both ready" for two, "... everyone" for more.
    [[nodiscard]] std::string state_text() const {
        if (view_.timer.phase != TimerPhase::ready) return text("timer.state." + std::string(to_string(view_.timer.phase)));
        std::size_t people = view_.turn.speakers.size();
        if (const PartyNight* party = game_.night().party()) people = party->turn(view_.turn).answerers.size();
        return text(timer_ready_key(people));
    }

    void rebuild_buttons() {
        const TimerPhase phase = view_.timer.phase;
        std::vector<ButtonItem> items;
        const bool running = phase == TimerPhase::running;
        const bool done = phase == TimerPhase::finished || phase == TimerPhase::skipped;
        if (!done) {
            ButtonItem toggle{button_id(TimerChoice::toggle), text(running ? "timer.pause" : phase == TimerPhase::paused ? "timer.continue" : "timer.start"),
                              running ? Icon::pause : Icon::play, true, std::nullopt};
            // One width for all three labels: the buttons stay put when Pause becomes Continue.
            toggle.other_labels = {text("timer.start"), text("timer.pause"), text("timer.continue")};
            items.push_back(std::move(toggle));
        }
        if (view_.timer.length_choosable) {
            items.push_back({button_id(TimerChoice::shorter), text("timer.shorter"), Icon::chevron_left, false, std::nullopt});
            items.push_back({button_id(TimerChoice::longer), text("timer.longer"), Icon::chevron_right, false, std::nullopt});
        } else if (phase != TimerPhase::ready && phase != TimerPhase::skipped) {
            items.push_back({button_id(TimerChoice::extend), text("timer.extend"), Icon::plus, false, std::nullopt});
        }
        if (!done) items.push_back({button_id(TimerChoice::skip), text("timer.skip"), Icon::skip, false, std::nullopt});
        items.push_back({button_id(TimerChoice::card), text("timer.back"), Icon::back, done, std::nullopt});
        buttons_.set_items(std::move(items));
        if (buttons_.focused_id().empty()) buttons_.focus(button_id(done ? TimerChoice::card : TimerChoice::toggle));
    }

    static bool renders_in_software(SDL_Renderer& renderer) {
        SDL_RendererInfo info{};
        return SDL_GetRendererInfo(&renderer, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0;
    }

    void on_reveal() override { whole_frame_is_ours_ = false; }

    SessionView view_;
    long long inputs_ = 0;
    mutable bool whole_frame_is_ours_ = false;  // the last frame drawn was this screen's alone
    mutable int drawn_thousandths_ = -1;         // what the last frame showed
    mutable long long drawn_seconds_ = -1;
    mutable text::TexturePtr scene_;
    mutable std::string scene_key_;
    mutable int scene_w_ = 0;
    mutable int scene_h_ = 0;
    ButtonRow buttons_;
    RectF text_box_;
    PointF ring_centre_;
    float ring_radius_ = 200;
};

}  // namespace

std::unique_ptr<Screen> make_timer_screen(ScreenContext& game) { return std::make_unique<TimerScreen>(game); }

}  // namespace kindling::screens
