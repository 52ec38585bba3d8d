#include "deck_document.hpp"

#include "core/text/atomic_file.hpp"
#include "core/deck/deck_code.hpp"
#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_writer.hpp"
#include "core/deck/translation_reader.hpp"
#include "core/format/yaml_comments.hpp"
#include "core/format/yaml_reader.hpp"

#include <atomic>

namespace kindling::editor {

namespace {

std::uint64_t next_document_id() {
    static std::atomic<std::uint64_t> counter{1};
    return counter++;
}

std::vector<std::string> warnings_for(std::string_view bytes, const DeckReadResult& result) {
    // Files whose YAML could not be read to the end never get here: they open unreadable().
    std::vector<std::string> warnings;
    if (const auto comment = yaml::first_comment(bytes)) {
        warnings.push_back("The file has comments (the first at line " + std::to_string(comment->line) +
                           "). Saving writes the canonical form, which has no comments; keep author "
                           "notes in the card's Note field instead.");
    }
    if (result.read_completely && result.error_count() > 0) {
        warnings.push_back("The file had " + std::to_string(result.error_count()) +
                           (result.error_count() == 1 ? " error" : " errors") +
                           " when it was opened. Values that could not be read were replaced by "
                           "defaults, and saving writes those defaults.");
    }
    return warnings;
}

// A file's contents as the editor holds them: a deck, or a translation shown as a deck of its
// cards (ids, texts, notes) plus the translation's own fields to write it back.
struct ReadForEditing {
    DeckReadResult result;
    std::optional<DeckTranslation> translation;
};

ReadForEditing read_for_editing(std::string_view bytes, const std::string& name) {
    ReadForEditing read;
    if (!is_translation_text(bytes)) {
        read.result = read_deck(bytes, name);
        return read;
    }
    TranslationReadResult translated = read_deck_translation(bytes, name);
    Deck& deck = read.result.deck;
    const DeckTranslation& t = translated.translation;
    header_of(deck) = header_of(t);
    for (const CardTranslation& card : t.cards) {
        Card shown;
        shown.id = card.id;
        shown.text = card.text;
        shown.note = card.note;
        deck.cards.push_back(std::move(shown));
    }
    read.result.diagnostics = std::move(translated.diagnostics);
    read.result.card_positions = std::move(translated.card_positions);
    read.result.read_completely = translated.read_completely;
    read.translation = std::move(translated.translation);
    return read;
}

// The syntax errors alone, read again without building a deck: the deck reader's own messages
// about fields it could not find are only consequences of where reading stopped.
std::vector<Diagnostic> syntax_errors_of(std::string_view bytes, const std::string& name,
                                         const std::vector<Diagnostic>& all) {
    DiagnosticList syntax(name);
    yaml::ReadLimits limits;
    limits.max_bytes = max_deck_file_bytes;
    (void)yaml::read_document(bytes, syntax, limits);
    std::vector<Diagnostic> errors = std::move(syntax).take();
    if (errors.empty()) {
        for (const Diagnostic& diagnostic : all) {
            if (diagnostic.severity == Severity::error) errors.push_back(diagnostic);
        }
    }
    return errors;
}

}  // namespace

DeckTranslation translation_to_write(const DeckTranslation& original, const Deck& deck) {
    DeckTranslation t = original;
    const int format_version = t.format_version;  // a translation keeps the version it was read with
    header_of(t) = header_of(deck);
    t.format_version = format_version;
    t.cards.clear();
    for (const Card& card : deck.cards) t.cards.push_back({card.id, card.text, card.note});
    return t;
}

DeckDocument::DeckDocument(Deck deck, DocumentOrigin origin, std::filesystem::path path)
    : deck_(std::move(deck)), origin_(origin), path_(std::move(path)), id_(next_document_id()),
      recovery_name_("deck-" + std::to_string(id_) + ".json") {
    if (origin_ == DocumentOrigin::new_deck || origin_ == DocumentOrigin::recovered) history_.mark_never_saved();
}

std::optional<DeckDocument> DeckDocument::open_file(const std::filesystem::path& path, std::string& error) {
    std::string bytes;
    if (!read_file(path, bytes, error, max_deck_file_bytes)) {
        error = "cannot open " + path.string() + ": " + error;
        return std::nullopt;
    }
    ReadForEditing read = read_for_editing(bytes, path.string());
    DeckReadResult& result = read.result;
    if (!result.read_completely) {
        DeckDocument document(Deck{}, DocumentOrigin::file, path);
        document.load_diagnostics_ = syntax_errors_of(bytes, path.string(), result.diagnostics);
        document.disk_state_ = fingerprint_of(bytes);
        document.unreadable_text_ = std::move(bytes);
        return document;
    }
    DeckDocument document(std::move(result.deck), DocumentOrigin::file, path);
    document.translation_ = std::move(read.translation);
    document.schema_line_ = schema_line_of(bytes);
    document.disk_state_ = fingerprint_of(bytes);
    document.overwrite_warnings_ = warnings_for(bytes, result);
    for (Diagnostic& diagnostic : result.diagnostics) {
        if (diagnostic.severity == Severity::error) document.load_diagnostics_.push_back(std::move(diagnostic));
    }
    return document;
}

DeckDocument DeckDocument::open_built_in(std::string_view bytes, const std::string& name) {
    ReadForEditing read = read_for_editing(bytes, name);
    DeckDocument document(std::move(read.result.deck), DocumentOrigin::built_in, name);
    document.translation_ = std::move(read.translation);
    document.schema_line_ = schema_line_of(bytes);
    document.disk_state_ = fingerprint_of(bytes);
    return document;
}

std::string DeckDocument::display_name() const {
    std::string name = !deck().title.empty() ? deck().title : !path_.empty() ? path_.filename().string() : "Untitled deck";
    if (translation_) name += " (translation of " + translation_->translation_of + ", " + deck().language + ")";
    return name;
}

bool DeckDocument::execute(CommandPtr command) {
    if (!command || read_only()) return false;
    history_.execute(std::move(command), deck_);
    ++revision_;
    return true;
}

bool DeckDocument::undo() {
    if (!history_.undo(deck_)) return false;
    ++revision_;
    return true;
}

bool DeckDocument::redo() {
    if (!history_.redo(deck_)) return false;
    ++revision_;
    return true;
}

void DeckDocument::saved_to(const std::filesystem::path& path, std::string_view bytes) {
    path_ = path;
    disk_state_ = fingerprint_of(bytes);
    history_.mark_saved();
    overwrite_warnings_.clear();
    load_diagnostics_.clear();
    origin_ = DocumentOrigin::file;
}

void DeckDocument::written_without_durability(const std::filesystem::path& path, std::string_view bytes) {
    path_ = path;
    disk_state_ = fingerprint_of(bytes);
    overwrite_warnings_.clear();
}

bool DeckDocument::reload(std::string& error) {
    std::string bytes;
    if (!read_file(path_, bytes, error, max_deck_file_bytes)) {
        error = "cannot read " + path_.string() + ": " + error;
        return false;
    }
    ReadForEditing read = read_for_editing(bytes, path_.string());
    DeckReadResult& result = read.result;
    if (!result.read_completely) {
        // Still (or newly) broken: the text is shown instead of the deck, which stays as it was
        // (hidden, read-only) and comes back if the file is fixed and reloaded.
        load_diagnostics_ = syntax_errors_of(bytes, path_.string(), result.diagnostics);
        disk_state_ = fingerprint_of(bytes);
        overwrite_warnings_.clear();
        translation_.reset();
        unreadable_text_ = std::move(bytes);
        ++revision_;
        return true;
    }
    unreadable_text_.reset();
    translation_ = std::move(read.translation);
    history_.execute(std::make_unique<ReplaceDeckCommand>(deck_, std::move(result.deck), "Reload from disk"), deck_);
    ++revision_;
    schema_line_ = schema_line_of(bytes);
    disk_state_ = fingerprint_of(bytes);
    overwrite_warnings_ = warnings_for(bytes, result);
    load_diagnostics_.clear();
    for (Diagnostic& diagnostic : result.diagnostics) {
        if (diagnostic.severity == Severity::error) load_diagnostics_.push_back(std::move(diagnostic));
    }
    history_.mark_saved();
    return true;
}

void DeckDocument::restore_disk_state(const DiskFingerprint& state, std::string schema_line) {
    disk_state_ = state;
    schema_line_ = std::move(schema_line);
}

void DeckDocument::become_user_deck(const std::filesystem::path& path) {
    origin_ = DocumentOrigin::new_deck;
    path_ = path;
    disk_state_ = {};
    // The built-in decks point at the schema relative to data/decks, which is wrong elsewhere.
    schema_line_.clear();
    history_.mark_never_saved();
}

const std::string& DeckDocument::code() const {
    if (code_revision_ != revision_) {
        code_ = deck_code(deck());
        code_revision_ = revision_;
    }
    return code_;
}

}  // namespace kindling::editor
