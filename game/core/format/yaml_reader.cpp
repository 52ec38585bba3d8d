#include "core/format/yaml_reader.hpp"

#include "core/format/yaml_encoding.hpp"
#include "core/format/yaml_source.hpp"
#include "core/format/yaml_syntax_errors.hpp"
#include "core/format/yaml_tree_builder.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <deque>
#include <istream>
#include <new>
#include <streambuf>
#include <string>

namespace kindling::yaml {

namespace {

std::string size_in_mib(std::size_t bytes) {
    constexpr std::size_t mib = 1024 * 1024;
    const std::size_t tenths = (bytes * 10 + mib / 2) / mib;
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0) text += "." + std::to_string(tenths % 10);
    return text + " MiB";
}

// Hands the text to yaml-cpp in pieces, and ends it early when yaml-cpp has read too much
// beyond the last event it reported. yaml-cpp holds back every token of a [ ] or { } collection
// that starts a line or follows "- " until the collection ends (it might turn out to be a key),
// at about 100 bytes of memory per token; without a cap a long one-line list would cost
// gigabytes before the tree builder could count a single value. Tokens in brackets come from
// the brackets and commas, so those are what is counted: spaces, comments and long texts cost
// no tokens and are not limited here.
class CappedInput final : public std::streambuf {
public:
    CappedInput(std::string_view text, const detail::TreeBuilder& builder, std::size_t max_unresolved)
        : text_(text), builder_(builder), max_unresolved_(max_unresolved) {
        char* const begin = const_cast<char*>(text_.data());
        setg(begin, begin, begin);
    }
    [[nodiscard]] bool was_cut() const noexcept { return cut_; }
    // Where the text that could not be resolved begins, roughly: the last event before the cut.
    [[nodiscard]] std::size_t last_event_before_cut() const noexcept { return last_event_before_cut_; }

protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        const auto next = static_cast<std::size_t>(egptr() - eback());
        if (next >= text_.size()) return traits_type::eof();
        constexpr std::size_t piece = 4096;
        const std::size_t end = std::min(text_.size(), next + piece);
        static constexpr auto is_indicator = [] {
            std::array<unsigned char, 256> table{};
            for (const char c : {'[', ']', '{', '}', ','}) table[static_cast<unsigned char>(c)] = 1;
            return table;
        }();
        std::size_t indicators = 0;
        for (std::size_t i = next; i < end; ++i) indicators += is_indicator[static_cast<unsigned char>(text_[i])];
        pieces_.push_back({end, indicators});
        unresolved_ += indicators;
        while (!pieces_.empty() && pieces_.front().end <= builder_.last_event_pos()) {
            unresolved_ -= pieces_.front().indicators;
            pieces_.pop_front();
        }
        if (unresolved_ > max_unresolved_) {
            cut_ = true;
            last_event_before_cut_ = builder_.last_event_pos();
            return traits_type::eof();
        }
        char* const begin = const_cast<char*>(text_.data());
        setg(begin, begin + next, begin + end);
        return traits_type::to_int_type(*gptr());
    }

private:
    struct Piece {
        std::size_t end;
        std::size_t indicators;
    };
    std::string_view text_;
    const detail::TreeBuilder& builder_;
    std::size_t max_unresolved_;
    std::deque<Piece> pieces_;  // handed out and not yet passed by an event
    std::size_t unresolved_ = 0;
    bool cut_ = false;
    std::size_t last_event_before_cut_ = 0;
};

detail::SyntaxError too_long_to_resolve(const detail::SourceText& source, std::size_t from, std::size_t limit) {
    const std::size_t bracket = source.text().find_first_of("[{", from);
    std::vector<MessageArg> args{{"max", std::to_string(limit)}};
    if (bracket != std::string_view::npos) return {source.position(bracket), detail::yaml_problem("brackets_too_long", args)};
    return {source.position(from), detail::yaml_problem("brackets_that_follow_too_long", args)};
}

void parse(const detail::SourceText& source, const ReadLimits& limits, detail::TreeBuilder& builder,
           ReadResult& result) {
    detail::check_directives(source);
    CappedInput buffer(source.text(), builder, limits.max_unresolved_indicators);
    std::istream input(&buffer);
    try {
        YAML::Parser parser(input);
        if (parser.HandleNextDocument(builder)) {
            builder.finish_document();
            // A second document is refused from the builder when it starts.
            parser.HandleNextDocument(builder);
        }
    } catch (const YAML::Exception& error) {
        // Whatever yaml-cpp says about a text that was cut short is about the cut.
        if (buffer.was_cut()) throw too_long_to_resolve(source, buffer.last_event_before_cut(), limits.max_unresolved_indicators);
        const std::size_t pos = error.mark.pos < 0 ? builder.last_event_pos() : static_cast<std::size_t>(error.mark.pos);
        if (dynamic_cast<const YAML::DeepRecursion*>(&error) != nullptr) {
            throw detail::SyntaxError{source.position(pos),
                                      detail::yaml_problem("too_deep", {{"max", std::to_string(limits.max_depth)}})};
        }
        throw detail::explain_syntax_error(source, builder, pos, error.msg);
    }
    if (buffer.was_cut()) throw too_long_to_resolve(source, buffer.last_event_before_cut(), limits.max_unresolved_indicators);
    result.root = builder.take_root();
    result.complete = true;
}

}  // namespace

ReadResult read_document(std::string_view text, DiagnosticList& diagnostics, const ReadLimits& limits,
                         StreamingSink* sink) {
    ReadResult result;
    if (text.size() > limits.max_bytes) {
        diagnostics.error({}, Message{"problems.file.too_large", {{"bytes", std::to_string(text.size())},
                                                                  {"max", size_in_mib(limits.max_bytes)}}});
        return result;
    }
    const detail::EncodingCheck encoding = detail::check_encoding(text, diagnostics);
    if (!encoding.ok) return result;
    text.remove_prefix(encoding.bom_length);

    std::string normalized;
    if (detail::has_carriage_return(text)) {
        normalized = detail::normalize_line_breaks(text);
        text = normalized;
    }
    const detail::SourceText source(text);
    detail::TreeBuilder builder(source, limits, sink);
    try {
        parse(source, limits, builder, result);
    } catch (const detail::SyntaxError& error) {
        diagnostics.error(error.position, error.message);
        result = {};
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& error) {
        // Not expected from yaml-cpp's parser, but never let a file crash the game.
        diagnostics.error(source.position(builder.last_event_pos()),
                          Message{"problems.file.unreadable", {{"error", error.what()}}});
        result = {};
    }
    return result;
}

}  // namespace kindling::yaml
