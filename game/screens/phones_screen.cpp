// The phones' join panel, read from across the room: a QR code of the page's address, the
// address itself and the room code in large letters, and everyone who joined, with their seat
// or "away". The host moves along the list (up/down) and removes a device with confirm; back
// closes the panel (Phones stays on). Shown when Phones is turned on, and from the night's menu.
#include "phones/phone_server.hpp"
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"

#include <qrencode.h>

namespace kindling::screens {

using namespace ui;

namespace {

// Dark modules of a QR code, row by row; empty when the text could not be encoded.
struct QrModules {
    int size = 0;
    std::vector<bool> dark;
};

QrModules encode_qr(const std::string& text) {
    QrModules modules;
    QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (code == nullptr) return modules;
    modules.size = code->width;
    const auto count = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
    modules.dark.resize(count);
    for (std::size_t index = 0; index < count; ++index) modules.dark[index] = (code->data[index] & 1) != 0;
    QRcode_free(code);
    return modules;
}

class PhonesScreen final : public GameScreen {
public:
    PhonesScreen(ScreenContext& game, std::optional<PhonePanelSample> sample)
        : GameScreen(game), sample_(std::move(sample)) {
        qr_ = encode_qr(url());
    }

    [[nodiscard]] std::string_view name() const override { return "phones"; }
    [[nodiscard]] std::string focused_id() const override {
        const auto list = devices();
        return focus_of(list) < list.size() ? "device-" + std::to_string(list[focus_].id) : "close";
    }

    // Everything is measured first: with large text (or long German words) the room code and the
    // rows shrink before anything leaves the screen.
    void layout(Painter& painter) override {
        area_ = painter.canvas().content();
        area_.h -= hints_height(painter) + 20;
        show_how_ = true;
        top_ = area_.y + heading_height(painter, area_, text("phones.title"), text("phones.how"));
        qr_side_ = std::max(0.0f, std::min(area_.bottom() - top_, area_.w * 0.36f));
        right_x_ = area_.x + qr_side_ + 64;
        right_w_ = std::max(1.0f, area_.right() - right_x_);
        const auto needed = [&](const TextSpec& code) {
            return painter.measure(text("phones.address"), type::label.wrapped(right_w_)).h + 4 +
                   painter.measure(url(), type::subheading.wrapped(right_w_)).h + 28 +
                   painter.measure(text("phones.room_code"), type::label.wrapped(right_w_)).h +
                   painter.measure(room_code(), code).h + 28 + row_height(painter) + 20 + row_height(painter);
        };
        code_spec_ = type::display;
        if (top_ + needed(code_spec_) > area_.bottom()) code_spec_ = type::heading;
        if (top_ + needed(code_spec_) > area_.bottom()) code_spec_ = type::subheading;
        if (top_ + needed(code_spec_) > area_.bottom()) {
            // The longest words at the largest text: the how-to line gives way.
            show_how_ = false;
            top_ = area_.y + heading_height(painter, area_, text("phones.title"));
            qr_side_ = std::max(0.0f, std::min(area_.bottom() - top_, area_.w * 0.36f));
        }
    }

    void handle(const InputEvent& event) override {
        if (event.type != InputEvent::Type::command) return;
        const auto list = devices();
        switch (event.command) {
            case Command::back: game_.screens().pop(); break;
            // The Close button (index = the number of devices) has the focus at first, so a stray
            // confirm closes the panel and removes nobody.
            case Command::up: focus_ = focus_of(list) == 0 ? list.size() : focus_of(list) - 1; break;
            case Command::down: focus_ = focus_of(list) >= list.size() ? 0 : focus_of(list) + 1; break;
            case Command::confirm:
                if (focus_ < list.size()) remove(list[focus_].id);
                else game_.screens().pop();
                break;
            default: break;
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const Palette& palette = painter.palette();
        draw_heading(painter, area_, text("phones.title"), show_how_ ? text("phones.how") : std::string());
        if (qr_side_ > 0) draw_qr(painter, {area_.x, top_, qr_side_, qr_side_});

        float y = top_;
        const auto line = [&](const std::string& words, const TextSpec& spec, Colour colour) {
            y = painter.text(words, spec, {right_x_, y}, colour).bottom();
        };
        line(text("phones.address"), type::label.wrapped(right_w_), palette.text_muted);
        y += 4;
        line(url(), type::subheading.wrapped(right_w_), palette.text);
        y += 28;
        line(text("phones.room_code"), type::label.wrapped(right_w_), palette.text_muted);
        line(room_code(), code_spec_, palette.accent);
        y += 28;

        const auto list = devices();
        if (list.empty()) {
            painter.push_clip({right_x_, y, right_w_, std::max(0.0f, area_.bottom() - y)});
            painter.text(text("phones.nobody"), type::body.wrapped(right_w_), {right_x_, y}, palette.text_muted);
            painter.pop_clip();
        }
        const float row_h = row_height(painter);
        const float columns = list.size() > 8 ? 2.0f : 1.0f;
        const float column_w = (right_w_ - (columns - 1) * 24) / columns;
        for (std::size_t index = 0; index < list.size(); ++index) {
            const float column = index >= 8 ? 1.0f : 0.0f;
            const RectF row{right_x_ + column * (column_w + 24), y + static_cast<float>(index % 8) * (row_h + 8), column_w, row_h};
            if (row.bottom() > area_.bottom() - row_h - 20) break;  // Close keeps its place
            const bool focused = index == focus_of(list);
            painter.rounded_rect(row, 16, focused ? palette.panel_focus : palette.panel);
            if (focused) painter.rounded_outline(row.inset(-4), 20, 4, palette.focus_ring);
            const DeviceLine& device = list[index];
            std::string label = device.name;
            if (device.away) label += " \u00b7 " + text("phones.away");
            painter.push_clip(row);
            painter.text(label, type::label_bold, {row.x + 24, row.y + 12}, device.away ? palette.text_muted : palette.text);
            painter.pop_clip();
        }
        // Close, under the list (or where the list would start).
        const auto fitting_rows = static_cast<std::size_t>(std::max(0.0f, (area_.bottom() - row_h - 20 - y + 8) / (row_h + 8)));
        const std::size_t shown_rows = std::min<std::size_t>({list.size(), 8, fitting_rows});
        const float close_y = list.empty() ? y + painter.measure(text("phones.nobody"), type::body.wrapped(right_w_)).h + 28
                                           : y + static_cast<float>(shown_rows) * (row_h + 8) + 20;
        const std::string close = text("phones.close");
        const float close_w = std::min(right_w_, painter.measure(close, type::label_bold).w + 64);
        const RectF close_box{right_x_, std::max(y, std::min(close_y, area_.bottom() - row_h)), close_w, row_h};
        painter.rounded_rect(close_box, 16, palette.accent);
        if (focus_of(list) >= list.size()) painter.rounded_outline(close_box.inset(-6), 22, 4, palette.focus_ring);
        painter.text(close, type::label_bold, {close_box.x + 32, close_box.y + 12}, palette.accent_text);

        std::vector<Hint> hints;
        if (!list.empty()) hints.push_back({Command::down, text("phones.hints.choose")});
        hints.push_back({Command::confirm, text(focus_of(list) < list.size() ? "phones.hints.remove" : "phones.close")});
        hints.push_back({Command::back, text("phones.hints.close")});
        draw_hints(painter, hints);
    }

private:
    struct DeviceLine {
        std::uint32_t id = 0;
        std::string name;
        bool away = false;
    };

    [[nodiscard]] std::string url() const {
        if (sample_) return sample_->url;
        const phones::PhoneServer* server = game_.phone_server();
        return server != nullptr ? server->url() : std::string();
    }
    [[nodiscard]] std::string room_code() const {
        if (sample_) return sample_->room_code;
        const phones::PhoneServer* server = game_.phone_server();
        return server != nullptr ? server->room_code() : std::string();
    }
    [[nodiscard]] std::vector<DeviceLine> devices() const {
        std::vector<DeviceLine> lines;
        if (sample_) {
            std::uint32_t id = 1;
            for (const auto& [name, away] : sample_->devices) lines.push_back({id++, name, away});
            return lines;
        }
        if (const phones::PhoneServer* server = game_.phone_server()) {
            for (const phones::DeviceSummary& device : server->devices()) lines.push_back({device.id, device.name, device.away});
        }
        return lines;
    }

    void remove(std::uint32_t device) {
        if (sample_) {
            if (device >= 1 && device <= sample_->devices.size()) sample_->devices.erase(sample_->devices.begin() + (device - 1));
        } else if (phones::PhoneServer* server = game_.phone_server()) {
            server->remove_device(device);
        }
        const std::size_t left = devices().size();
        if (focus_ >= left) focus_ = left;  // Close
    }

    // Dark modules on a light square with the quiet zone around them that scanners need.
    void draw_qr(Painter& painter, const RectF& box) const {
        painter.rounded_rect(box, 16, Colour{255, 255, 255, 255});
        if (qr_.size == 0) return;
        constexpr int quiet_zone = 4;
        const float module = box.w / static_cast<float>(qr_.size + 2 * quiet_zone);
        const float origin_x = box.x + module * quiet_zone;
        const float origin_y = box.y + module * quiet_zone;
        for (int row = 0; row < qr_.size; ++row) {
            for (int column = 0; column < qr_.size; ++column) {
                if (!qr_.dark[static_cast<std::size_t>(row * qr_.size + column)]) continue;
                // A hair wider than a module, so neighbours meet without seams at any scale.
                painter.fill_rect({origin_x + static_cast<float>(column) * module, origin_y + static_cast<float>(row) * module,
                                   module + 0.5f, module + 0.5f},
                                  Colour{0, 0, 0, 255});
            }
        }
    }

    [[nodiscard]] static float row_height(Painter& painter) { return painter.measure("Ag", type::label_bold).h + 24; }

    std::optional<PhonePanelSample> sample_;
    QrModules qr_;
    RectF area_;
    float top_ = 0;
    bool show_how_ = true;
    float qr_side_ = 0;
    float right_x_ = 0;
    float right_w_ = 1;
    TextSpec code_spec_ = type::display;
    // The focused row, or the number of devices for Close (also when devices left meanwhile).
    [[nodiscard]] std::size_t focus_of(const std::vector<DeviceLine>& list) const { return std::min(focus_, list.size()); }
    std::size_t focus_ = static_cast<std::size_t>(-1);
};

}  // namespace

std::unique_ptr<Screen> make_phones_screen(ScreenContext& game, std::optional<PhonePanelSample> sample) {
    return std::make_unique<PhonesScreen>(game, std::move(sample));
}

}  // namespace kindling::screens
