// Measures Kindling's YAML reader (yaml-cpp's event parser plus Kindling's checks and tree)
// against yaml-cpp's event parser with a handler that does nothing, on deck-shaped input and on
// pathological shapes, printing time, throughput and peak memory for each: the difference is
// what Kindling adds to parsing.
//
//   kindling-bench-yaml                 deck 2.5 MB and one near the limit, pathological shapes
//   kindling-bench-yaml --size-mb 4     pathological shapes at 4 MB instead
//   kindling-bench-yaml --no-yaml-cpp   only Kindling's reader
//   kindling-bench-yaml --repeat 5      best of 5 runs (default 3)
//   kindling-bench-yaml --only flow     only the cases whose name contains "flow"
#include "core/format/diagnostics.hpp"
#include "core/format/yaml_reader.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

// Peak resident memory of this process in KiB (VmHWM), reset before each measured run.
long peak_rss_kib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    }
    return -1;
}

void reset_peak_rss() {
    std::ofstream clear_refs("/proc/self/clear_refs");
    clear_refs << "5";  // resets VmHWM to the current resident size (Linux >= 4.0)
}

// Keeps nothing of the streamed items, as a validator that checks cards one by one would.
class CountingSink final : public kindling::yaml::StreamingSink {
public:
    [[nodiscard]] bool streams(std::string_view key) const override { return key == "cards" || key == "items"; }
    void item(std::string_view, std::size_t, kindling::yaml::Node&&) override { ++items; }
    std::size_t items = 0;
};

class NullEventHandler final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++events; }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { ++events; }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { ++events; }
    void OnMapEnd() override {}
    std::size_t events = 0;
};

struct Measurement {
    double seconds = 0;
    long peak_kib = 0;
    std::string outcome;
};

Measurement measure(int repeat, const std::function<std::string()>& run) {
    Measurement best;
    best.seconds = 1e30;
    for (int i = 0; i < repeat; ++i) {
        reset_peak_rss();
        const auto start = Clock::now();
        std::string outcome = run();
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        const long peak = peak_rss_kib();
        if (seconds < best.seconds) best.seconds = seconds;
        best.peak_kib = std::max(best.peak_kib, peak);
        best.outcome = std::move(outcome);
    }
    return best;
}

std::string read_with_kindling(const std::string& text, bool stream) {
    kindling::DiagnosticList diagnostics("bench.yaml");
    CountingSink sink;
    const kindling::yaml::ReadResult result =
        kindling::yaml::read_document(text, diagnostics, {}, stream ? &sink : nullptr);
    if (!diagnostics.items().empty()) {
        const kindling::Diagnostic& first = diagnostics.items().front();
        return "refused at " + std::to_string(first.position.line) + ":" +
               std::to_string(first.position.column) + ": " + first.message.substr(0, 60);
    }
    return "ok" + (stream ? ", " + std::to_string(sink.items) + " items streamed" : std::string{});
}

std::string read_with_yaml_cpp(const std::string& text) {
    std::istringstream input(text);
    NullEventHandler handler;
    try {
        YAML::Parser parser(input);
        parser.HandleNextDocument(handler);
    } catch (const YAML::Exception& error) {
        return std::string{"refused: "} + error.what();
    }
    return "ok, " + std::to_string(handler.events) + " events";
}

// ---- input shapes ----

std::string deck(std::size_t target_bytes) {
    static const char* const kinds[] = {"question", "compliment", "gratitude", "feeling", "gesture",
                                        "activity", "dare", "vote", "guess"};
    static const char* const texts[] = {
        "\"What is a dream you have not told me about yet?\"",
        "\"Hold hands without talking until the timer ends.\"",
        "Tell me about a time you felt proud of me, and why it mattered to you",
        "\"Qu'est-ce qui t'a fait sourire aujourd'hui ? \xF0\x9F\x98\x80\"",
        "'Name three small things I did this week that you liked.'",
        "\"\xE4\xBB\x8A\xE6\x97\xA5\xE3\x81\xAF\xE4\xBD\x95\xE3\x81\x8C\xE4\xB8\x80\xE7\x95\xAA"
        "\xE6\xA5\xBD\xE3\x81\x97\xE3\x81\x8B\xE3\x81\xA3\xE3\x81\x9F\xEF\xBC\x9F\"",
    };
    std::string out =
        "# yaml-language-server: $schema=../schema/deck.schema.json\n"
        "kindling_deck: 1\nid: bench-deck\ntitle: \"Benchmark deck\"\n"
        "description: \"Cards generated for measuring the reader.\"\nlanguage: en\n"
        "themes:\n  - id: wedding\n    title: Wedding memories\n    colour: \"#c0567a\"\n"
        "cards:\n";
    for (std::size_t i = 0; out.size() < target_bytes; ++i) {
        out += "  - id: card-" + std::to_string(i) + "\n";
        out += std::string{"    kind: "} + kinds[i % 9] + "\n";
        out += std::string{"    text: "} + texts[i % 6] + "\n";
        out += "    level: " + std::to_string(i % 3 + 1) + "\n";
        out += "    intensity: personal\n    answers: both\n";
        if (i % 4 == 0) out += "    timer: 60\n";
        out += "    tags: [dreams, \"childhood\", evening]\n";
        if (i % 10 == 0) out += "    note: |\n      Written for the benchmark.\n      Second line.\n";
    }
    return out;
}

std::string huge_flow_sequence(std::size_t bytes, bool streamed) {
    std::string out = streamed ? "items: [" : "[";
    while (out.size() < bytes) out += "word, 12, \"q\", ";
    return out + "end]\n";
}

std::string long_plain_scalar(std::size_t bytes, bool multi_line) {
    std::string out = "text: ";
    while (out.size() < bytes) out += multi_line ? "many words on\n  a line " : "many words on a line ";
    return out + "end\n";
}

std::string deep_nesting(std::size_t bytes, bool flow) {
    // 14 levels inside each item of a streamed top-level list: 16 in all, the limit.
    // The leaf text keeps the whole file under the limit of 4 million values.
    const std::string leaf = "a leaf at the bottom of fifteen nested lists";
    std::string item;
    if (flow) item = "- " + std::string(14, '[') + leaf + std::string(14, ']') + "\n";
    else for (int i = 0; i < 14; ++i) item += "- ";
    if (!flow) item += leaf + "\n";
    std::string out = "cards:\n";
    while (out.size() < bytes) out += item;
    return out;
}

std::string many_tiny_keys(std::size_t bytes, bool in_items) {
    std::string out = in_items ? "cards:\n" : "";
    std::size_t key = 0;
    while (out.size() < bytes) {
        if (in_items) {
            out += "- {";
            for (int i = 0; i < 500; ++i) out += "k" + std::to_string(i) + ": 1, ";
            out += "z: 0}\n";
        } else {
            out += "k" + std::to_string(key++) + ": 1\n";
        }
    }
    return out;
}

std::string blank_runs(std::size_t bytes) {
    std::string out = "a: 1\n";
    const std::string spaces(100'000, ' ');
    while (out.size() + 2 * spaces.size() + 16 < bytes) out += spaces + "\n" + spaces + "# comment\n";
    return out + "b: 2\n";
}

// Each input is made just before it is measured and dropped after, so peak memory shows one
// input at a time.
struct Case {
    std::string name;
    std::function<std::string()> make;
    bool stream;
};

// Runs one measurement in a child process, so memory freed (but kept by the allocator) in
// one measurement cannot hide or inflate the peak of the next.
void in_fresh_process(const std::function<void()>& work) {
    std::fflush(stdout);
    const pid_t child = fork();
    if (child == 0) {
        work();
        std::fflush(stdout);
        _exit(0);
    }
    int status = 0;
    if (child > 0) waitpid(child, &status, 0);
}

// Peak RSS includes the input text itself (its size is shown), which the benchmark holds.
void print_measurement(const char* reader, const Measurement& m, std::size_t bytes) {
    std::printf("    %-9s %6.2f MB %8.1f ms %8.1f MB/s  peak RSS %6.1f MiB  %s\n", reader,
                static_cast<double>(bytes) / 1e6, m.seconds * 1e3,
                static_cast<double>(bytes) / 1e6 / m.seconds, static_cast<double>(m.peak_kib) / 1024.0,
                m.outcome.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t large = kindling::yaml::ReadLimits{}.max_bytes;
    bool with_yaml_cpp = true;
    int repeat = 3;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--no-yaml-cpp") {
            with_yaml_cpp = false;
        } else if (arg == "--size-mb" && i + 1 < argc) {
            large = static_cast<std::size_t>(std::stod(argv[++i]) * 1e6);
        } else if (arg == "--only" && i + 1 < argc) {
            only = argv[++i];
        } else if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::stoi(argv[++i]));
        } else {
            std::cerr << "usage: kindling-bench-yaml [--size-mb N] [--no-yaml-cpp] [--repeat N] [--only TEXT]\n";
            return arg == "--help" || arg == "-h" ? 0 : 2;
        }
    }
    // The input must stay below the reader's size limit.
    const std::size_t limit = kindling::yaml::ReadLimits{}.max_bytes;
    const std::size_t shape_bytes = std::min(large, limit) - 64 * 1024;

    std::vector<Case> cases{
        {"deck 2.5 MB, 10,000 cards, tree in memory", [] { return deck(2'500'000); }, false},
        {"deck 2.5 MB, cards streamed", [] { return deck(2'500'000); }, true},
        {"deck near the size limit, cards streamed", [=] { return deck(shape_bytes); }, true},
        {"one huge flow list at the root", [=] { return huge_flow_sequence(shape_bytes, false); }, false},
        {"one huge flow list, streamed", [=] { return huge_flow_sequence(shape_bytes, true); }, true},
        {"one very long plain text line", [=] { return long_plain_scalar(shape_bytes, false); }, false},
        {"one very long multi-line plain text", [=] { return long_plain_scalar(shape_bytes, true); }, false},
        {"nesting at the depth limit, block", [=] { return deep_nesting(shape_bytes, false); }, true},
        {"nesting at the depth limit, flow", [=] { return deep_nesting(shape_bytes, true); }, true},
        {"many tiny keys at the top level", [=] { return many_tiny_keys(shape_bytes, false); }, false},
        {"500-key mappings, streamed", [=] { return many_tiny_keys(shape_bytes, true); }, true},
        {"long runs of spaces and comments", [=] { return blank_runs(shape_bytes); }, false},
    };

    std::printf("Kindling YAML reader vs bare yaml-cpp %s event parser, best of %d runs\n",
                "0.7", repeat);
    for (const Case& c : cases) {
        if (c.name.find(only) == std::string::npos) continue;
        std::printf("%s\n", c.name.c_str());
        std::fflush(stdout);
        in_fresh_process([&] {
            const std::string text = c.make();
            print_measurement("kindling", measure(repeat, [&] { return read_with_kindling(text, c.stream); }),
                              text.size());
        });
        if (with_yaml_cpp) {
            in_fresh_process([&] {
                const std::string text = c.make();
                print_measurement("yaml-cpp", measure(1, [&] { return read_with_yaml_cpp(text); }),
                                  text.size());
            });
        }
    }
    return 0;
}
