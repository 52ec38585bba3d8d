# Compiler settings shared by every Kindling target, as an interface library so that each
# target opts in explicitly (no directory-wide flags).
add_library(kindling_build_settings INTERFACE)
target_compile_options(kindling_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough
    # Aggregates with default member values are meant to be partly initialised.
    -Wno-missing-field-initializers
    $<$<BOOL:${KINDLING_WERROR}>:-Werror>)

if(KINDLING_SANITIZE)
    target_compile_options(kindling_build_settings INTERFACE
        -fsanitize=${KINDLING_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(kindling_build_settings INTERFACE -fsanitize=${KINDLING_SANITIZE})
endif()
