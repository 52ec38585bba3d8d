#pragma once
// Undo and redo over Commands, and the "unsaved changes" state that follows from them.

#include "commands.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kindling::editor {

class UndoStack {
public:
    // Applies the command and records it. While an edit group is open (see seal()) a command
    // that the previous one absorbs does not create a new undo step.
    void execute(CommandPtr command, EditableDeck& deck);
    bool undo(EditableDeck& deck);
    bool redo(EditableDeck& deck);

    // Ends the current edit group: the next command starts a new undo step. Called when a text
    // field loses focus, on undo/redo and on save.
    void seal() noexcept { group_open_ = false; }

    [[nodiscard]] bool can_undo() const noexcept { return !done_.empty(); }
    [[nodiscard]] bool can_redo() const noexcept { return !undone_.empty(); }
    [[nodiscard]] std::string undo_description() const;
    [[nodiscard]] std::string redo_description() const;
    [[nodiscard]] std::size_t undo_count() const noexcept { return done_.size(); }

    // The state that matches the file on disk. Unsaved means the current state differs.
    void mark_saved() noexcept;
    // A deck that was never saved (new from a template, recovered) has no saved state.
    void mark_never_saved() noexcept { saved_state_.reset(); }
    [[nodiscard]] bool has_unsaved_changes() const noexcept { return current_state() != saved_state_; }

private:
    struct Step {
        CommandPtr command;
        std::uint64_t state = 0;  // identifies the deck state reached by applying this step
    };
    [[nodiscard]] std::optional<std::uint64_t> current_state() const noexcept;

    std::vector<Step> done_;
    std::vector<Step> undone_;
    std::uint64_t next_state_ = 1;
    // The clean state; 0 is the state before any step, nullopt means nothing on disk matches.
    std::optional<std::uint64_t> saved_state_ = 0;
    bool group_open_ = false;
};

}  // namespace kindling::editor
