#pragma once
// How Catch2 prints Kindling values in failed assertions.

#include "core/format/diagnostics.hpp"

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<kindling::SourcePosition> {
    static std::string convert(const kindling::SourcePosition& position) {
        return std::to_string(position.line) + ":" + std::to_string(position.column);
    }
};
}  // namespace Catch
