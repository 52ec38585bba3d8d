// The editor's flows that must never lose work: opening, saving (with every question a save can
// raise), closing, quitting, recovery, import and export, and the actions behind shortcuts.
#include "editor_app.hpp"

#include "dialogs/file_browser_dialog.hpp"
#include "dialogs/new_deck_dialog.hpp"
#include "dialogs/recovery_dialog.hpp"

#include "core/format/data_paths.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace kindling::editor::ui {

namespace fs = std::filesystem;

namespace {

std::string names_of(const std::vector<DeckDocument*>& documents) {
    std::string names;
    for (const DeckDocument* document : documents) {
        if (!names.empty()) names += ", ";
        names += "\u201C" + document->display_name() + "\u201D";
    }
    return names;
}

}  // namespace

void EditorApp::open_path(const fs::path& path) {
    const OpenResult result = workspace_.open_file(path);
    context_.status(result.message, result.document == nullptr);
    if (!result.document) {
        // Also for the terminal: a deck given on the command line may fail before anyone looks.
        std::fprintf(stderr, "kindling-editor: %s\n", result.message.c_str());
        dialogs_.push(std::make_unique<ChoiceDialog>(text_, "Cannot open the deck", result.message, std::vector<Choice>{{"OK", {}, true, true}}));
        return;
    }
    if (result.document->origin() == DocumentOrigin::file) {
        settings_.remember_recent(fs::absolute(path));
        store_settings();
    }
    DeckView& view = context_.view(*result.document);
    if (!view.focus && !result.document->deck().cards.empty()) view.select_only(result.document->cards().key(0));
}

std::vector<Place> EditorApp::places() const {
    std::vector<Place> list;
    if (const char* home = std::getenv("HOME")) list.push_back({"Home", home});
    list.push_back({"My decks", options_.paths.user_decks});
    if (const fs::path data = find_data_directory(); !data.empty()) list.push_back({"Built-in decks", data / "decks"});
    std::error_code code;
    list.push_back({"Working folder", fs::current_path(code)});
    for (const std::string& recent : settings_.recent_files) {
        const fs::path folder = fs::path(recent).parent_path();
        if (std::none_of(list.begin(), list.end(), [&](const Place& p) { return p.folder == folder; })) {
            list.push_back({folder.filename().string(), folder});
        }
        if (list.size() >= 8) break;
    }
    return list;
}

fs::path EditorApp::start_folder(const DeckDocument* document) const {
    if (document && !document->path().empty() && !document->read_only()) return document->path().parent_path();
    if (!settings_.last_folder.empty()) return settings_.last_folder;
    return options_.paths.user_decks;
}

void EditorApp::choose_file(BrowsePurpose purpose, const fs::path& folder, const std::string& suggested,
                            std::function<void(const fs::path&)> chosen) {
    if (settings_.use_system_file_dialog && ZenityFileChooser::available() && !zenity_) {
        zenity_ = std::make_unique<ZenityFileChooser>(purpose, folder, suggested);
        if (zenity_->started()) {
            zenity_then_ = std::move(chosen);
            return;
        }
        zenity_.reset();
    }
    dialogs_.push(std::make_unique<FileBrowserDialog>(text_, purpose, folder, suggested, places(), std::move(chosen)));
}

void EditorApp::save(DeckDocument& document, bool choose_path) {
    if (choose_path) save_as(document, {});
    else save_with(document, {}, {});
}

void EditorApp::save_as(DeckDocument& document, std::function<void()> after) {
    const std::uint64_t id = document.id();
    const std::string name = (document.path().empty() || document.read_only())
                                 ? (document.deck().id.empty() ? std::string("my-deck") : document.deck().id) + ".yaml"
                                 : document.path().filename().string();
    const fs::path folder = document.read_only() ? options_.paths.user_decks : start_folder(&document);
    choose_file(BrowsePurpose::save_deck, folder, name, [this, id, after](const fs::path& path) {
        if (DeckDocument* target = workspace_.find(id)) {
            SaveRequest request;
            request.path = path;
            save_with(*target, request, after);
        }
    });
}

void EditorApp::save_with(DeckDocument& document, SaveRequest request, std::function<void()> after) {
    const std::uint64_t id = document.id();
    const SaveOutcome outcome = workspace_.save(document, request);
    const auto again = [this, id, after](SaveRequest next) {
        return [this, id, after, next] {
            if (DeckDocument* target = workspace_.find(id)) save_with(*target, next, after);
        };
    };
    const auto as = [this, id, after] {
        if (DeckDocument* target = workspace_.find(id)) save_as(*target, after);
    };
    switch (outcome.status) {
        case SaveStatus::saved:
            context_.status(outcome.message);
            settings_.remember_recent(document.path());
            store_settings();
            if (after) after();
            return;
        case SaveStatus::needs_path:
            save_as(document, after);
            return;
        case SaveStatus::needs_confirmation: {
            SaveRequest accepted = request;
            accepted.accept_warnings = true;
            dialogs_.push(std::make_unique<ChoiceDialog>(text_, 
                "Save over " + document.path().filename().string() + "?", outcome.message,
                std::vector<Choice>{{"Save anyway", again(accepted)}, {"Save As\u2026", as, true}, {"Cancel", {}, false, true}}));
            return;
        }
        case SaveStatus::changed_on_disk: {
            SaveRequest overwrite = request;
            overwrite.overwrite_changes_on_disk = true;
            const auto reload_action = [this, id] {
                if (DeckDocument* target = workspace_.find(id)) reload(*target);
            };
            dialogs_.push(std::make_unique<ChoiceDialog>(text_, 
                "The deck changed on disk", outcome.message,
                std::vector<Choice>{{"Overwrite", again(overwrite)},
                                    {"Save As\u2026", as, true},
                                    {"Reload", reload_action},
                                    {"Cancel", {}, false, true}},
                "Overwrite replaces the other program's version (it stays as a backup, NAME~1). Save As keeps "
                "both. Reload shows the file as it is now; Undo brings your version back."));
            return;
        }
        case SaveStatus::failed:
            context_.status(outcome.message, true);
            dialogs_.push(std::make_unique<ChoiceDialog>(text_, 
                "The deck was not saved", outcome.message,
                std::vector<Choice>{{"Save As\u2026", as, true}, {"Close", {}, false, true}},
                "Your changes are still here, marked unsaved, and their recovery copy is kept."));
            return;
    }
}

void EditorApp::close(DeckDocument& document) {
    const std::uint64_t id = document.id();
    if (!document.has_unsaved_changes()) {
        defer([this, id] {
            if (DeckDocument* target = workspace_.find(id)) close_now(*target, false);
        });
        return;
    }
    const auto save_then_close = [this, id] {
        if (DeckDocument* target = workspace_.find(id)) {
            save_with(*target, {}, [this, id] {
                if (DeckDocument* saved = workspace_.find(id)) close_now(*saved, false);
            });
        }
    };
    const auto discard = [this, id] {
        if (DeckDocument* target = workspace_.find(id)) close_now(*target, true);
    };
    dialogs_.push(std::make_unique<ChoiceDialog>(text_, 
        "Save changes?", "\u201C" + document.display_name() + "\u201D has changes that are not saved.",
        std::vector<Choice>{{"Save", save_then_close, true}, {"Don't save", discard}, {"Cancel", {}, false, true}}));
}

void EditorApp::close_now(DeckDocument& document, bool discard) {
    context_.forget_view(document);
    const std::string name = document.display_name();
    if (workspace_.close(document, discard)) context_.status("Closed \u201C" + name + "\u201D");
}

void EditorApp::request_quit() {
    const std::vector<DeckDocument*> unsaved = workspace_.unsaved_documents();
    if (unsaved.empty()) {
        quit_confirmed_ = true;
        return;
    }
    if (dialogs_.top() && dialogs_.top()->title() == "Quit with unsaved changes?") return;
    const auto discard_all = [this] {
        for (DeckDocument* document : workspace_.unsaved_documents()) workspace_.close(*document, true);
        quit_confirmed_ = true;
    };
    dialogs_.push(std::make_unique<ChoiceDialog>(text_, 
        "Quit with unsaved changes?",
        (unsaved.size() == 1 ? "This deck has changes that are not saved: " : "These decks have changes that are not saved: ") +
            names_of(unsaved) + ".",
        std::vector<Choice>{{"Save all and quit", [this] { quit_saving_all(); }, true},
                            {"Quit without saving", discard_all},
                            {"Cancel", {}, false, true}}));
}

void EditorApp::quit_saving_all() {
    const std::vector<DeckDocument*> unsaved = workspace_.unsaved_documents();
    if (unsaved.empty()) {
        quit_confirmed_ = true;
        return;
    }
    // One deck at a time: each successful save continues with the rest; any question or
    // failure stops here and leaves the editor open.
    save_with(*unsaved.front(), {}, [this] { quit_saving_all(); });
}

void EditorApp::open_library_entry(const LibraryEntry& entry) {
    const LibraryEntry copy = entry;
    defer([this, copy] {
        if (copy.built_in) {
            const OpenResult result = workspace_.open_built_in(copy.built_in_index);
            if (result.document) {
                DeckView& view = context_.view(*result.document);
                if (!view.focus && !result.document->deck().cards.empty()) view.select_only(result.document->cards().key(0));
            }
            if (!result.message.empty()) context_.status(result.message, result.document == nullptr);
        } else {
            open_path(copy.path);
        }
    });
}

void EditorApp::duplicate_library_entry(const LibraryEntry& entry) {
    open_library_entry(entry);
    // Runs after the deferred open above, when the deck is the active one.
    defer([this] {
        if (DeckDocument* opened = workspace_.active(); opened && opened->read_only()) duplicate_to_my_decks(*opened);
    });
}

void EditorApp::duplicate_to_my_decks(DeckDocument& document) {
    const std::uint64_t id = document.id();
    defer([this, id] {
        DeckDocument* original = workspace_.find(id);
        if (!original || original->unreadable()) return;
        const OpenResult result = workspace_.duplicate_to_my_decks(*original);
        context_.status(result.message, result.document == nullptr || result.document->has_unsaved_changes());
        if (result.document && !result.document->deck().cards.empty()) {
            context_.view(*result.document).select_only(result.document->cards().key(0));
        }
    });
}

void EditorApp::import_csv(DeckDocument& document) {
    if (document.read_only()) return;
    const std::uint64_t id = document.id();
    choose_file(BrowsePurpose::import_csv, start_folder(&document), "", [this, id](const fs::path& path) {
        DeckDocument* target = workspace_.find(id);
        if (!target) return;
        const std::size_t before = target->deck().cards.size();
        const DeckReadResult result = workspace_.import_csv(*target, path);
        if (result.error_count() > 0 || !result.read_completely) {
            std::string details;
            std::size_t shown = 0;
            for (const Diagnostic& diagnostic : result.diagnostics) {
                if (diagnostic.severity != Severity::error || ++shown > 12) continue;
                details += format_diagnostic(diagnostic) + "\n";
            }
            dialogs_.push(std::make_unique<ChoiceDialog>(text_, 
                "Nothing was imported", "The spreadsheet has " + std::to_string(result.error_count()) +
                                            " problems; fix them and import again. Columns: id, kind, text, theme, "
                                            "level, intensity, answers, timer, tags, note.",
                std::vector<Choice>{{"OK", {}, true, true}}, details));
            return;
        }
        context_.status("Imported " + std::to_string(target->deck().cards.size() - before) + " cards from " + path.string());
    });
}

void EditorApp::import_text() {
    choose_file(BrowsePurpose::import_text, start_folder(workspace_.active()), "", [this](const fs::path& path) {
        DeckReadResult result;
        const OpenResult opened = workspace_.import_text(path, result);
        if (opened.document == nullptr) {
            std::string details;
            std::size_t shown = 0;
            for (const Diagnostic& diagnostic : result.diagnostics) {
                if (diagnostic.severity != Severity::error || ++shown > 12) continue;
                details += format_diagnostic(diagnostic) + "\n";
            }
            dialogs_.push(std::make_unique<ChoiceDialog>(
                text_, "Nothing was imported",
                "The list has " + std::to_string(result.error_count()) +
                    " problems; fix them and import again. One card per line; \"# Theme\" lines name the theme of the "
                    "cards below them; \"1:\", \"2:\" or \"3:\" before a card gives its depth.",
                std::vector<Choice>{{"OK", {}, true, true}}, details));
            return;
        }
        context_.status(opened.message);
        if (!opened.document->deck().cards.empty()) context_.view(*opened.document).select_only(opened.document->cards().key(0));
    });
}

void EditorApp::export_csv(DeckDocument& document) {
    const std::uint64_t id = document.id();
    const std::string name = (document.deck().id.empty() ? std::string("deck") : document.deck().id) + ".csv";
    choose_file(BrowsePurpose::export_csv, start_folder(&document), name, [this, id](const fs::path& path) {
        if (DeckDocument* target = workspace_.find(id)) {
            const WriteResult written = workspace_.export_csv(*target, path);
            if (written) context_.status("Exported the cards to " + path.string());
            else {
                context_.status(written.error, true);
                dialogs_.push(std::make_unique<ChoiceDialog>(text_, "Export failed", written.error, std::vector<Choice>{{"OK", {}, true, true}}));
            }
        }
    });
}

void EditorApp::reload(DeckDocument& document) {
    std::string error;
    if (document.reload(error)) context_.status("Reloaded " + document.path().string() + " (Undo brings your version back)");
    else context_.status(error, true);
}

void EditorApp::move_cards(DeckDocument& from, DeckDocument& to, std::vector<CardKey> keys) {
    std::vector<CardKey> moved;
    if (!workspace_.move_cards(from, to, keys, moved)) return;
    DeckView& target = context_.view(to);
    target.selection = moved;
    target.focus = moved.empty() ? std::nullopt : std::optional<CardKey>(moved.front());
    target.scroll_to_focus = true;
    context_.status(to.history().undo_description() + " (undo in each deck separately)");
}

void EditorApp::store_settings() {
    if (!options_.persistent) return;
    std::string error;
    if (!save_settings(options_.paths.settings_file(), settings_, error)) context_.status("Settings not saved: " + error, true);
}

void EditorApp::perform(EditorAction action) {
    DeckDocument* document = workspace_.active();
    switch (action) {
        case EditorAction::new_deck:
            dialogs_.push(std::make_unique<NewDeckDialog>(text_, options_.paths.user_decks, [this](std::size_t index, const std::string& title) {
                const OpenResult result = workspace_.create_from_template(deck_templates()[index], title);
                context_.status(result.message);
                if (result.document && !result.document->deck().cards.empty()) {
                    context_.focus_card(*result.document, result.document->cards().key(0), "text");
                }
            }));
            break;
        case EditorAction::open_file:
            choose_file(BrowsePurpose::open_deck, start_folder(document), "", [this](const fs::path& path) { open_path(path); });
            break;
        case EditorAction::save:
            if (document) save(*document, false);
            break;
        case EditorAction::save_as:
            if (document) save(*document, true);
            break;
        case EditorAction::close_deck:
            if (document) close(*document);
            break;
        case EditorAction::quit:
            request_quit();
            break;
        case EditorAction::undo:
            if (document && document->undo()) context_.status("Undid: " + document->history().redo_description());
            break;
        case EditorAction::redo:
            if (document && document->redo()) context_.status("Redid: " + document->history().undo_description());
            break;
        case EditorAction::find:
            if (document) context_.view(*document).focus_search = true;
            break;
        case EditorAction::add_card:
            if (document) context_.add_card(*document);
            break;
        case EditorAction::duplicate_cards:
            if (document) context_.duplicate_selection(*document);
            break;
        case EditorAction::delete_cards:
            if (document) context_.delete_selection(*document);
            break;
        case EditorAction::select_all:
            if (document) context_.select_all_shown(*document);
            break;
        case EditorAction::next_deck:
            workspace_.activate_next(1);
            break;
        case EditorAction::previous_deck:
            workspace_.activate_next(-1);
            break;
        case EditorAction::text_bigger:
            settings_.change_text_size(10);
            store_settings();
            break;
        case EditorAction::text_smaller:
            settings_.change_text_size(-10);
            store_settings();
            break;
        case EditorAction::text_reset:
            settings_.text_size_percent = 100;
            store_settings();
            break;
        case EditorAction::show_shortcuts:
            dialogs_.push(std::make_unique<ShortcutsDialog>());
            break;
    }
}

}  // namespace kindling::editor::ui
