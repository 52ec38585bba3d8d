// Measures reading and validating decks, the way `kindling-deck lint` and the game load them:
//   - a generated 10,000-card deck of about 2.5 MB (Kindling's reader + validator, and the naive
//     way for comparison: yaml-cpp's YAML::LoadFile plus a walk that builds the cards, and the
//     floor: yaml-cpp's event parser with a handler that does nothing);
//   - a 500-card deck, the size of a big real one;
//   - deck-shaped worst cases at the size limit, which must each be answered in under 1 s and
//     100 MiB.
// Each measurement runs in a fresh child process so its peak memory is its own. Wall time and
// the process's CPU time are both shown: on a machine shared with other work, CPU time is the
// steadier figure.
//
//   kindling-bench-decks [--repeat N] [--no-yaml-cpp]
#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_writer.hpp"
#include "deck-generator/deck_generator.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <istream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

struct Result {
    double seconds = 0;
    double cpu_seconds = 0;
    double peak_mib = 0;
    char outcome[160] = {};
};

double process_cpu_seconds() {
    timespec now{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Runs `work` in a child process and reports its wall and CPU time and peak resident memory.
Result in_child(const std::function<std::string()>& work) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return {};
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipe_fds[0]);
        Result result;
        const auto start = Clock::now();
        const double cpu_start = process_cpu_seconds();
        const std::string outcome = work();
        result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        result.cpu_seconds = process_cpu_seconds() - cpu_start;
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        result.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
        std::snprintf(result.outcome, sizeof result.outcome, "%s", outcome.c_str());
        [[maybe_unused]] const auto written = ::write(pipe_fds[1], &result, sizeof result);
        ::_exit(0);
    }
    ::close(pipe_fds[1]);
    Result result;
    [[maybe_unused]] const auto got = ::read(pipe_fds[0], &result, sizeof result);
    ::close(pipe_fds[0]);
    ::waitpid(child, nullptr, 0);
    return result;
}

Result best_of(int repeat, const std::function<std::string()>& work) {
    Result best;
    best.seconds = 1e30;
    for (int i = 0; i < repeat; ++i) {
        const Result one = in_child(work);
        if (one.cpu_seconds < best.cpu_seconds || i == 0) best = one;
    }
    return best;
}

std::string kindling_outcome(const kindling::DeckReadResult& result) {
    if (result.ok()) return std::to_string(result.deck.cards.size()) + " cards, " +
                            std::to_string(result.warning_count()) + " warnings";
    const auto& first = result.diagnostics.front();
    return std::to_string(result.error_count()) + " errors, first: " + std::to_string(first.position.line) +
           ":" + std::to_string(first.position.column) + " " + first.message.substr(0, 70);
}

// The floor for any reader built on yaml-cpp's event parser: the parse with a handler that
// does nothing, so no tree, no checks and no cards.
class IgnoringHandler final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++events; }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { ++events; }
    void OnMapEnd() override {}
    std::size_t events = 0;
};

std::string parse_ignoring_events(std::istream& input) {
    YAML::Parser parser(input);
    IgnoringHandler handler;
    while (parser.HandleNextDocument(handler)) {}
    return std::to_string(handler.events) + " events";
}

// The naive way: yaml-cpp's node tree, then a walk that builds the cards.
std::string load_with_yaml_cpp(const fs::path& path) {
    const YAML::Node root = YAML::LoadFile(path.string());
    kindling::Deck deck;
    deck.id = root["id"].as<std::string>();
    deck.title = root["title"].as<std::string>();
    for (const YAML::Node& node : root["cards"]) {
        kindling::Card card;
        card.kind = *kindling::card_kind_from_string(node["kind"].as<std::string>());
        card.text = node["text"].as<std::string>();
        if (node["level"]) card.level = node["level"].as<int>();
        if (node["timer"]) card.timer_seconds = node["timer"].as<int>();
        if (node["tags"]) card.tags = node["tags"].as<std::vector<std::string>>();
        deck.cards.push_back(std::move(card));
    }
    return std::to_string(deck.cards.size()) + " cards";
}

void print(const char* name, const Result& result, double megabytes) {
    std::printf("%-44s %8.1f ms cpu %8.1f ms wall %8.1f MB/s %7.1f MiB  %s\n", name, result.cpu_seconds * 1000.0,
                result.seconds * 1000.0, megabytes / result.cpu_seconds, result.peak_mib, result.outcome);
}

std::string worst_case(const std::string& shape) {
    const std::size_t limit = kindling::max_deck_file_bytes - 64;
    std::string out = "kindling_deck: 1\nid: worst\ntitle: Worst\ncards:\n";
    if (shape == "long texts") {
        for (int i = 0; out.size() < limit - 1100; ++i) {
            out += "  - {kind: question, text: \"" + std::to_string(i) + std::string(995, 'w') + "\"}\n";
        }
    } else if (shape == "too many cards") {
        for (int i = 0; out.size() < limit - 40; ++i) out += "- {kind: dare, text: x" + std::to_string(i % 10) + "}\n";
    } else if (shape == "one flow list") {
        out = "cards: [";
        while (out.size() < limit - 20) out += "1, [x], {a: b}, ";
        out += "0]\n";
    } else if (shape == "wrong types everywhere") {
        while (out.size() < limit - 80) out += "  - {kind: [x], text: {a: b}, level: high, timer: -1}\n";
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 5;
    bool yaml_cpp = true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--no-yaml-cpp") == 0) yaml_cpp = false;
        else {
            std::fprintf(stderr, "usage: kindling-bench-decks [--repeat N] [--no-yaml-cpp]\n");
            return 2;
        }
    }

    kindling::testing::DeckShape shape;
    shape.cards = 10'000;
    shape.tricky_text = false;
    shape.min_words = 12;
    shape.max_words = 26;
    const std::string deck_text = kindling::write_deck(kindling::testing::random_deck(2026, shape));
    const fs::path deck_path = fs::temp_directory_path() / ("kindling-bench-" + std::to_string(::getpid()) + ".yaml");
    std::ofstream(deck_path, std::ios::binary) << deck_text;
    const double megabytes = static_cast<double>(deck_text.size()) / 1e6;

    std::printf("10,000-card deck, %.2f MB; best of %d runs, each in a fresh process\n", megabytes, repeat);
    print("kindling: read + validate (game)", best_of(repeat, [&] {
              kindling::DeckReadOptions options;
              options.style_warnings = false;
              return kindling_outcome(kindling::read_deck_file(deck_path, options));
          }), megabytes);
    print("kindling: read + validate + style (lint)", best_of(repeat, [&] {
              return kindling_outcome(kindling::read_deck_file(deck_path));
          }), megabytes);
    if (yaml_cpp) {
        print("yaml-cpp: LoadFile + walk (naive)", best_of(repeat, [&] { return load_with_yaml_cpp(deck_path); }), megabytes);
        print("yaml-cpp: event parser, handler does nothing", best_of(repeat, [&] {
                  std::ifstream input(deck_path, std::ios::binary);
                  return parse_ignoring_events(input);
              }),
              megabytes);
    }
    fs::remove(deck_path);

    shape.cards = 500;
    const std::string small_deck = kindling::write_deck(kindling::testing::random_deck(2027, shape));
    print("kindling: 500-card deck, read + validate", best_of(repeat, [&] {
              kindling::DeckReadOptions options;
              options.style_warnings = false;
              return kindling_outcome(kindling::read_deck(small_deck, "small.yaml", options));
          }), static_cast<double>(small_deck.size()) / 1e6);
    if (yaml_cpp) {
        print("yaml-cpp: 500 cards, handler does nothing", best_of(repeat, [&] {
                  std::istringstream input(small_deck);
                  return parse_ignoring_events(input);
              }), static_cast<double>(small_deck.size()) / 1e6);
    }

    std::printf("\nworst cases at the %zu MiB limit, read + validate + style warnings\n",
                kindling::max_deck_file_bytes / (1024 * 1024));
    for (const std::string name : {"long texts", "too many cards", "one flow list", "wrong types everywhere"}) {
        const std::string text = worst_case(name);
        const double size = static_cast<double>(text.size()) / 1e6;
        print(name.c_str(), best_of(std::min(repeat, 3), [&] { return kindling_outcome(kindling::read_deck(text, "worst.yaml")); }), size);
    }
    return 0;
}
