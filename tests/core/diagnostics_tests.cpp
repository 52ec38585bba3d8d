#include "core/format/diagnostics.hpp"

#include <catch2/catch.hpp>

using namespace kindling;

TEST_CASE("Diagnostics print as FILE:LINE:COL: severity: message") {
    CHECK(format_diagnostic({"deck.yaml", {3, 7}, Severity::error, "bad"}) == "deck.yaml:3:7: error: bad");
    CHECK(format_diagnostic({"deck.yaml", {3, 0}, Severity::warning, "odd"}) == "deck.yaml:3: warning: odd");
    CHECK(format_diagnostic({"deck.yaml", {}, Severity::error, "unreadable"}) == "deck.yaml: error: unreadable");
}

TEST_CASE("A capped list ends with one note whose severity reflects what was left out") {
    DiagnosticList warnings_only("w.yaml", 3);
    for (int i = 1; i <= 5; ++i) warnings_only.warning({i, 1}, "w");
    REQUIRE(warnings_only.items().size() == 3);
    CHECK(warnings_only.items().back().severity == Severity::warning);
    CHECK(warnings_only.items().back().message == "too many problems; stopped listing them after 2");
    CHECK_FALSE(warnings_only.has_errors());

    DiagnosticList mixed("m.yaml", 3);
    for (int i = 1; i <= 4; ++i) mixed.warning({i, 1}, "w");
    mixed.error({9, 1}, "e");
    REQUIRE(mixed.items().size() == 3);
    CHECK(mixed.items().back().severity == Severity::error);
    CHECK(mixed.error_count() == 1);
    CHECK(mixed.warning_count() == 4);
}
