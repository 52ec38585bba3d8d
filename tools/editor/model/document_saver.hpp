#pragma once
// Saving a document: atomically, durably, with backups, and never over a file that another
// program changed or that holds something the editor would drop, unless the user said so.

#include "deck_document.hpp"

#include "core/text/atomic_file.hpp"

#include <filesystem>
#include <string>

namespace kindling::editor {

// How many earlier versions stay next to a saved deck as NAME~1 .. NAME~3.
inline constexpr int deck_backups = 3;

enum class SaveStatus {
    saved,
    failed,              // nothing changed on disk (or not durably); the document stays unsaved
    changed_on_disk,     // another program changed the file: overwrite, save as or reload?
    needs_confirmation,  // overwrite_warnings() apply: the user must agree first
    needs_path,          // built-in or never saved without a path: ask where (Save As)
};

struct SaveRequest {
    std::filesystem::path path;             // empty: the document's own path
    bool overwrite_changes_on_disk = false; // the user chose "overwrite"
    bool accept_warnings = false;           // the user agreed to overwrite_warnings()
};

struct SaveOutcome {
    SaveStatus status = SaveStatus::failed;
    std::string message;  // for the user: what happened and where
    [[nodiscard]] bool ok() const noexcept { return status == SaveStatus::saved; }
};

// The bytes a document is saved as (its canonical YAML).
std::string document_bytes(const DeckDocument& document);

SaveOutcome save_document(DeckDocument& document, const SaveRequest& request = {},
                          FileSystemCalls& calls = system_file_calls());

// Where "Save As" and "Duplicate to my decks" propose to save: FOLDER/SLUG.yaml, or
// FOLDER/SLUG-2.yaml and so on when that exists.
std::filesystem::path unused_deck_path(const std::filesystem::path& folder, const std::string& slug);

}  // namespace kindling::editor
