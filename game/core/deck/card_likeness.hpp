#pragma once
// Cards that ask much the same thing in different words, across every deck given at once.
//
// find_near_duplicates (text_similarity.hpp) catches texts that are nearly identical. Writers
// also repeat an idea with new wording ("Which meal feels like a warm blanket?" in one deck,
// "Everyone: which meal feels like a warm blanket to you?" in another). This measure is looser:
// words are reduced to a rough stem ("kindest" and "kind" meet), each shared word counts by how
// rare it is among the texts given (sharing "blanket" says more than sharing "lesson"), and words
// that many of the texts use (a deck's template, "Everyone:", "Guess my answer:") or nearly any
// card uses ("feel", "time", "together") are left out.
// Two texts must share at least two such words. It cannot see the same idea in entirely
// different words; that still needs a reader.

#include "core/text/text_similarity.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace kindling {

// The default is tuned on the built-in decks: it finds the repeated ideas that share their key
// words and leaves cards on merely related topics alone (tests/core/card_likeness_tests.cpp).
inline constexpr double default_likeness_threshold = 0.45;

// Pairs (first < second, sorted by second then first) whose likeness is at least `threshold`
// (0..1). Quadratic in the number of texts over those sharing a rare word; the built-in decks
// (about 500 texts) take a few milliseconds.
std::vector<SimilarPair> find_alike_texts(std::span<const std::string_view> texts,
                                          double threshold = default_likeness_threshold);

}  // namespace kindling
