#pragma once
// One open deck: its cards, its history, where it lives on disk and whether it is saved.
// Knows nothing about windows or ImGui, so everything here is tested directly.

#include "disk_fingerprint.hpp"
#include "undo_stack.hpp"

#include "core/deck/deck_translation.hpp"
#include "core/format/diagnostics.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kindling::editor {

enum class DocumentOrigin {
    file,       // opened from a file the user may change
    built_in,   // one of Kindling's own decks: read-only, duplicate it to change it
    new_deck,   // made from a template, not saved yet
    recovered,  // brought back from the recovery file of a session that crashed
};

class DeckDocument {
public:
    DeckDocument(Deck deck, DocumentOrigin origin, std::filesystem::path path = {});

    // Opens a deck file. Files with errors in their fields open too (to be fixed here); what
    // could not be read is listed in load_diagnostics(). A file whose YAML itself is broken (a
    // bad indent, an unclosed quote) opens unreadable(): read-only, with no deck fields or cards
    // guessed from the part before the error, its syntax error first in load_diagnostics() and
    // its text in unreadable_text(). Returns nullopt with `error` when the file cannot be read.
    static std::optional<DeckDocument> open_file(const std::filesystem::path& path, std::string& error);
    // A built-in deck from its bytes; read-only.
    static DeckDocument open_built_in(std::string_view bytes, const std::string& name);

    [[nodiscard]] std::uint64_t id() const noexcept { return id_; }
    [[nodiscard]] const Deck& deck() const noexcept { return deck_.deck(); }
    [[nodiscard]] const EditableDeck& cards() const noexcept { return deck_; }
    [[nodiscard]] DocumentOrigin origin() const noexcept { return origin_; }
    [[nodiscard]] bool read_only() const noexcept { return origin_ == DocumentOrigin::built_in || unreadable(); }
    // The file's YAML could not be read to the end: shown as text until it is fixed elsewhere
    // and reloaded; never saved, not even as a copy (it would hold only a guess).
    [[nodiscard]] bool unreadable() const noexcept { return unreadable_text_.has_value(); }
    [[nodiscard]] const std::string& unreadable_text() const noexcept { return *unreadable_text_; }
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }
    // Set when the file is a translation of another deck (data/decks/README.md, "Translations").
    // The editor shows its cards' ids, texts and notes as a deck; saving writes a translation
    // again, keeping translation_of and the translated themes.
    [[nodiscard]] const std::optional<DeckTranslation>& translation() const noexcept { return translation_; }
    // The deck's title, else its file name, else "Untitled deck"; for a translation followed by
    // "(translation of BASE, LANGUAGE)".
    [[nodiscard]] std::string display_name() const;

    // Editing. Read-only documents refuse commands, and a null command (nothing to change)
    // is ignored; both return false.
    bool execute(CommandPtr command);
    bool undo();
    bool redo();
    void seal_edit_group() noexcept { history_.seal(); }
    [[nodiscard]] const UndoStack& history() const noexcept { return history_; }
    [[nodiscard]] bool has_unsaved_changes() const noexcept { return history_.has_unsaved_changes(); }
    // Changes whenever the deck changes (edits, undo, redo): a cheap key for caches.
    [[nodiscard]] std::uint64_t revision() const noexcept { return revision_; }
    // The deck's code (core/deck/deck_code.hpp) as it stands, unsaved edits included, for
    // authors to compare with a friend's copy; worked out again only after a change.
    [[nodiscard]] const std::string& code() const;

    // The file's own JSON Schema line, kept when the deck is written back.
    [[nodiscard]] const std::string& schema_line() const noexcept { return schema_line_; }
    // What the file looked like when last read or written by this document.
    [[nodiscard]] const DiskFingerprint& disk_state() const noexcept { return disk_state_; }
    // Problems found when the file was opened (the live ones come from validate_deck).
    [[nodiscard]] const std::vector<Diagnostic>& load_diagnostics() const noexcept { return load_diagnostics_; }
    // Reasons to ask before overwriting the file the first time: comments that the canonical
    // form drops, parts of the file that could not be read, values replaced by defaults.
    [[nodiscard]] const std::vector<std::string>& overwrite_warnings() const noexcept { return overwrite_warnings_; }

    // After a successful write of `bytes` to `path`.
    void saved_to(const std::filesystem::path& path, std::string_view bytes);
    // After a write whose new contents reached the file but not durably (e.g. the folder could
    // not be flushed): the disk state is the new one, but the document stays unsaved.
    void written_without_durability(const std::filesystem::path& path, std::string_view bytes);
    // Replaces the deck with the file's current contents as one undoable step.
    bool reload(std::string& error);
    // For recovered documents: what the original file looked like when the crashed session opened it.
    void restore_disk_state(const DiskFingerprint& state, std::string schema_line);
    // For recovered documents of translation files: the translation the file held, so saving
    // writes a translation again.
    void restore_translation(DeckTranslation translation) { translation_ = std::move(translation); }
    // A built-in deck that was duplicated takes a new identity.
    void become_user_deck(const std::filesystem::path& path);

    // The name of this document's recovery file in the session folder.
    [[nodiscard]] const std::string& recovery_name() const noexcept { return recovery_name_; }

private:
    EditableDeck deck_;
    UndoStack history_;
    DocumentOrigin origin_;
    std::filesystem::path path_;
    std::string schema_line_;
    DiskFingerprint disk_state_;
    std::vector<Diagnostic> load_diagnostics_;
    std::vector<std::string> overwrite_warnings_;
    std::optional<DeckTranslation> translation_;
    std::uint64_t id_;
    std::uint64_t revision_ = 1;
    mutable std::string code_;
    mutable std::uint64_t code_revision_ = 0;
    std::string recovery_name_;
    std::optional<std::string> unreadable_text_;
};

// What saving a translation document writes: the translation's own fields and themes as opened,
// the deck fields and cards (id, text, note) as edited. Kinds, levels and the like belong to
// the base deck and are not written.
DeckTranslation translation_to_write(const DeckTranslation& original, const Deck& deck);

}  // namespace kindling::editor
