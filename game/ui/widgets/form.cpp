#include "ui/widgets/form.hpp"

namespace kindling::ui {

void Form::focus_list(std::string_view id) {
    list_.set_active(true);
    footer_.set_active(false);
    if (!id.empty()) list_.focus(id);
}

void Form::focus_footer(std::string_view id) {
    list_.set_active(false);
    footer_.set_active(true);
    footer_.focus(id);
}

std::string Form::focused_id() const { return list_.active() ? list_.focused_id() : footer_.focused_id(); }
std::string Form::focused_words() const { return list_.active() ? list_.focused_words() : footer_.focused_words(); }

float Form::footer_height(Painter& painter, InputDevice device, const UiStrings& strings) {
    footer_.layout(painter, {0, 0, 1000, 100}, HAlign::right, device, strings);
    return footer_.height();
}

void Form::layout(Painter& painter, const RectF& list_area, const RectF& footer_area, InputDevice device,
                  const UiStrings& strings) {
    list_.layout(painter, list_area);
    footer_.layout(painter, footer_area, HAlign::right, device, strings);
}

OptionEvent Form::handle(const InputEvent& event) {
    const bool pointer = event.type == InputEvent::Type::pointer_move || event.type == InputEvent::Type::pointer_click;
    if (pointer) {
        // Whatever the pointer is over takes the focus.
        if (footer_.button_rect(footer_.focused_id()).w > 0) {
            for (const ButtonItem& item : footer_.items()) {
                if (footer_.button_rect(item.id).contains(event.pointer)) {
                    list_.set_active(false);
                    footer_.set_active(true);
                    return footer_.handle(event);
                }
            }
        }
        if (list_.area().contains(event.pointer)) {
            OptionEvent result = list_.handle(event);
            if (result.type != OptionEvent::Type::none) {
                list_.set_active(true);
                footer_.set_active(false);
            }
            return result;
        }
        return {};
    }
    if (event.type == InputEvent::Type::scroll) return list_.handle(event);
    if (list_.active()) {
        OptionEvent result = list_.handle(event);
        if (result.type == OptionEvent::Type::leave_bottom && !footer_.items().empty()) {
            // Down from the list lands on the main button.
            std::string target = footer_.items().back().id;
            for (const ButtonItem& item : footer_.items()) {
                if (item.primary) target = item.id;
            }
            focus_footer(target);
            return {OptionEvent::Type::focus_moved, footer_.focused_id(), 0};
        }
        if (result.type == OptionEvent::Type::leave_top || result.type == OptionEvent::Type::leave_bottom) return {};
        if (result.type == OptionEvent::Type::none && event.type == InputEvent::Type::command) {
            // Button shortcuts work from the list too.
            const bool active = footer_.active();
            footer_.set_active(false);
            result = footer_.handle(event);
            footer_.set_active(active);
        }
        return result;
    }
    OptionEvent result = footer_.handle(event);
    if (result.type == OptionEvent::Type::leave_top && !list_.items().empty()) {
        list_.set_active(true);
        footer_.set_active(false);
        list_.focus_last();
        return {OptionEvent::Type::focus_moved, list_.focused_id(), 0};
    }
    if (result.type == OptionEvent::Type::leave_top || result.type == OptionEvent::Type::leave_bottom) return {};
    return result;
}

void Form::draw(Painter& painter, InputDevice device, const UiStrings& strings) const {
    list_.draw(painter);
    footer_.draw(painter, device, strings);
}

}  // namespace kindling::ui
