#include "ui/widgets/control_glyphs.hpp"

namespace kindling::ui {

namespace {

constexpr float glyph_height = 52;
constexpr TextSpec glyph_text = type::small_bold;

ControlGlyph key(std::string literal) {
    ControlGlyph glyph;
    glyph.shape = ControlGlyph::Shape::key;
    glyph.literal = std::move(literal);
    return glyph;
}

ControlGlyph named_key(std::string label_key) {
    ControlGlyph glyph;
    glyph.shape = ControlGlyph::Shape::key;
    glyph.label_key = std::move(label_key);
    return glyph;
}

// A face button by its position, SDL's name for it ('a' bottom, 'b' right, 'x' left, 'y' top),
// labelled as the pad in use labels it.
ControlGlyph face(char button, PadStyle style) {
    ControlGlyph glyph;
    glyph.shape = ControlGlyph::Shape::pad_face;
    const int position = button == 'a' ? 0 : button == 'b' ? 1 : button == 'x' ? 2 : 3;
    switch (style) {
        case PadStyle::xbox:
            glyph.pad_face = button;
            glyph.literal = std::string(1, static_cast<char>(button - 'a' + 'A'));
            break;
        case PadStyle::playstation: {
            static constexpr const char* symbols[] = {"\u2715", "\u25CB", "\u25A1", "\u25B3"};
            glyph.pad_face = 'n';
            glyph.literal = symbols[position];
            break;
        }
        case PadStyle::nintendo: {
            // Nintendo prints A on the right and B at the bottom, X on top and Y on the left.
            static constexpr const char* labels[] = {"B", "A", "Y", "X"};
            glyph.pad_face = 'n';
            glyph.literal = labels[position];
            break;
        }
    }
    return glyph;
}

std::string shoulder(bool right, PadStyle style) {
    switch (style) {
        case PadStyle::playstation: return right ? "R1" : "L1";
        case PadStyle::nintendo: return right ? "R" : "L";
        case PadStyle::xbox: break;
    }
    return right ? "RB" : "LB";
}

std::string start_button(PadStyle style) {
    switch (style) {
        case PadStyle::playstation: return "Options";
        case PadStyle::nintendo: return "+";
        case PadStyle::xbox: break;
    }
    return "Start";
}

std::string back_button(PadStyle style) {
    switch (style) {
        case PadStyle::playstation: return "Share";
        case PadStyle::nintendo: return "\u2212";
        case PadStyle::xbox: break;
    }
    return "Back";
}

ControlGlyph pill(std::string literal) {
    ControlGlyph glyph;
    glyph.shape = ControlGlyph::Shape::pad_pill;
    glyph.literal = std::move(literal);
    return glyph;
}

ControlGlyph mouse(std::string label_key) {
    ControlGlyph glyph;
    glyph.shape = ControlGlyph::Shape::mouse;
    glyph.label_key = std::move(label_key);
    glyph.icon = Icon::mouse;
    return glyph;
}

std::string label_of(const ControlGlyph& glyph, const UiStrings& strings) {
    return glyph.label_key.empty() ? glyph.literal : std::string(strings.text(glyph.label_key));
}

Colour face_colour(const Palette& palette, char button, bool text) {
    switch (button) {
        case 'a': return text ? palette.pad_a_text : palette.pad_a;
        case 'b': return text ? palette.pad_b_text : palette.pad_b;
        case 'x': return text ? palette.pad_x_text : palette.pad_x;
        case 'y': return text ? palette.pad_y_text : palette.pad_y;
        default: return text ? palette.key_cap_text : palette.key_cap;
    }
}

}  // namespace

std::optional<ControlGlyph> glyph_for(Command command, InputDevice device, PadStyle style) {
    switch (device) {
        case InputDevice::keyboard:
            switch (command) {
                case Command::up:
                case Command::down: return key("\u2191\u2193");
                case Command::left:
                case Command::right: return key("\u2190\u2192");
                case Command::confirm: return named_key("keys.enter");
                case Command::back: return named_key("keys.escape");
                case Command::next_field:
                case Command::previous_field: return named_key("keys.tab");
                case Command::swap: return key("S");
                case Command::favourite: return key("F");
                case Command::timer: return key("T");
                case Command::menu: return key("P");
                case Command::help: return key("F1");
                case Command::fullscreen: return key("F11");
                case Command::erase: return named_key("keys.backspace");
                case Command::page_up:
                case Command::page_down: return named_key("keys.page");
                case Command::mute: return key("M");
                case Command::repeat_speech: return key("R");
                case Command::primary: return std::nullopt;  // only phones send it
                case Command::number: return key("1\u20138");
            }
            break;
        case InputDevice::gamepad:
            switch (command) {
                case Command::up:
                case Command::down:
                case Command::left:
                case Command::right: {
                    ControlGlyph glyph;
                    glyph.shape = ControlGlyph::Shape::pad_icon;
                    glyph.icon = Icon::dpad;
                    return glyph;
                }
                case Command::confirm: return face('a', style);
                case Command::back: return face('b', style);
                case Command::swap: return face('x', style);
                case Command::favourite: return face('y', style);
                case Command::timer: return pill(shoulder(true, style));
                case Command::page_up: return pill(shoulder(false, style));
                case Command::menu: return pill(start_button(style));
                case Command::help: return pill(back_button(style));
                case Command::mute: return pill(style == PadStyle::playstation ? "L3" : "LS");
                case Command::repeat_speech: return pill(style == PadStyle::playstation ? "R3" : "RS");
                default: return std::nullopt;
            }
        case InputDevice::mouse:
            switch (command) {
                case Command::confirm: return mouse("keys.click");
                case Command::back: return mouse("keys.right_click");
                case Command::up:
                case Command::down:
                case Command::page_up:
                case Command::page_down: return mouse("keys.wheel");
                default: return std::nullopt;
            }
    }
    return std::nullopt;
}

float glyph_width(Painter& painter, const ControlGlyph& glyph, const UiStrings& strings) {
    const std::string label = label_of(glyph, strings);
    switch (glyph.shape) {
        case ControlGlyph::Shape::pad_face:
        case ControlGlyph::Shape::pad_icon: return glyph_height;
        case ControlGlyph::Shape::mouse: return glyph_height * 0.7f + 10 + painter.measure(label, glyph_text).w;
        case ControlGlyph::Shape::key:
        case ControlGlyph::Shape::pad_pill:
            return std::max(glyph_height, painter.measure(label, glyph_text).w + 28);
    }
    return glyph_height;
}

float draw_glyph(Painter& painter, const ControlGlyph& glyph, PointF at, const UiStrings& strings) {
    const Palette& palette = painter.palette();
    const std::string label = label_of(glyph, strings);
    const float width = glyph_width(painter, glyph, strings);
    const float h = std::max(glyph_height, painter.measure("Ag", glyph_text).h + 8);
    const RectF box{at.x, at.y - h / 2, width, h};
    switch (glyph.shape) {
        case ControlGlyph::Shape::key:
            painter.rounded_rect(box.translated(0, 4), 10, palette.shadow);
            painter.rounded_rect(box, 10, palette.key_cap);
            painter.text(label, glyph_text, box.centre(), palette.key_cap_text, {HAlign::centre, VAlign::centre});
            break;
        case ControlGlyph::Shape::pad_face: {
            const RectF disc{at.x, at.y - glyph_height / 2, glyph_height, glyph_height};
            painter.circle(disc.centre(), glyph_height / 2, face_colour(palette, glyph.pad_face, false));
            painter.text(label, glyph_text, disc.centre(), face_colour(palette, glyph.pad_face, true),
                         {HAlign::centre, VAlign::centre});
            break;
        }
        case ControlGlyph::Shape::pad_pill:
            painter.rounded_rect(box, h / 2, palette.key_cap);
            painter.text(label, glyph_text, box.centre(), palette.key_cap_text, {HAlign::centre, VAlign::centre});
            break;
        case ControlGlyph::Shape::pad_icon:
            painter.icon(glyph.icon.value_or(Icon::dpad), {at.x, at.y - glyph_height / 2, glyph_height, glyph_height},
                         palette.key_cap);
            break;
        case ControlGlyph::Shape::mouse: {
            const float icon_size = glyph_height * 0.7f;
            painter.icon(Icon::mouse, {at.x, at.y - glyph_height / 2, icon_size, glyph_height}, palette.text);
            painter.text(label, glyph_text, {at.x + icon_size + 10, at.y}, palette.text, {HAlign::left, VAlign::centre});
            break;
        }
    }
    return width;
}

}  // namespace kindling::ui
