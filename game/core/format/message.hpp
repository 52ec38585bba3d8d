#pragma once
// A sentence for people, kept as a code and its arguments until it is shown. The code is a key
// of the string tables (data/strings/LANG.yaml, e.g. "problems.field.blank"), so the same
// problem reads in the players' language in the game and in the author's in kindling-deck.

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

class UiStrings;

struct MessageArg {
    enum class Kind : unsigned char {
        text,     // `value` as is: a name, a number, a quoted value from the file
        key,      // `value` is a string key, for words that need translating too
                  // (e.g. "a list" in "must be text, not a list")
        choices,  // `value` is words separated by '\n', shown quoted: "a", "b" or "c"
        message,  // `value` is a string key filled with `args`: a message inside a message
                  // (e.g. why a file was set aside, inside the notice that says so)
    };
    std::string name;  // the {placeholder} it fills
    std::string value;
    Kind kind = Kind::text;
    std::vector<MessageArg> args;  // Kind::message only
    friend bool operator==(const MessageArg&, const MessageArg&) = default;
};

struct Message {
    std::string code;
    std::vector<MessageArg> args;
    friend bool operator==(const Message&, const Message&) = default;
};

// An argument whose value is a string key (MessageArg::Kind::key).
MessageArg word_arg(std::string name, std::string key);
// An argument that is a whole message, worded in the same language (MessageArg::Kind::message).
MessageArg message_arg(std::string name, Message message);
// An argument listing words to choose from (MessageArg::Kind::choices).
MessageArg choices_arg(std::string name, std::span<const std::string_view> words);

// The message in the words of `strings` (its language, else English).
std::string words(const Message& message, const UiStrings& strings);
std::string words(std::string_view code, const std::vector<MessageArg>& args, const UiStrings& strings);
// The message in English, from the built-in string table.
std::string english_words(const Message& message);

}  // namespace kindling
