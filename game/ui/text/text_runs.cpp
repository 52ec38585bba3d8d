#include "ui/text/text_runs.hpp"

#include "core/text/unicode.hpp"
#include "ui/text/emoji.hpp"
#include "ui/text/unicode_properties.hpp"

#include <fribidi.h>

#include <algorithm>
#include <optional>
#include <span>

namespace kindling::text {
namespace {

bool ends_paragraph(char32_t c) {
    return c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f' || c == U'\u0085' ||
           c == U'\u2028' || c == U'\u2029';
}

bool is_control(char32_t c) { return c < U'\u0020' || (c >= U'\u007F' && c < U'\u00A0'); }

struct BidiLevels {
    std::uint8_t base_level = 0;
    std::vector<std::uint8_t> levels;  // one per code point
};

BidiLevels resolve_bidi(const std::vector<unicode::CodePointAt>& code_points) {
    BidiLevels result;
    const auto count = code_points.size();
    result.levels.assign(count, 0);
    if (count == 0) return result;

    std::vector<FriBidiChar> chars(count);
    std::transform(code_points.begin(), code_points.end(), chars.begin(),
                   [](const auto& cp) { return static_cast<FriBidiChar>(cp.code_point); });
    const auto length = static_cast<FriBidiStrIndex>(count);
    std::vector<FriBidiCharType> types(count);
    std::vector<FriBidiBracketType> brackets(count);
    std::vector<FriBidiLevel> levels(count);
    fribidi_get_bidi_types(chars.data(), length, types.data());
    fribidi_get_bracket_types(chars.data(), length, types.data(), brackets.data());
    FriBidiParType direction = FRIBIDI_PAR_ON;
    const FriBidiLevel max_level_plus_one = fribidi_get_par_embedding_levels_ex(
        types.data(), brackets.data(), length, &direction, levels.data());
    if (max_level_plus_one == 0) return result;  // allocation failure: plain left to right

    result.base_level = direction == FRIBIDI_PAR_RTL ? 1 : 0;
    std::transform(levels.begin(), levels.end(), result.levels.begin(),
                   [](FriBidiLevel level) { return static_cast<std::uint8_t>(level); });
    return result;
}

// The script of a cluster: that of its first character with a real script, or neutral.
ScriptTag cluster_script(std::span<const char32_t> cluster) {
    for (char32_t c : cluster) {
        const ScriptTag script = unicode::script_of(c);
        if (!script.is_neutral()) return script;
    }
    return ScriptTag{};
}

bool covers_cluster(FontResolver& fonts, FaceId face, std::span<const char32_t> cluster) {
    return std::all_of(cluster.begin(), cluster.end(), [&](char32_t c) {
        return unicode::is_default_ignorable(c) || fonts.face_covers(face, c);
    });
}

struct ClusterChoice {
    FaceId face = 0;
    bool emoji = false;
};

struct ClusterInfo {
    ClusterChoice choice;
    std::uint8_t level = 0;
    ScriptTag script;  // neutral until resolved from the neighbours
};

class FaceChooser {
public:
    FaceChooser(FontRole role, FontResolver& fonts)
        : role_(role), fonts_(fonts), primary_(fonts.primary_face(role)),
          emoji_(fonts.emoji_face()) {}

    // The face a cluster gets on its own merits, ignoring its neighbours.
    ClusterChoice choose(std::span<const char32_t> cluster) {
        const auto presentation = emoji_presentation(cluster);
        if (emoji_ && presentation == EmojiPresentation::emoji) return {*emoji_, true};
        // Emoji whose default look is text (U+2764 HEAVY BLACK HEART...) stay text when the
        // primary font draws them, and are drawn in colour rather than by another text font.
        if (emoji_ && presentation == EmojiPresentation::text_default &&
            !fonts_.face_covers(primary_, cluster.front()) &&
            fonts_.face_covers(*emoji_, cluster.front())) {
            return {*emoji_, true};
        }
        if (covers_cluster(fonts_, primary_, cluster)) return {primary_, false};

        // The first character the primary face lacks decides which fallback to try.
        const auto missing = std::find_if(cluster.begin(), cluster.end(), [&](char32_t c) {
            return !unicode::is_default_ignorable(c) && !fonts_.face_covers(primary_, c);
        });
        if (missing == cluster.end()) return {primary_, false};
        if (const auto fallback = fonts_.fallback_face(role_, *missing)) {
            return {*fallback, false};
        }
        return {primary_, false};  // nothing has it: the primary face's "missing glyph" box
    }

    // Spaces, punctuation and digits join the run next to them when its face has them and it
    // goes the same direction: the text before them first, else the text after them. So an
    // Arabic or CJK sentence is one run (shaped as a whole), not a run per word.
    ClusterChoice choose_neutral(std::span<const char32_t> cluster, std::uint8_t level,
                                 const ClusterInfo* before, const ClusterInfo* after) {
        for (const ClusterInfo* neighbour : {before, after}) {
            if (neighbour != nullptr && neighbour->level == level && !neighbour->choice.emoji &&
                covers_cluster(fonts_, neighbour->choice.face, cluster)) {
                return neighbour->choice;
            }
        }
        return choose(cluster);
    }

private:
    FontRole role_;
    FontResolver& fonts_;
    FaceId primary_;
    std::optional<FaceId> emoji_;
};

// Spaces, punctuation, digits and emoji have no script of their own. Each takes the script of
// the text before it when both share a face and direction (a space inside an Arabic phrase),
// otherwise that of the text after it (the space between an Arabic phrase and an English word
// belongs to the English), and at the very end that of whatever precedes it.
void resolve_neutral_scripts(std::vector<ClusterInfo>& infos) {
    const auto same_run = [](const ClusterInfo& a, const ClusterInfo& b) {
        return a.choice.face == b.choice.face && a.choice.emoji == b.choice.emoji &&
               a.level == b.level;
    };
    for (std::size_t k = 1; k < infos.size(); ++k) {
        if (infos[k].script.is_neutral() && same_run(infos[k - 1], infos[k])) {
            infos[k].script = infos[k - 1].script;
        }
    }
    for (std::size_t k = infos.size(); k-- > 1;) {
        if (infos[k - 1].script.is_neutral()) infos[k - 1].script = infos[k].script;
    }
    for (std::size_t k = 1; k < infos.size(); ++k) {
        if (infos[k].script.is_neutral()) infos[k].script = infos[k - 1].script;
    }
}

}  // namespace

std::vector<std::string> split_paragraphs(std::string_view text) {
    const std::string clean = unicode::sanitize_utf8(text);
    std::vector<std::string> paragraphs(1);
    for (std::size_t at = 0; at < clean.size();) {
        const auto decoded = kindling::unicode::decode(clean, at);
        const char32_t c = decoded.code_point;
        const bool crlf = c == U'\r' && at + 1 < clean.size() && clean[at + 1] == '\n';
        at += decoded.length + (crlf ? 1 : 0);
        if (ends_paragraph(c)) {
            paragraphs.emplace_back();
        } else if (c == U'\t') {
            paragraphs.back() += ' ';
        } else if (!is_control(c)) {
            kindling::unicode::append_utf8(paragraphs.back(), c);
        }
    }
    return paragraphs;
}

ItemisedParagraph itemise_paragraph(std::string paragraph, FontRole role, FontResolver& fonts) {
    ItemisedParagraph result;
    result.text = std::move(paragraph);
    result.clusters = unicode::grapheme_boundaries(result.text);
    const auto code_points = unicode::decode_utf8(result.text);
    const BidiLevels bidi = resolve_bidi(code_points);
    result.base_level = bidi.base_level;
    if (result.text.empty()) return result;

    std::vector<char32_t> chars(code_points.size());
    std::transform(code_points.begin(), code_points.end(), chars.begin(),
                   [](const auto& cp) { return cp.code_point; });

    // Code points of each cluster, its level and (possibly neutral) script.
    const std::size_t count = result.cluster_count();
    std::vector<std::span<const char32_t>> clusters;
    std::vector<ClusterInfo> infos(count);
    std::vector<bool> neutral(count);
    std::size_t first_char = 0;
    for (std::size_t k = 0; k < count; ++k) {
        std::size_t end_char = first_char;
        while (end_char < code_points.size() &&
               code_points[end_char].offset < result.clusters[k + 1]) {
            ++end_char;
        }
        clusters.emplace_back(chars.data() + first_char, end_char - first_char);
        infos[k].level = bidi.levels[first_char];
        infos[k].script = cluster_script(clusters[k]);
        neutral[k] = infos[k].script.is_neutral() &&
                     emoji_presentation(clusters[k]) != EmojiPresentation::emoji;
        first_char = end_char;
    }

    // Faces: clusters with a script (and emoji) first, then the neutral ones between them.
    FaceChooser chooser(role, fonts);
    for (std::size_t k = 0; k < count; ++k) {
        if (!neutral[k]) infos[k].choice = chooser.choose(clusters[k]);
    }
    for (std::size_t k = 0; k < count; ++k) {
        if (!neutral[k]) continue;
        std::size_t next = k + 1;
        while (next < count && neutral[next]) ++next;
        infos[k].choice = chooser.choose_neutral(clusters[k], infos[k].level,
                                                 k > 0 ? &infos[k - 1] : nullptr,
                                                 next < count ? &infos[next] : nullptr);
    }
    resolve_neutral_scripts(infos);

    for (std::size_t k = 0; k < infos.size(); ++k) {
        const auto& info = infos[k];
        if (!result.runs.empty()) {
            TextRun& last = result.runs.back();
            if (last.face == info.choice.face && last.emoji == info.choice.emoji &&
                last.bidi_level == info.level && last.script == info.script) {
                last.end = result.clusters[k + 1];
                continue;
            }
        }
        result.runs.push_back({result.clusters[k], result.clusters[k + 1], info.choice.face,
                               info.level, info.script, info.choice.emoji});
    }
    return result;
}

}  // namespace kindling::text
