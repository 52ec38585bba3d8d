#include "core/format/message.hpp"

#include "core/format/ui_strings.hpp"

#include <algorithm>
#include <utility>

namespace kindling {

namespace {

// Reading the English table can itself report problems (when the file is damaged); those are
// worded from their code alone instead of reading the table again from inside its own reading.
thread_local bool reading_english = false;

const UiStrings* english_table() {
    if (reading_english) return nullptr;
    reading_english = true;
    static const UiStrings english = load_ui_strings("en").strings;
    reading_english = false;
    return &english;
}

std::string bare_words(std::string_view code, const std::vector<MessageArg>& args) {
    std::string text(code);
    for (const MessageArg& arg : args) text += " " + arg.name + "=" + arg.value;
    return text;
}

std::string quoted_choices(std::string_view joined, const UiStrings& strings) {
    std::vector<std::string_view> items;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const std::size_t end = std::min(joined.find('\n', start), joined.size());
        items.push_back(joined.substr(start, end - start));
        start = end + 1;
    }
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? std::string(strings.text("problems.or")) : std::string(", ");
        out += '"';
        out += items[i];
        out += '"';
    }
    return out;
}

std::string value_of(const MessageArg& arg, const UiStrings& strings) {
    switch (arg.kind) {
        case MessageArg::Kind::key: return std::string(strings.text(arg.value));
        case MessageArg::Kind::choices: return quoted_choices(arg.value, strings);
        case MessageArg::Kind::message: return words(arg.value, arg.args, strings);
        case MessageArg::Kind::text: break;
    }
    return arg.value;
}

}  // namespace

MessageArg word_arg(std::string name, std::string key) {
    return {std::move(name), std::move(key), MessageArg::Kind::key};
}

MessageArg message_arg(std::string name, Message message) {
    return {std::move(name), std::move(message.code), MessageArg::Kind::message, std::move(message.args)};
}

MessageArg choices_arg(std::string name, std::span<const std::string_view> words) {
    std::string joined;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) joined += '\n';
        joined += words[i];
    }
    return {std::move(name), std::move(joined), MessageArg::Kind::choices};
}

std::string words(std::string_view code, const std::vector<MessageArg>& args, const UiStrings& strings) {
    std::vector<std::string> values;
    values.reserve(args.size());
    for (const MessageArg& arg : args) values.push_back(value_of(arg, strings));
    std::vector<Placeholder> placeholders;
    placeholders.reserve(args.size());
    for (std::size_t i = 0; i < args.size(); ++i) placeholders.emplace_back(args[i].name, values[i]);
    return fill_placeholders(strings.text(code), placeholders);
}

std::string words(const Message& message, const UiStrings& strings) {
    return words(message.code, message.args, strings);
}

std::string english_words(const Message& message) {
    const UiStrings* english = english_table();
    if (english == nullptr) return bare_words(message.code, message.args);
    return words(message, *english);
}

}  // namespace kindling
