#include "ui/screen_stack.hpp"

#include <algorithm>

namespace kindling::ui {

void ScreenStack::push(std::unique_ptr<Screen> screen) { pending_.push_back({Change::Kind::push, std::move(screen), {}}); }
void ScreenStack::pop() { pending_.push_back({Change::Kind::pop, nullptr, {}}); }
void ScreenStack::replace(std::unique_ptr<Screen> screen) {
    pending_.push_back({Change::Kind::replace, std::move(screen), {}});
}
void ScreenStack::reset(std::unique_ptr<Screen> screen) {
    pending_.push_back({Change::Kind::reset, std::move(screen), {}});
}
void ScreenStack::pop_to(std::string_view name) { pending_.push_back({Change::Kind::pop_to, nullptr, std::string(name)}); }

bool ScreenStack::apply_pending() {
    if (pending_.empty()) return false;
    // Screens removed now may be the ones whose handle() queued these changes; they are
    // destroyed here, after that call has returned.
    std::vector<Change> changes;
    changes.swap(pending_);
    Screen* before = top();
    for (Change& change : changes) {
        switch (change.kind) {
            case Change::Kind::push: screens_.push_back(std::move(change.screen)); break;
            case Change::Kind::pop:
                if (!screens_.empty()) screens_.pop_back();
                break;
            case Change::Kind::replace:
                if (!screens_.empty()) screens_.pop_back();
                screens_.push_back(std::move(change.screen));
                break;
            case Change::Kind::reset:
                screens_.clear();
                screens_.push_back(std::move(change.screen));
                break;
            case Change::Kind::pop_to: {
                const auto found = std::find_if(screens_.rbegin(), screens_.rend(),
                                                [&](const auto& screen) { return screen->name() == change.name; });
                if (found != screens_.rend()) screens_.erase(found.base(), screens_.end());
                break;
            }
        }
    }
    if (Screen* now = top(); now != nullptr && now != before) now->on_reveal();
    return true;
}

std::vector<Screen*> ScreenStack::visible() const {
    std::vector<Screen*> shown;
    for (auto it = screens_.rbegin(); it != screens_.rend(); ++it) {
        shown.push_back(it->get());
        if (!(*it)->is_overlay()) break;
    }
    std::reverse(shown.begin(), shown.end());
    return shown;
}

}  // namespace kindling::ui
