#include "document_saver.hpp"

#include "core/deck/deck_writer.hpp"

namespace kindling::editor {

namespace fs = std::filesystem;

std::string document_bytes(const DeckDocument& document) {
    DeckWriteOptions options;
    options.schema_line = document.schema_line();
    if (const auto& translation = document.translation()) {
        return write_deck_translation(translation_to_write(*translation, document.deck()), options);
    }
    return write_deck(document.deck(), options);
}

SaveOutcome save_document(DeckDocument& document, const SaveRequest& request, FileSystemCalls& calls) {
    const bool save_as = !request.path.empty() && request.path != document.path();
    const fs::path target = request.path.empty() ? document.path() : request.path;
    if (document.unreadable()) {
        return {SaveStatus::failed, "This file has a syntax error, so the editor holds no deck to save; fix it in a "
                                    "text editor (the problem is named at the top) and reload it."};
    }
    if (target.empty() || (document.read_only() && !save_as)) {
        return {SaveStatus::needs_path, document.read_only()
                                            ? "Built-in decks are read-only; save a copy in your decks."
                                            : "Choose where to save this new deck."};
    }
    if (!save_as) {
        if (!request.accept_warnings && !document.overwrite_warnings().empty()) {
            return {SaveStatus::needs_confirmation, document.overwrite_warnings().front()};
        }
        if (!request.overwrite_changes_on_disk) {
            const DiskFingerprint now = fingerprint_file(target);
            if (now != document.disk_state()) {
                const bool was_there = document.disk_state().exists;
                return {SaveStatus::changed_on_disk,
                        !now.exists ? target.string() + " was deleted by another program since it was opened."
                        : was_there ? target.string() + " was changed by another program since it was opened."
                                    : target.string() + " was created by another program in the meantime."};
            }
        }
    }

    // A copy of a built-in deck is the user's own deck from now on.
    if (document.read_only()) document.become_user_deck(target);
    const std::string bytes = document_bytes(document);
    AtomicWriteOptions options;
    options.backups = deck_backups;
    options.create_parent_directories = true;
    const WriteResult written = write_file_atomically(target, bytes, options, calls);
    if (written.ok) {
        document.saved_to(target, bytes);
        return {SaveStatus::saved, "Saved " + target.string()};
    }
    // The writer replaces the file only by its final rename, so the file now holds either the
    // old bytes or all of the new ones. Which one tells whether a retry can compare against it.
    if (fingerprint_file(target) == fingerprint_of(bytes)) {
        document.written_without_durability(target, bytes);
        return {SaveStatus::failed, "The deck was written to " + target.string() +
                                        ", but may not survive a power cut: " + written.error +
                                        ". Save again, or use Save As to save elsewhere."};
    }
    return {SaveStatus::failed, "Could not save " + target.string() + ": " + written.error +
                                    ". The file on disk is unchanged. Try Save As to save elsewhere."};
}

fs::path unused_deck_path(const fs::path& folder, const std::string& slug) {
    const std::string base = slug.empty() ? std::string("my-deck") : slug;
    std::error_code error;
    for (int n = 1;; ++n) {
        const fs::path candidate = folder / (n == 1 ? base + ".yaml" : base + "-" + std::to_string(n) + ".yaml");
        if (!fs::exists(candidate, error)) return candidate;
    }
}

}  // namespace kindling::editor
