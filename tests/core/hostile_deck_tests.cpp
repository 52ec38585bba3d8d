// Decks travel between people, so every deck file is untrusted. Each hostile shape here must be
// answered with located errors, never a crash, a hang or unbounded memory. Each case runs in a
// child process so its peak memory can be checked; a hang is caught by the test's CTest timeout.
#include "core/deck/deck_reader.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kindling;

namespace {

// AddressSanitizer's shadow memory and quarantine make peak memory meaningless under it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool measuring_memory = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool measuring_memory = false;
#else
constexpr bool measuring_memory = true;
#endif
#else
constexpr bool measuring_memory = true;
#endif
constexpr long memory_bound_kib = 100 * 1024;

struct HostileCase {
    std::string name;
    std::function<std::string()> make;
    bool whole_file = false;  // refused as a whole (encoding, size): no line to point at
    bool only_a_warning = false;  // harmless nonsense: a located warning, the deck still plays
};

std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

const std::string head = "kindling_deck: 1\nid: hostile\ntitle: Hostile\ncards:\n";

std::vector<HostileCase> hostile_cases() {
    return {
        // Deep nesting in every shape.
        {"deep block mappings", [] { std::string s; for (int i = 0; i < 2800; ++i) s += std::string(static_cast<std::size_t>(i), ' ') + "a:\n"; return s; }},
        {"deep block sequences", [] { std::string s; for (int i = 0; i < 2000; ++i) s += std::string(static_cast<std::size_t>(i) * 2, ' ') + "-\n"; return s; }},
        {"deep compact sequences", [] { return repeat("- ", 100000) + "x\n"; }},
        {"deep flow sequences", [] { return repeat("[", 1000000); }},
        {"deep flow mappings", [] { return repeat("{a: ", 500000); }},
        {"deep mixed flow", [] { return head + "  - tags: " + repeat("[{a: ", 200000) + "\n"; }},
        {"deep nesting inside a card", [] { return head + "  - kind: question\n    text: " + repeat("[", 50) + "\n"; }},
        // Anchors and aliases: cycles and bombs.
        {"alias cycle", [] { return "a: &a [*a]\n"; }},
        {"self-referencing card", [] { return head + "  - &c {kind: question, text: *c}\n"; }},
        {"billion laughs", [] {
             std::string s = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
             for (int i = 1; i < 30; ++i) {
                 s += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" +
                      repeat("*a" + std::to_string(i - 1) + ", ", 9) + "*a" + std::to_string(i - 1) + "]\n";
             }
             return s + head + "  - {kind: dare, text: *a29}\n";
         }},
        {"100,000 aliases", [] { return "x: &x hi\n" + repeat("- *x\n", 100000); }},
        // Every kind of broken encoding.
        {"UTF-16 LE with BOM", [] { return std::string("\xFF\xFE" "k\0i\0n\0", 8); }, true},
        {"UTF-16 BE with BOM", [] { return std::string("\xFE\xFF\0k\0i\0n", 8); }, true},
        {"UTF-32 LE with BOM", [] { return std::string("\xFF\xFE\0\0k\0\0\0", 8); }, true},
        {"UTF-16 without BOM", [] { std::string s; for (char c : head) { s += c; s += '\0'; } return s; }, true},
        {"overlong encoding", [] { return head + "  - {kind: dare, text: \"\xC0\xAF\"}\n"; }},
        {"encoded surrogate", [] { return head + "  - {kind: dare, text: \"\xED\xA0\x80\"}\n"; }},
        {"beyond U+10FFFF", [] { return head + "  - {kind: dare, text: \"\xF4\x90\x80\x80\"}\n"; }},
        {"truncated at the end", [] { return head + "  - {kind: dare, text: \"x\"}\n#\xE2\x82"; }},
        {"lone continuation bytes", [] { return head + repeat("\x80", 1000); }},
        {"five-byte sequence", [] { return head + "  - {kind: dare, text: \"\xF8\x88\x80\x80\x80\"}\n"; }},
        {"NUL bytes", [] { return head + std::string(1000, '\0'); }},
        {"C1 control characters", [] { return head + "  - {kind: dare, text: \"\xC2\x85\xC2\x9B\"}\n"; }},
        {"escape sequences", [] { return head + "  - {kind: dare, text: \"\x1B[31mred\"}\n"; }},
        // Huge files and fields.
        {"4 MiB plus one byte", [] { return head + std::string(max_deck_file_bytes + 1 - head.size(), ' '); }, true},
        {"one 1 MB text", [] { return head + "  - {kind: dare, text: \"" + std::string(1'000'000, 'a') + "\"}\n"; }},
        // YAML allows keys of at most 1,024 characters, and yaml-cpp keeps to that.
        {"one 1 MB key", [] { return head + "  - {" + std::string(1'000'000, 'k') + ": 1, kind: dare, text: x}\n"; }},
        {"100,000 tags", [] { return head + "  - {kind: dare, text: x, tags: [" + repeat("t, ", 100000) + "t]}\n"; }},
        {"a 1 MB card id", [] { return head + "  - {kind: dare, text: x, id: " + std::string(1'000'000, 'a') + "}\n"; }},
        {"a huge number", [] { return head + "  - {kind: dare, text: x, timer: " + std::string(5000, '9') + "}\n"; }},
        {"3 million empty values", [] { return head + "  - {kind: dare, text: x, tags: [" + repeat(",", 3'000'000) + "]}\n"; }},
        {"4 MB of one plain scalar", [] { return "title: " + repeat("word ", 800'000) + "\n"; }},
        {"unclosed quote at the start of 4 MB", [] { return head + "  - {kind: dare, text: \"" + repeat("word ", 800'000); }},
        {"50,000 cards of ten texts", [] {
             std::string s = head;
             for (int i = 0; i < 50'500; ++i) s += "  - {kind: dare, text: x" + std::to_string(i % 10) + "}\n";
             return s;
         }},
        {"300,000 duplicate keys", [] { return head + "  - {" + repeat("kind: dare, ", 300'000) + "text: x}\n"; }},
    };
}

struct ChildReport {
    long peak_kib = 0;
    int errors = 0;
    int warnings = 0;
    int unlocated = 0;
    bool ok = false;
    char first[200] = {};
};

ChildReport read_in_child(const std::string& bytes) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        ChildReport report;
        const DeckReadResult result = read_deck(bytes, "hostile.yaml");
        report.ok = result.ok();
        for (const Diagnostic& d : result.diagnostics) {
            ++(d.severity == Severity::error ? report.errors : report.warnings);
            if (d.position.line < 1 || d.position.column < 1) ++report.unlocated;
        }
        if (!result.diagnostics.empty()) {
            const std::string text = format_diagnostic(result.diagnostics.front()).substr(0, sizeof report.first - 1);
            text.copy(report.first, text.size());
        }
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        report.peak_kib = usage.ru_maxrss;
        [[maybe_unused]] const auto written = ::write(fds[1], &report, sizeof report);
        ::_exit(0);
    }
    ::close(fds[1]);
    ChildReport report;
    const auto got = ::read(fds[0], &report, sizeof report);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    REQUIRE(got == static_cast<ssize_t>(sizeof report));
    return report;
}

}  // namespace

TEST_CASE("Hostile decks get located errors in bounded memory, never a crash") {
    for (const HostileCase& hostile : hostile_cases()) {
        // The input is built in the parent and shared copy-on-write, so the child's peak is
        // the input plus what reading it costs.
        const std::string bytes = hostile.make();
        const ChildReport report = read_in_child(bytes);
        INFO(hostile.name << ": " << report.first << " (peak " << report.peak_kib / 1024 << " MiB)");
        if (hostile.only_a_warning) {
            CHECK(report.warnings >= 1);
        } else {
            CHECK_FALSE(report.ok);
            CHECK(report.errors >= 1);
        }
        if (!hostile.whole_file) CHECK(report.unlocated == 0);
        if (measuring_memory) CHECK(report.peak_kib < memory_bound_kib);
    }
}
