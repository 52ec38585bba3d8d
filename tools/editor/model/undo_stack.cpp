#include "undo_stack.hpp"

namespace kindling::editor {

std::optional<std::uint64_t> UndoStack::current_state() const noexcept {
    return done_.empty() ? 0 : done_.back().state;
}

void UndoStack::execute(CommandPtr command, EditableDeck& deck) {
    command->apply(deck);
    undone_.clear();
    // Merging into the step that matches the file would make the saved state unreachable.
    const bool can_merge = group_open_ && !done_.empty() && saved_state_ != done_.back().state;
    if (can_merge && done_.back().command->absorb(*command)) {
        // The merged step now leads to a different deck state than any recorded before.
        done_.back().state = next_state_++;
        return;
    }
    done_.push_back({std::move(command), next_state_++});
    group_open_ = true;
}

bool UndoStack::undo(EditableDeck& deck) {
    seal();
    if (done_.empty()) return false;
    done_.back().command->revert(deck);
    undone_.push_back(std::move(done_.back()));
    done_.pop_back();
    return true;
}

bool UndoStack::redo(EditableDeck& deck) {
    seal();
    if (undone_.empty()) return false;
    undone_.back().command->apply(deck);
    done_.push_back(std::move(undone_.back()));
    undone_.pop_back();
    return true;
}

std::string UndoStack::undo_description() const {
    return done_.empty() ? std::string{} : done_.back().command->description();
}

std::string UndoStack::redo_description() const {
    return undone_.empty() ? std::string{} : undone_.back().command->description();
}

void UndoStack::mark_saved() noexcept {
    saved_state_ = current_state();
    seal();
}

}  // namespace kindling::editor
