#pragma once
// The open decks and everything done to them as files: open, create, duplicate, save, close,
// recover, autosave, import and export. The UI only asks this and draws the answers, so the
// rules about never losing work are tested here without a window.

#include "deck_document.hpp"
#include "deck_library.hpp"
#include "deck_templates.hpp"
#include "deck_validation.hpp"
#include "document_saver.hpp"
#include "editor_settings.hpp"
#include "recovery_store.hpp"

#include "core/deck/deck_reader.hpp"

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kindling::editor {

struct OpenResult {
    DeckDocument* document = nullptr;  // null on failure
    std::string message;               // what happened, for the status line or an error box
};

class Workspace {
public:
    // `use_recovery` is false for throwaway runs (screenshots), which must not touch the
    // user's recovery files.
    Workspace(EditorPaths paths, bool use_recovery, FileSystemCalls& calls = system_file_calls());

    [[nodiscard]] const EditorPaths& paths() const noexcept { return paths_; }
    [[nodiscard]] std::vector<DeckDocument*> documents() const;
    [[nodiscard]] DeckDocument* find(std::uint64_t id) const;
    [[nodiscard]] DeckDocument* active() const { return find(active_id_); }
    void activate(std::uint64_t id);
    void activate_next(int step);

    // Opens a deck file, or switches to it when it is open already. A path that does not
    // exist becomes a new deck that will be created there on saving.
    OpenResult open_file(const std::filesystem::path& path);
    OpenResult open_built_in(std::size_t index);
    OpenResult create_from_template(const DeckTemplate& deck_template, const std::string& title);
    // Saves a copy of `document` (usually built-in) in the user's decks and opens it.
    OpenResult duplicate_to_my_decks(const DeckDocument& document);

    // Saving a deck read from a file under a new name makes a second deck: it first gets an id
    // from the new file's name and " (copy)" after its title (one undo step; change both in the
    // Deck tab), since two decks with one id cannot be loaded together.
    SaveOutcome save(DeckDocument& document, const SaveRequest& request = {});
    // Closes a document. With unsaved changes it refuses unless `discard_changes`, in which
    // case the recovery file goes too.
    bool close(DeckDocument& document, bool discard_changes = false);
    [[nodiscard]] std::vector<DeckDocument*> unsaved_documents() const;

    // The live validation of a document, recomputed when it changed. Decks of more than
    // `background_validation_cards` cards are validated on a worker thread so typing stays
    // fluid; until it finishes, the previous report is returned.
    static constexpr std::size_t background_validation_cards = 1500;
    const ValidationReport& report(const DeckDocument& document);
    // True while a newer report is being computed in the background.
    [[nodiscard]] bool validating(const DeckDocument& document);

    // Moves cards between two open decks (two undo steps, one in each deck).
    bool move_cards(DeckDocument& from, DeckDocument& to, const std::vector<CardKey>& keys,
                    std::vector<CardKey>& moved_keys);

    // CSV: the same columns as `kindling-deck export-csv` / `import-csv`.
    WriteResult export_csv(const DeckDocument& document, const std::filesystem::path& file);
    // Appends the file's cards to `document` when the whole file is valid; otherwise changes
    // nothing and returns the diagnostics.
    DeckReadResult import_csv(DeckDocument& document, const std::filesystem::path& file);
    // A new deck from a plain-text list (one card per line, "# Theme", "1:" to "3:"; the rules of
    // `kindling-deck import-text`), named after the file and to be saved in the user's decks.
    // Opens nothing when the text has errors; `result` holds what was found either way.
    OpenResult import_text(const std::filesystem::path& file, DeckReadResult& result);

    // Crash recovery.
    [[nodiscard]] RecoveryStore* recovery() const noexcept { return recovery_.get(); }
    [[nodiscard]] const std::vector<RecoveryEntry>& pending_recovery() const noexcept { return pending_recovery_; }
    [[nodiscard]] const std::vector<std::string>& recovery_problems() const noexcept { return recovery_problems_; }
    OpenResult recover(std::size_t pending_index);
    bool discard_recovery(std::size_t pending_index, std::string& error);
    // Copies unsaved work to the recovery files when the schedule allows. Returns messages
    // about failures (a full disk must not go unnoticed).
    std::vector<std::string> autosave(AutosaveSchedule::Clock::time_point now);

    [[nodiscard]] const DeckLibrary& library() const noexcept { return library_; }
    void refresh_library();
    // The card count to show for a library entry: the open deck's own (unsaved edits included)
    // when it is open, else what the file held when the library was read.
    [[nodiscard]] std::size_t card_count(const LibraryEntry& entry) const;

private:
    struct OpenDeck {
        std::unique_ptr<DeckDocument> document;
        ValidationReport report;
        std::uint64_t validated_revision = 0;
        std::uint64_t recovered_revision = 0;  // the revision in the recovery file
        std::future<ValidationReport> pending;  // a background validation, if one runs
        std::uint64_t pending_revision = 0;
    };
    OpenDeck* entry_for(const DeckDocument& document);
    DeckDocument* add(DeckDocument document);

    EditorPaths paths_;
    FileSystemCalls& calls_;
    std::vector<OpenDeck> open_;
    std::uint64_t active_id_ = 0;
    std::unique_ptr<RecoveryStore> recovery_;
    std::vector<RecoveryEntry> pending_recovery_;
    std::vector<std::string> recovery_problems_;
    AutosaveSchedule autosave_schedule_;
    DeckLibrary library_;
};

}  // namespace kindling::editor
