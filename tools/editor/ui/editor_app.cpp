#include "editor_app.hpp"

#include "dialogs/file_browser_dialog.hpp"
#include "dialogs/new_deck_dialog.hpp"
#include "dialogs/recovery_dialog.hpp"
#include "editor_style.hpp"
#include "panels/card_form_panel.hpp"
#include "panels/card_table_panel.hpp"
#include "panels/deck_properties_panel.hpp"
#include "panels/diagnostics_panel.hpp"
#include "panels/duplicates_panel.hpp"
#include "panels/library_panel.hpp"
#include "panels/play_test_panel.hpp"
#include "panels/preview_panel.hpp"
#include "panels/statistics_panel.hpp"
#include "simple_ttf_card_preview.hpp"

#include "core/data_paths.hpp"
#include "core/version.hpp"

#include <backends/imgui_impl_sdl.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace kindling::editor::ui {

namespace fs = std::filesystem;

namespace {

EditorSettings initial_settings(const EditorOptions& options, std::string& problem) {
    return load_settings(options.paths.settings_file(), problem);
}

std::unique_ptr<CardPreviewRenderer> make_preview(FontFinder& finder) {
    const std::vector<std::string> families{"Lato", "Inter", "DejaVu Sans"};
    const auto regular = finder.family(families, "Regular");
    const auto bold = finder.family(families, "Bold");
    const fs::path regular_path = regular ? regular->path : fs::path{};
    return std::make_unique<SimpleTtfCardPreview>(regular_path, bold ? bold->path : regular_path);
}

std::optional<Key> key_from_sdl(SDL_Keycode code) {
    switch (code) {
        case SDLK_a: return Key::a;
        case SDLK_d: return Key::d;
        case SDLK_f: return Key::f;
        case SDLK_n: return Key::n;
        case SDLK_o: return Key::o;
        case SDLK_q: return Key::q;
        case SDLK_s: return Key::s;
        case SDLK_w: return Key::w;
        case SDLK_y: return Key::y;
        case SDLK_z: return Key::z;
        case SDLK_RETURN:
        case SDLK_KP_ENTER: return Key::enter;
        case SDLK_DELETE: return Key::del;
        case SDLK_TAB: return Key::tab;
        case SDLK_EQUALS:
        case SDLK_PLUS:
        case SDLK_KP_PLUS: return Key::equals;
        case SDLK_MINUS:
        case SDLK_KP_MINUS: return Key::minus;
        case SDLK_0:
        case SDLK_KP_0: return Key::zero;
        case SDLK_F1: return Key::f1;
        default: return std::nullopt;
    }
}

std::string names_of(const std::vector<DeckDocument*>& documents) {
    std::string names;
    for (const DeckDocument* document : documents) {
        if (!names.empty()) names += ", ";
        names += "\u201C" + document->display_name() + "\u201D";
    }
    return names;
}

}  // namespace

EditorApp::EditorApp(SDL_Renderer& renderer, EditorOptions options)
    : imgui_(ImGui::CreateContext()),
      renderer_(renderer),
      options_(std::move(options)),
      ini_path_(options_.paths.layout_file().string()),
      settings_([&] {
          std::string problem;
          EditorSettings loaded = initial_settings(options_, problem);
          if (!problem.empty()) std::fprintf(stderr, "kindling-editor: %s\n", problem.c_str());
          return loaded;
      }()),
      workspace_(options_.paths, options_.persistent),
      text_(bridge_),
      fonts_(finder_),
      imgui_renderer_(renderer),
      preview_(make_preview(finder_)),
      context_(workspace_, text_, fonts_, settings_, *this, renderer, *preview_, dealer_) {
    ImGuiIO& io = ImGui::GetIO();
    // ImGui 1.86 indexes keys by the platform's codes; SDL's platform backend uses scancodes.
    // Mapped here too, so headless frames (screenshots, tests) can use the keyboard.
    const std::pair<ImGuiKey_, SDL_Scancode> keys[] = {
        {ImGuiKey_Tab, SDL_SCANCODE_TAB},           {ImGuiKey_LeftArrow, SDL_SCANCODE_LEFT},
        {ImGuiKey_RightArrow, SDL_SCANCODE_RIGHT},  {ImGuiKey_UpArrow, SDL_SCANCODE_UP},
        {ImGuiKey_DownArrow, SDL_SCANCODE_DOWN},    {ImGuiKey_PageUp, SDL_SCANCODE_PAGEUP},
        {ImGuiKey_PageDown, SDL_SCANCODE_PAGEDOWN}, {ImGuiKey_Home, SDL_SCANCODE_HOME},
        {ImGuiKey_End, SDL_SCANCODE_END},           {ImGuiKey_Insert, SDL_SCANCODE_INSERT},
        {ImGuiKey_Delete, SDL_SCANCODE_DELETE},     {ImGuiKey_Backspace, SDL_SCANCODE_BACKSPACE},
        {ImGuiKey_Space, SDL_SCANCODE_SPACE},       {ImGuiKey_Enter, SDL_SCANCODE_RETURN},
        {ImGuiKey_Escape, SDL_SCANCODE_ESCAPE},     {ImGuiKey_KeyPadEnter, SDL_SCANCODE_KP_ENTER},
        {ImGuiKey_A, SDL_SCANCODE_A},               {ImGuiKey_C, SDL_SCANCODE_C},
        {ImGuiKey_V, SDL_SCANCODE_V},               {ImGuiKey_X, SDL_SCANCODE_X},
        {ImGuiKey_Y, SDL_SCANCODE_Y},               {ImGuiKey_Z, SDL_SCANCODE_Z},
    };
    for (const auto& [key, scancode] : keys) io.KeyMap[key] = scancode;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    if (options_.persistent) {
        std::error_code code;
        fs::create_directories(options_.paths.state, code);
        io.IniFilename = ini_path_.c_str();
    } else {
        io.IniFilename = nullptr;
    }
    register_layout_settings();
    install_clipboard();

    library_panel_ = std::make_unique<LibraryPanel>(context_);
    table_panel_ = std::make_unique<CardTablePanel>(context_);
    form_panel_ = std::make_unique<CardFormPanel>(context_);
    deck_panel_ = std::make_unique<DeckPropertiesPanel>(context_);
    diagnostics_panel_ = std::make_unique<DiagnosticsPanel>(context_);
    statistics_panel_ = std::make_unique<StatisticsPanel>(context_);
    duplicates_panel_ = std::make_unique<DuplicatesPanel>(context_);
    play_test_panel_ = std::make_unique<PlayTestPanel>(context_);
    preview_panel_ = std::make_unique<PreviewPanel>(context_);

    for (const fs::path& path : options_.decks) {
        std::error_code code;
        if (fs::is_directory(path, code)) {
            for (const fs::path& file : deck_files_in(path)) open_path(file);
        } else {
            open_path(path);
        }
    }
    if (options_.select_first_card) {
        if (DeckDocument* document = workspace_.active(); document && document->deck().cards.size() > 0) {
            context_.view(*document).select_only(document->cards().key(0));
        }
    }
    if (!workspace_.pending_recovery().empty()) {
        dialogs_.push(std::make_unique<RecoveryDialog>(text_, workspace_, [this](const OpenResult& result) {
            context_.status(result.message, result.document == nullptr);
        }));
    }
    for (const std::string& problem : workspace_.recovery_problems()) recovery_note_ += problem + " ";
    if (!recovery_note_.empty()) context_.status("Crash recovery is limited: " + recovery_note_, true);
    if (!fonts_.problem().empty()) context_.status(fonts_.problem(), true);
}

EditorApp::~EditorApp() {
    store_settings();
    preview_panel_.reset();  // its textures belong to the renderer, which outlives the app
    if (window_) ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext(imgui_);
}

void EditorApp::attach_window(SDL_Window& window) {
    window_ = &window;
    ImGui_ImplSDL2_InitForSDLRenderer(&window);
    install_clipboard();
}

void EditorApp::install_clipboard() {
    // Clipboard text crosses the bridge like typed text, so pasted emoji survive and copied
    // stand-ins leave the editor as the real characters.
    ImGuiIO& io = ImGui::GetIO();
    io.GetClipboardTextFn = clipboard_get;
    io.SetClipboardTextFn = clipboard_set;
    io.ClipboardUserData = this;
}

const char* EditorApp::clipboard_get(void* user_data) {
    auto* app = static_cast<EditorApp*>(user_data);
    char* text = SDL_GetClipboardText();
    app->clipboard_ = text ? app->bridge_.display(text) : std::string{};
    SDL_free(text);
    return app->clipboard_.c_str();
}

void EditorApp::clipboard_set(void* user_data, const char* text) {
    auto* app = static_cast<EditorApp*>(user_data);
    SDL_SetClipboardText(app->bridge_.from_widget(text ? text : "").c_str());
}

void EditorApp::register_layout_settings() {
    ImGuiSettingsHandler handler;
    handler.TypeName = "KindlingLayout";
    handler.TypeHash = ImHashStr("KindlingLayout");
    handler.ReadOpenFn = [](ImGuiContext*, ImGuiSettingsHandler*, const char* name) -> void* {
        return std::strcmp(name, "Panels") == 0 ? reinterpret_cast<void*>(1) : nullptr;
    };
    handler.ReadLineFn = [](ImGuiContext*, ImGuiSettingsHandler* self, void*, const char* line) {
        auto* layout = static_cast<PanelLayout*>(self->UserData);
        float value = 0;
        if (std::sscanf(line, "Library=%f", &value) == 1) layout->library = std::clamp(value, 0.1f, 0.4f);
        else if (std::sscanf(line, "Inspector=%f", &value) == 1) layout->inspector = std::clamp(value, 0.2f, 0.5f);
        else if (std::sscanf(line, "Bottom=%f", &value) == 1) layout->bottom = std::clamp(value, 0.1f, 0.7f);
        else if (std::sscanf(line, "Preview=%f", &value) == 1) layout->preview = std::clamp(value, 0.15f, 0.7f);
    };
    handler.WriteAllFn = [](ImGuiContext*, ImGuiSettingsHandler* self, ImGuiTextBuffer* out) {
        const auto* layout = static_cast<const PanelLayout*>(self->UserData);
        out->appendf("[KindlingLayout][Panels]\nLibrary=%.3f\nInspector=%.3f\nBottom=%.3f\nPreview=%.3f\n\n",
                     static_cast<double>(layout->library), static_cast<double>(layout->inspector),
                     static_cast<double>(layout->bottom), static_cast<double>(layout->preview));
    };
    handler.UserData = &layout_;
    imgui_->SettingsHandlers.push_back(handler);
}

void EditorApp::process_event(const SDL_Event& event) {
    ImGuiIO& io = ImGui::GetIO();
    switch (event.type) {
        case SDL_QUIT:
            request_quit();
            return;
        case SDL_WINDOWEVENT:
            if (event.window.event == SDL_WINDOWEVENT_CLOSE) {
                request_quit();
                return;
            }
            if (event.window.event == SDL_WINDOWEVENT_FOCUS_GAINED) workspace_.refresh_library();
            break;
        case SDL_TEXTINPUT:
            // Typed text (and IME input) crosses the bridge before ImGui sees it; text with
            // stand-ins is inserted by the focused field itself (see BridgedText).
            if (!text_.queue_insertion(event.text.text)) io.AddInputCharactersUTF8(event.text.text);
            return;
        case SDL_DROPFILE:
            if (event.drop.file) {
                const fs::path dropped = event.drop.file;
                SDL_free(event.drop.file);
                defer([this, dropped] { open_path(dropped); });
            }
            return;
        case SDL_KEYDOWN:
            if (dialogs_.empty() && !event.key.repeat) {
                const auto key = key_from_sdl(event.key.keysym.sym);
                const Uint16 mod = event.key.keysym.mod;
                const Modifiers modifiers{(mod & KMOD_CTRL) != 0, (mod & KMOD_SHIFT) != 0, (mod & KMOD_ALT) != 0};
                if (key) {
                    if (const auto action = action_for(*key, modifiers, io.WantTextInput)) {
                        queued_actions_.push_back(*action);
                        return;  // a shortcut is the editor's, not also the focused widget's
                    }
                }
                // Pasting text with emoji: ImGui's own paste would drop their stand-ins.
                const bool paste = (modifiers.ctrl && event.key.keysym.sym == SDLK_v) ||
                                   (modifiers.shift && event.key.keysym.sym == SDLK_INSERT);
                if (paste && io.WantTextInput) {
                    char* clipboard = SDL_GetClipboardText();
                    const bool handled = clipboard && text_.queue_insertion(clipboard);
                    SDL_free(clipboard);
                    if (handled) return;
                }
            }
            break;
        default:
            break;
    }
    if (window_) ImGui_ImplSDL2_ProcessEvent(&event);
}

bool EditorApp::busy() const {
    return !deferred_.empty() || !queued_actions_.empty() || zenity_ != nullptr || ImGui::GetIO().WantTextInput ||
           first_frame_;
}

void EditorApp::update_fonts() {
    if (fonts_.needs_rebuild(bridge_, settings_.text_size_percent)) {
        fonts_.rebuild(bridge_, settings_.text_size_percent);
        if (!imgui_renderer_.upload_font_atlas()) {
            std::fprintf(stderr, "kindling-editor: cannot upload the font atlas: %s\n", SDL_GetError());
        }
    }
    if (styled_size_percent_ != settings_.text_size_percent) {
        apply_editor_style(static_cast<float>(settings_.text_size_percent) / 100.0f);
        styled_size_percent_ = settings_.text_size_percent;
    }
}

void EditorApp::run_deferred() {
    std::vector<std::function<void()>> actions;
    actions.swap(deferred_);
    for (auto& action : actions) action();
    std::vector<EditorAction> queued;
    queued.swap(queued_actions_);
    for (EditorAction action : queued) perform(action);
}

void EditorApp::frame(float delta_seconds) {
    run_deferred();
    if (zenity_) {
        if (auto chosen = zenity_->poll()) {
            zenity_.reset();
            if (!chosen->empty() && zenity_then_) zenity_then_(*chosen);
            zenity_then_ = nullptr;
        }
    }
    update_fonts();

    ImGuiIO& io = ImGui::GetIO();
    if (window_) {
        ImGui_ImplSDL2_NewFrame();
    } else {
        int width = 0;
        int height = 0;
        SDL_GetRendererOutputSize(&renderer_, &width, &height);
        io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    }
    io.DeltaTime = std::max(delta_seconds, 0.001f);
    ImGui::NewFrame();
    draw_ui();
    ImGui::Render();
    text_.drop_pending_insertion();

    const ImVec4 background = colours::background;
    SDL_SetRenderDrawColor(&renderer_, static_cast<Uint8>(background.x * 255), static_cast<Uint8>(background.y * 255),
                           static_cast<Uint8>(background.z * 255), 255);
    SDL_RenderClear(&renderer_);
    imgui_renderer_.render(*ImGui::GetDrawData());

    if (options_.persistent) {
        for (const std::string& problem : workspace_.autosave(AutosaveSchedule::Clock::now())) context_.status(problem, true);
    }
    first_frame_ = false;
}

// ---- flows ------------------------------------------------------------------------------

void EditorApp::open_path(const fs::path& path) {
    const OpenResult result = workspace_.open_file(path);
    context_.status(result.message, result.document == nullptr);
    if (!result.document) {
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
        if (!original) return;
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

// ---- layout -----------------------------------------------------------------------------

bool EditorApp::splitter(const char* id, bool vertical, float& fraction, float total, float min_fraction,
                         float max_fraction, bool invert) {
    const float thickness = std::max(6.0f, ImGui::GetFontSize() * 0.4f);
    const ImVec2 size = vertical ? ImVec2(thickness, ImGui::GetContentRegionAvail().y) : ImVec2(ImGui::GetContentRegionAvail().x, thickness);
    ImGui::InvisibleButton(id, size);
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active) {
        ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
        const ImVec2 a = ImGui::GetItemRectMin();
        const ImVec2 b = ImGui::GetItemRectMax();
        const ImU32 colour = ImGui::GetColorU32(colours::accent);
        if (vertical) ImGui::GetWindowDrawList()->AddLine(ImVec2((a.x + b.x) * 0.5f, a.y), ImVec2((a.x + b.x) * 0.5f, b.y), colour, 2.0f);
        else ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, (a.y + b.y) * 0.5f), ImVec2(b.x, (a.y + b.y) * 0.5f), colour, 2.0f);
    }
    if (active && total > 0) {
        const float delta = (vertical ? ImGui::GetIO().MouseDelta.x : ImGui::GetIO().MouseDelta.y) / total;
        const float updated = std::clamp(fraction + (invert ? -delta : delta), min_fraction, max_fraction);
        if (updated != fraction) {
            fraction = updated;
            ImGui::MarkIniSettingsDirty();
            return true;
        }
    }
    return false;
}

void EditorApp::draw_ui() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetFontSize() * 0.6f, ImGui::GetFontSize() * 0.5f));
    // Settings are saved for the host window on purpose: tables inherit "no saved settings"
    // from their top window, and the card table's columns (widths, order, sort) should persist.
    const ImGuiWindowFlags host = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                  ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("Kindling deck editor", nullptr, host);
    ImGui::PopStyleVar();
    draw_menu_bar();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float status_height = ImGui::GetFrameHeight();
    const ImVec2 area = ImGui::GetContentRegionAvail();
    const float body_height = area.y - status_height - style.ItemSpacing.y;
    const float splitter_width = std::max(6.0f, ImGui::GetFontSize() * 0.4f);
    const float left_width = std::round(area.x * layout_.library);
    const float right_width = std::round(area.x * layout_.inspector);
    const float centre_width = area.x - left_width - right_width - splitter_width * 2 - style.ItemSpacing.x * 4;

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::BeginChild("body", ImVec2(area.x, body_height), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();

    library_panel_->draw(ImVec2(left_width, body_height));
    ImGui::SameLine();
    splitter("##split library", true, layout_.library, area.x, 0.12f, 0.35f);
    ImGui::SameLine();

    ImGui::BeginGroup();
    const float bottom_height = std::round(body_height * layout_.bottom);
    table_panel_->draw(ImVec2(centre_width, body_height - bottom_height - splitter_width));
    ImGui::PushID("centre");
    ImGui::BeginChild("split bottom holder", ImVec2(centre_width, splitter_width), false, ImGuiWindowFlags_NoScrollbar);
    splitter("##split bottom", false, layout_.bottom, body_height, 0.12f, 0.65f, true);
    ImGui::EndChild();
    ImGui::PopID();
    draw_bottom_tabs(ImVec2(centre_width, bottom_height));
    ImGui::EndGroup();
    ImGui::SameLine();
    splitter("##split inspector", true, layout_.inspector, area.x, 0.22f, 0.5f, true);
    ImGui::SameLine();
    draw_inspector(ImVec2(right_width, body_height));
    ImGui::EndChild();

    draw_status_bar();
    ImGui::End();

    dialogs_.draw();
}

void EditorApp::draw_bottom_tabs(ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::panel);
    ImGui::BeginChild("bottom", size, false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().WindowPadding.y * 0.6f));
    const ImVec2 inner(size.x - ImGui::GetStyle().WindowPadding.x * 2, 0);
    ImGui::BeginGroup();
    if (ImGui::BeginTabBar("bottom tabs")) {
        const auto tab = [&](const std::string& label, Panel& panel) {
            if (ImGui::BeginTabItem(label.c_str())) {
                panel.draw(ImVec2(inner.x, ImGui::GetContentRegionAvail().y - ImGui::GetStyle().WindowPadding.y * 0.5f));
                ImGui::EndTabItem();
            }
        };
        tab(problems_tab_label(context_), *diagnostics_panel_);
        tab("Statistics", *statistics_panel_);
        tab("Near-duplicates", *duplicates_panel_);
        tab("Play-test", *play_test_panel_);
        ImGui::EndTabBar();
    }
    ImGui::EndGroup();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void EditorApp::draw_inspector(ImVec2 size) {
    ImGui::BeginGroup();
    const float splitter_height = std::max(6.0f, ImGui::GetFontSize() * 0.4f);
    const float preview_height = std::round(size.y * layout_.preview);
    const float top_height = size.y - preview_height - splitter_height;

    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::panel);
    ImGui::BeginChild("inspector", ImVec2(size.x, top_height), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().WindowPadding.y * 0.6f));
    ImGui::BeginGroup();
    DeckDocument* document = workspace_.active();
    DeckView* view = document ? &context_.view(*document) : nullptr;
    if (ImGui::BeginTabBar("inspector tabs")) {
        const float width = size.x - ImGui::GetStyle().WindowPadding.x * 2;
        ImGuiTabItemFlags card_flags = 0;
        ImGuiTabItemFlags deck_flags = 0;
        if (view && !view->focus_card_field.empty()) card_flags |= ImGuiTabItemFlags_SetSelected;
        if (view && view->show_deck_tab) {
            deck_flags |= ImGuiTabItemFlags_SetSelected;
            view->show_deck_tab = false;
        }
        const bool several = view && view->selection.size() > 1;
        if (ImGui::BeginTabItem(several ? "Selected cards###card" : "Card###card", nullptr, card_flags)) {
            form_panel_->draw(ImVec2(width, ImGui::GetContentRegionAvail().y - ImGui::GetStyle().WindowPadding.y * 0.5f));
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Deck###deck", nullptr, deck_flags)) {
            deck_panel_->draw(ImVec2(width, ImGui::GetContentRegionAvail().y - ImGui::GetStyle().WindowPadding.y * 0.5f));
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::EndGroup();
    ImGui::EndChild();
    ImGui::PopStyleColor();

    ImGui::BeginChild("split preview holder", ImVec2(size.x, splitter_height), false, ImGuiWindowFlags_NoScrollbar);
    splitter("##split preview", false, layout_.preview, size.y, 0.15f, 0.65f, true);
    ImGui::EndChild();

    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::panel);
    preview_panel_->draw(ImVec2(size.x, preview_height));
    ImGui::PopStyleColor();
    ImGui::EndGroup();
}

void EditorApp::draw_menu_bar() {
    if (!ImGui::BeginMenuBar()) return;
    DeckDocument* document = workspace_.active();
    const bool has = document != nullptr;
    const bool editable = has && !document->read_only();
    const auto item = [&](const char* label, EditorAction action, bool enabled = true) {
        const std::string keys = shortcut_label(action);
        if (ImGui::MenuItem(label, keys.empty() ? nullptr : keys.c_str(), false, enabled)) perform(action);
    };
    if (ImGui::BeginMenu("File")) {
        item("New deck\u2026", EditorAction::new_deck);
        item("Open\u2026", EditorAction::open_file);
        if (ImGui::BeginMenu("Open recent", !settings_.recent_files.empty())) {
            for (const std::string& recent : settings_.recent_files) {
                if (ImGui::MenuItem(text_.display(recent).c_str())) defer([this, recent] { open_path(recent); });
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        item("Save", EditorAction::save, has);
        item("Save As\u2026", EditorAction::save_as, has);
        if (ImGui::MenuItem("Duplicate to my decks", nullptr, false, has)) duplicate_to_my_decks(*document);
        if (ImGui::MenuItem("Reload from disk", nullptr, false, has && document->origin() == DocumentOrigin::file)) {
            reload(*document);
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Import cards from CSV\u2026", nullptr, false, editable)) import_csv(*document);
        if (ImGui::MenuItem("Export cards as CSV\u2026", nullptr, false, has)) export_csv(*document);
        ImGui::Separator();
        item("Close deck", EditorAction::close_deck, has);
        item("Quit", EditorAction::quit);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const std::string undo = has && document->history().can_undo() ? text_.display("Undo " + document->history().undo_description()) : "Undo";
        const std::string redo = has && document->history().can_redo() ? text_.display("Redo " + document->history().redo_description()) : "Redo";
        item(undo.c_str(), EditorAction::undo, has && document->history().can_undo());
        item(redo.c_str(), EditorAction::redo, has && document->history().can_redo());
        ImGui::Separator();
        item("Add card", EditorAction::add_card, editable);
        item("Duplicate selected cards", EditorAction::duplicate_cards, editable);
        item("Delete selected cards", EditorAction::delete_cards, editable);
        item("Select all shown cards", EditorAction::select_all, has);
        ImGui::Separator();
        item("Find cards", EditorAction::find, has);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        ImGui::TextDisabled("Text size: %d%%", settings_.text_size_percent);
        item("Bigger text", EditorAction::text_bigger, settings_.text_size_percent < EditorSettings::max_text_size);
        item("Smaller text", EditorAction::text_smaller, settings_.text_size_percent > EditorSettings::min_text_size);
        item("Text size 100%", EditorAction::text_reset, settings_.text_size_percent != 100);
        ImGui::Separator();
        if (ImGui::MenuItem("Show the safe area in previews", nullptr, &settings_.show_safe_area)) store_settings();
        const bool zenity = ZenityFileChooser::available();
        if (ImGui::MenuItem("Use the system file dialog (zenity)", nullptr, &settings_.use_system_file_dialog, zenity)) store_settings();
        if (!zenity && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("zenity is not installed");
        ImGui::Separator();
        item("Next deck", EditorAction::next_deck, workspace_.documents().size() > 1);
        item("Previous deck", EditorAction::previous_deck, workspace_.documents().size() > 1);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        item("Keyboard shortcuts", EditorAction::show_shortcuts);
        if (ImGui::MenuItem("About")) {
            const std::string details =
                "Your decks: " + options_.paths.user_decks.string() + "\nSettings: " + options_.paths.settings_file().string() +
                "\nLayout: " + options_.paths.layout_file().string() + "\nRecovery copies: " + options_.paths.recovery().string() +
                "\n\nThe deck format is described in data/decks/README.md.";
            dialogs_.push(std::make_unique<AboutDialog>(details));
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

void EditorApp::draw_status_bar() {
    const StatusMessage& message = context_.last_status();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, message.error ? colours::error : colours::text_muted);
    const std::string shown = message.text.empty() ? std::string("Ready") : text_.display(message.text);
    const float right_width = ImGui::GetFontSize() * 16.0f;
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(),
                        ImVec2(ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x - right_width,
                               ImGui::GetCursorScreenPos().y + ImGui::GetFrameHeight()), true);
    ImGui::TextUnformatted(shown.c_str());
    ImGui::PopClipRect();
    ImGui::PopStyleColor();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - right_width);
    const std::size_t unsaved = workspace_.unsaved_documents().size();
    ImGui::TextDisabled("%s  \u00B7  text %d%%",
                        unsaved == 0 ? "all saved" : (std::to_string(unsaved) + " unsaved").c_str(), settings_.text_size_percent);
}

}  // namespace kindling::editor::ui
