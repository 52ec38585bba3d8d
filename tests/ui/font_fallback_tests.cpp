// What happens when fonts are missing or broken: a warning and a fallback, or a clear error,
// never a crash.

#include "ui/text/text_engine.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kindling::text;
using Catch::Matchers::Contains;

namespace {

// A fresh empty folder under the system's temporary folder, removed afterwards.
class TemporaryFolder {
public:
    TemporaryFolder() {
        path_ = std::filesystem::temp_directory_path() /
                ("kindling-fonts-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TemporaryFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    std::string path() const { return path_.string(); }
    std::string write(const std::string& name, const std::string& bytes) const {
        std::ofstream{path_ / name, std::ios::binary} << bytes;
        return (path_ / name).string();
    }

private:
    std::filesystem::path path_;
};

const std::string lato_folder = "/usr/share/fonts/truetype/lato";

}  // namespace

TEST_CASE("A primary family that is not installed is replaced, with a warning") {
    FontCatalogOptions options;
    options.primary_family = "Kindling No Such Family";
    FontCatalog catalog(options);
    CHECK_FALSE(catalog.face(catalog.primary_face(FontRole::regular)).path.empty());
    REQUIRE_FALSE(catalog.warnings().empty());
    CHECK_THAT(catalog.warnings().front(), Contains("Kindling No Such Family"));
}

TEST_CASE("The editor's installed family is the first of its list that is really installed, never a stand-in") {
    FontCatalogOptions options;
    options.font_directories = std::vector<std::string>{lato_folder};
    FontCatalog catalog(options);
    CHECK_FALSE(catalog.installed_family({"Kindling No Such Family"}, FontRole::regular));
    const auto regular = catalog.installed_family({"Kindling No Such Family", "Lato"}, FontRole::regular);
    REQUIRE(regular);
    CHECK(catalog.face(*regular).family == "Lato");
    CHECK(catalog.face(*regular).style == "Regular");
    CHECK(*regular == catalog.primary_face(FontRole::regular));  // the face the game draws with
    const auto bold = catalog.installed_family({"Lato"}, FontRole::bold);
    REQUIRE(bold);
    CHECK(catalog.face(*bold).style == "Bold");
}

TEST_CASE("No usable font at all is a clear error naming what was tried") {
    TemporaryFolder empty;
    FontCatalogOptions options;
    options.font_directories = std::vector<std::string>{empty.path()};
    options.last_resort_files = {"/nonexistent/kindling/font.ttf"};
    REQUIRE_THROWS_MATCHES(FontCatalog(options), FontError,
                           Catch::Matchers::Predicate<FontError>([](const FontError& error) {
                               const std::string message = error.what();
                               return message.find("no usable font") != std::string::npos &&
                                      message.find("/nonexistent/kindling/font.ttf") !=
                                          std::string::npos &&
                                      message.find("fonts-lato") != std::string::npos;
                           }));
}

TEST_CASE("A broken font file is skipped, not opened") {
    TemporaryFolder folder;
    const std::string broken = folder.write("Broken-Regular.ttf", "this is not a font");
    FontCatalogOptions options;
    options.font_directories = std::vector<std::string>{folder.path()};
    options.last_resort_files = {broken};
    CHECK_THROWS_AS(FontCatalog(options), FontError);

    options.last_resort_files = {broken, lato_folder + "/Lato-Regular.ttf"};
    FontCatalog catalog(options);
    CHECK(catalog.face(catalog.primary_face(FontRole::regular)).family == "Lato");
}

TEST_CASE("Without emoji or fallback fonts, text still lays out and renders") {
    TextEngineOptions options;
    options.fonts.font_directories = std::vector<std::string>{lato_folder};
    TextEngine engine(options);
    CHECK_FALSE(engine.catalog().emoji_face());
    bool warned = false;
    for (const auto& warning : engine.warnings()) warned |= warning.find("emoji") != std::string::npos;
    CHECK(warned);

    const TextLayout layout =
        engine.layout("Hi \U0001F600 \u05E9\u05DC\u05D5\u05DD \u4F60\u597D", {FontRole::regular, 32});
    REQUIRE(layout.lines.size() == 1);
    for (const auto& run : layout.lines[0].runs) CHECK_FALSE(run.emoji);
    const SurfacePtr surface = engine.render(layout, {255, 255, 255, 255});
    REQUIRE(surface);
    CHECK(surface->w == layout.width);
}
