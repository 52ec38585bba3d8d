// The editor as a whole: construction, events, fonts and the frame loop. The flows that touch
// files are in editor_app_flows.cpp, the window layout in editor_app_layout.cpp.
#include "editor_app.hpp"

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
#include "game_card_preview.hpp"

#include "core/format/data_paths.hpp"

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

std::unique_ptr<CardPreviewRenderer> make_preview() { return std::make_unique<GameCardPreview>(); }

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

// The game's font catalogue; none when not a single font is installed, which the editor survives
// with Dear ImGui's built-in font.
std::unique_ptr<text::FontCatalog> open_font_catalog() {
    try {
        return std::make_unique<text::FontCatalog>();
    } catch (const text::FontError& error) {
        std::fprintf(stderr, "kindling-editor: %s\n", error.what());
        return nullptr;
    }
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
      font_catalog_(open_font_catalog()),
      fonts_(font_catalog_.get()),
      imgui_renderer_(renderer),
      preview_(make_preview()),
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
    mouse_.process(event);
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

bool EditorApp::busy() {
    if (!deferred_.empty() || !queued_actions_.empty() || zenity_ != nullptr || ImGui::GetIO().WantTextInput || first_frame_ ||
        mouse_.pending()) {
        return true;
    }
    // A background validation shows its result as soon as it is done.
    const auto documents = workspace_.documents();
    return std::any_of(documents.begin(), documents.end(), [&](DeckDocument* d) { return workspace_.validating(*d); });
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
    }
    // The pointer and buttons from the window's own events (see MouseInput), also without a window.
    const MouseState mouse = mouse_.next_frame();
    io.MousePos = ImVec2(mouse.x, mouse.y);
    for (std::size_t button = 0; button < mouse.down.size(); ++button) io.MouseDown[button] = mouse.down[button];
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
    update_window_title();
    first_frame_ = false;
}

void EditorApp::update_window_title() {
    if (!window_) return;
    // "Party • – Kindling deck editor": the dot says there are unsaved changes.
    std::string title = "Kindling deck editor";
    if (const DeckDocument* document = workspace_.active()) {
        title = document->display_name() + (document->has_unsaved_changes() ? " \u2022" : "") + " \u2013 " + title;
    }
    if (title != window_title_) {
        SDL_SetWindowTitle(window_, title.c_str());
        window_title_ = title;
    }
}

}  // namespace kindling::editor::ui
