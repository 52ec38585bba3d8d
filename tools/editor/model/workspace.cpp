#include "workspace.hpp"

#include "card_edits.hpp"

#include "core/deck/deck_csv.hpp"
#include "core/deck/deck_text_import.hpp"

#include <algorithm>

namespace kindling::editor {

namespace fs = std::filesystem;

namespace {

bool same_file(const fs::path& a, const fs::path& b) {
    if (a.empty() || b.empty()) return false;
    std::error_code code;
    if (fs::exists(a, code) && fs::exists(b, code)) return fs::equivalent(a, b, code);
    return fs::weakly_canonical(a, code) == fs::weakly_canonical(b, code);
}

}  // namespace

Workspace::Workspace(EditorPaths paths, bool use_recovery, FileSystemCalls& calls)
    : paths_(std::move(paths)), calls_(calls) {
    if (use_recovery) {
        recovery_ = std::make_unique<RecoveryStore>(paths_.recovery(), calls_);
        if (recovery_->enabled()) {
            for (RecoveryEntry& entry : recovery_->find_orphaned(recovery_problems_)) {
                // Work identical to the file on disk is not lost work; nothing to offer.
                const DiskFingerprint on_disk = entry.original_path.empty() ? DiskFingerprint{}
                                                                            : fingerprint_file(entry.original_path);
                const RecoveryEntry probe = entry;
                DeckDocument restored = RecoveryStore::restore(probe);
                if (on_disk.exists && on_disk == fingerprint_of(document_bytes(restored))) {
                    std::string ignored;
                    recovery_->discard(entry, ignored);
                    continue;
                }
                pending_recovery_.push_back(std::move(entry));
            }
        } else {
            recovery_problems_.push_back(recovery_->error());
        }
    }
}

std::vector<DeckDocument*> Workspace::documents() const {
    std::vector<DeckDocument*> list;
    for (const OpenDeck& deck : open_) list.push_back(deck.document.get());
    return list;
}

DeckDocument* Workspace::find(std::uint64_t id) const {
    for (const OpenDeck& deck : open_) {
        if (deck.document->id() == id) return deck.document.get();
    }
    return nullptr;
}

void Workspace::activate(std::uint64_t id) {
    if (find(id)) active_id_ = id;
}

void Workspace::activate_next(int step) {
    if (open_.empty()) return;
    const auto count = static_cast<long>(open_.size());
    long index = 0;
    for (long i = 0; i < count; ++i) {
        if (open_[static_cast<std::size_t>(i)].document->id() == active_id_) index = i;
    }
    index = ((index + step) % count + count) % count;
    active_id_ = open_[static_cast<std::size_t>(index)].document->id();
}

Workspace::OpenDeck* Workspace::entry_for(const DeckDocument& document) {
    for (OpenDeck& deck : open_) {
        if (deck.document.get() == &document) return &deck;
    }
    return nullptr;
}

DeckDocument* Workspace::add(DeckDocument document) {
    open_.push_back({std::make_unique<DeckDocument>(std::move(document)), {}, 0, 0});
    active_id_ = open_.back().document->id();
    return open_.back().document.get();
}

OpenResult Workspace::open_file(const fs::path& path) {
    for (const OpenDeck& deck : open_) {
        if (same_file(deck.document->path(), path)) {
            active_id_ = deck.document->id();
            return {deck.document.get(), path.string() + " is open already"};
        }
    }
    std::error_code code;
    // A path that cannot even be looked at (a symlink loop) is not a new deck: reading it says why.
    if (!fs::exists(path, code) && !code) {
        Deck deck = deck_from_template(deck_templates().front(), path.stem().string());
        DeckDocument* document = add(DeckDocument(std::move(deck), DocumentOrigin::new_deck, path));
        return {document, "New deck: " + path.string() + " will be created when you save"};
    }
    std::string error;
    auto document = DeckDocument::open_file(path, error);
    if (!document) return {nullptr, error};
    const std::size_t problems = document->load_diagnostics().size();
    DeckDocument* opened = add(std::move(*document));
    return {opened, problems == 0 ? "Opened " + path.string()
                                  : "Opened " + path.string() + " with " + std::to_string(problems) +
                                        (problems == 1 ? " error" : " errors")};
}

OpenResult Workspace::open_built_in(std::size_t index) {
    if (library_.built_in_sources.empty()) refresh_library();
    if (index >= library_.built_in_sources.size()) return {nullptr, "no such built-in deck"};
    const DeckSource& source = library_.built_in_sources[index];
    for (const OpenDeck& deck : open_) {
        if (deck.document->read_only() && deck.document->path() == source.name) {
            active_id_ = deck.document->id();
            return {deck.document.get(), {}};
        }
    }
    DeckDocument* document = add(DeckDocument::open_built_in(source.bytes, source.name));
    return {document, "Built-in deck \"" + document->display_name() + "\" is read-only; duplicate it to change it"};
}

OpenResult Workspace::create_from_template(const DeckTemplate& deck_template, const std::string& title) {
    Deck deck = deck_from_template(deck_template, title);
    const fs::path path = unused_deck_path(paths_.user_decks, deck.id);
    DeckDocument* document = add(DeckDocument(std::move(deck), DocumentOrigin::new_deck, path));
    return {document, "New deck; it will be saved as " + path.string()};
}

OpenResult Workspace::duplicate_to_my_decks(const DeckDocument& original) {
    Deck deck = original.deck();
    deck.id = slug_from_title("my-" + deck.id);
    deck.title = deck.title + " (my copy)";
    const fs::path path = unused_deck_path(paths_.user_decks, deck.id);
    DeckDocument copy(std::move(deck), DocumentOrigin::new_deck, path);
    DeckDocument* document = add(std::move(copy));
    const SaveOutcome saved = save(*document);
    if (!saved.ok()) return {document, saved.message};
    return {document, "Saved a copy in your decks: " + path.string()};
}

SaveOutcome Workspace::save(DeckDocument& document, const SaveRequest& request) {
    const bool copy_of_a_file = !request.path.empty() && !document.path().empty() && request.path != document.path() &&
                                document.origin() == DocumentOrigin::file && !document.unreadable() &&
                                !document.translation();
    bool renamed = false;
    if (copy_of_a_file) {
        DeckInfo info = info_of(document.deck());
        const std::string new_id = slug_from_title(request.path.stem().string());
        if (new_id != info.id) {
            info.id = new_id;
            if (!info.title.ends_with(" (copy)")) info.title += " (copy)";
            renamed = document.execute(edit_deck_info(document.cards(), info, "New id and title for the copy"));
        }
    }
    SaveOutcome outcome = save_document(document, request, calls_);
    if (renamed && outcome.ok()) {
        outcome.message += " as a new deck with the id \"" + document.deck().id + "\" and the title \"" +
                           document.deck().title + "\" (change them in the Deck tab)";
    } else if (renamed) {
        document.undo();
    }
    if (outcome.ok()) {
        if (recovery_) recovery_->remove(document);
        if (OpenDeck* entry = entry_for(document)) entry->recovered_revision = 0;
        if (document.path().parent_path() == paths_.user_decks) refresh_library();
    }
    return outcome;
}

bool Workspace::close(DeckDocument& document, bool discard_changes) {
    if (document.has_unsaved_changes() && !discard_changes) return false;
    if (recovery_) recovery_->remove(document);
    const auto it = std::find_if(open_.begin(), open_.end(), [&](const OpenDeck& d) { return d.document.get() == &document; });
    if (it == open_.end()) return false;
    const bool was_active = it->document->id() == active_id_;
    const auto index = static_cast<std::size_t>(it - open_.begin());
    open_.erase(it);
    if (was_active) active_id_ = open_.empty() ? 0 : open_[std::min(index, open_.size() - 1)].document->id();
    return true;
}

std::vector<DeckDocument*> Workspace::unsaved_documents() const {
    std::vector<DeckDocument*> list;
    for (const OpenDeck& deck : open_) {
        if (deck.document->has_unsaved_changes()) list.push_back(deck.document.get());
    }
    return list;
}

const ValidationReport& Workspace::report(const DeckDocument& document) {
    OpenDeck* entry = entry_for(document);
    if (!entry) throw std::logic_error("report for a document that is not open");
    if (entry->pending.valid() && entry->pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        entry->report = entry->pending.get();
        entry->validated_revision = entry->pending_revision;
    }
    if (entry->validated_revision == document.revision() || entry->pending.valid()) return entry->report;
    if (document.unreadable()) {
        // Only the syntax error, with its place in the file: checking an empty deck would list
        // missing fields first that are only consequences of it.
        entry->report = {};
        for (const Diagnostic& problem : document.load_diagnostics()) {
            entry->report.diagnostics.push_back({problem.severity, format_diagnostic(problem)});
            ++(problem.severity == Severity::error ? entry->report.errors : entry->report.warnings);
        }
        entry->validated_revision = document.revision();
        return entry->report;
    }
    if (document.deck().cards.size() <= background_validation_cards) {
        entry->report = document.translation() ? validate_translation(document.cards(), *document.translation())
                                               : validate_deck(document.cards());
        entry->validated_revision = document.revision();
    } else {
        // The worker gets its own copy; the keys in its report still name the same cards.
        entry->pending = std::async(std::launch::async, [snapshot = document.cards(), translation = document.translation()] {
            return translation ? validate_translation(snapshot, *translation) : validate_deck(snapshot);
        });
        entry->pending_revision = document.revision();
    }
    return entry->report;
}

bool Workspace::validating(const DeckDocument& document) {
    report(document);
    const OpenDeck* entry = entry_for(document);
    return entry && (entry->pending.valid() || entry->validated_revision != document.revision());
}

bool Workspace::move_cards(DeckDocument& from, DeckDocument& to, const std::vector<CardKey>& keys,
                           std::vector<CardKey>& moved_keys) {
    if (&from == &to || from.read_only() || to.read_only()) return false;
    CrossDeckMove move = move_cards_to_deck(from.cards(), to.cards(), keys, to.display_name());
    if (!move.insert_into_target) return false;
    to.execute(std::move(move.insert_into_target));
    from.execute(std::move(move.remove_from_source));
    moved_keys = move.target_keys;
    return true;
}

WriteResult Workspace::export_csv(const DeckDocument& document, const fs::path& file) {
    return write_file_atomically(file, deck_to_csv(document.deck()), {}, calls_);
}

DeckReadResult Workspace::import_csv(DeckDocument& document, const fs::path& file) {
    DeckReadResult result;
    std::string bytes;
    std::string error;
    if (!read_file(file, bytes, error, max_deck_file_bytes)) {
        result.diagnostics.push_back(coded_diagnostic(file.string(), {}, Severity::error,
                                                      Message{"problems.file.unreadable", {{"error", error}}}));
        return result;
    }
    Deck fields = document.deck();
    fields.cards.clear();
    // The deck's own id and title may still be empty while it is being written.
    if (fields.id.empty()) fields.id = "import";
    if (fields.title.empty()) fields.title = "Import";
    result = deck_from_csv(bytes, file.string(), fields);
    if (result.error_count() == 0 && result.read_completely) {
        document.execute(append_cards(document.cards(), result.deck.cards,
                                      "Import " + std::to_string(result.deck.cards.size()) + " cards from " +
                                          file.filename().string()));
    }
    return result;
}

OpenResult Workspace::import_text(const fs::path& file, DeckReadResult& result) {
    std::string bytes;
    std::string error;
    if (!read_file(file, bytes, error, max_deck_file_bytes)) {
        result = {};
        result.diagnostics.push_back(coded_diagnostic(file.string(), {}, Severity::error,
                                                      {"problems.file.unreadable", {{"error", error}}}));
        return {nullptr, "Cannot read " + file.string() + ": " + error};
    }
    DeckHeader header = header_from_file_name(file);
    if (header.id.empty()) header.id = "imported";
    if (header.title.empty()) header.title = "Imported";
    result = deck_from_text(bytes, file.string(), header);
    if (result.error_count() > 0) return {nullptr, "Nothing was imported: the text has problems"};
    const fs::path path = unused_deck_path(paths_.user_decks, result.deck.id);
    DeckDocument* document = add(DeckDocument(result.deck, DocumentOrigin::new_deck, path));
    return {document, "Imported " + std::to_string(result.deck.cards.size()) + " cards from " +
                          file.filename().string() + "; the deck will be saved as " + path.string()};
}

OpenResult Workspace::recover(std::size_t pending_index) {
    if (pending_index >= pending_recovery_.size() || !recovery_) return {nullptr, "nothing to recover"};
    RecoveryEntry entry = pending_recovery_[pending_index];
    DeckDocument* document = add(RecoveryStore::restore(entry));
    // The work is copied into this session before the old copy goes.
    const WriteResult written = recovery_->write(*document);
    if (!written) {
        return {document, "Recovered, but could not keep a recovery copy: " + written.error};
    }
    if (OpenDeck* open = entry_for(*document)) open->recovered_revision = document->revision();
    std::string error;
    recovery_->discard(entry, error);
    pending_recovery_.erase(pending_recovery_.begin() + static_cast<std::ptrdiff_t>(pending_index));
    return {document, "Recovered unsaved work on \"" + document->display_name() + "\"; save it to keep it"};
}

bool Workspace::discard_recovery(std::size_t pending_index, std::string& error) {
    if (pending_index >= pending_recovery_.size() || !recovery_) return false;
    if (!recovery_->discard(pending_recovery_[pending_index], error)) return false;
    pending_recovery_.erase(pending_recovery_.begin() + static_cast<std::ptrdiff_t>(pending_index));
    return true;
}

std::vector<std::string> Workspace::autosave(AutosaveSchedule::Clock::time_point now) {
    std::vector<std::string> problems;
    if (!recovery_ || !recovery_->enabled() || !autosave_schedule_.due(now)) return problems;
    bool wrote = false;
    for (OpenDeck& deck : open_) {
        DeckDocument& document = *deck.document;
        if (!document.has_unsaved_changes() || deck.recovered_revision == document.revision()) continue;
        const WriteResult written = recovery_->write(document);
        if (written) deck.recovered_revision = document.revision();
        else problems.push_back("Could not write the recovery copy of \"" + document.display_name() + "\": " + written.error);
        wrote = true;
    }
    if (wrote) autosave_schedule_.wrote(now);
    return problems;
}

void Workspace::refresh_library() { library_ = scan_library(paths_.user_decks); }

std::size_t Workspace::card_count(const LibraryEntry& entry) const {
    for (const DeckDocument* document : documents()) {
        if (document->path() == entry.path && !document->unreadable()) return document->deck().cards.size();
    }
    return entry.cards;
}

}  // namespace kindling::editor
