# Fails when a part of the code includes a part above it (docs/ARCHITECTURE.md has the picture).
# Run as a script: cmake -DROOT=<source folder> -P cmake/CheckLayers.cmake
#
# The core's layers, lowest first. A file under game/core/<layer>/ may include its own layer and
# the ones before it in this list, nothing after it, and nothing outside the core but the
# standard library and yaml-cpp (only the format layer reads YAML).
set(core_layers text format deck night store session)
# Folders outside the core (with their subfolders) that must not include what is above them,
# as "folder|pattern".
set(outside_rules
    "game/ui|\"(app|screens)/"
    "game/screens|\"app/"
    "game/ui/text|\"(app|screens|tools)/"
    "game/audio|\"(app|screens|ui)/"
    "game/phones|\"(app|screens|ui|audio)/|<SDL"
    "tools/editor/model|imgui"
)

if(NOT ROOT)
    message(FATAL_ERROR "CheckLayers.cmake: pass -DROOT=<source folder>")
endif()

set(problems "")
function(note_problem file line text)
    file(RELATIVE_PATH shown "${ROOT}" "${file}")
    set(problems "${problems}${shown}:${line}: ${text}\n" PARENT_SCOPE)
endfunction()

# Lines of `file` that are #include directives, as "LINE|TEXT" in `out`.
function(include_lines file out)
    file(STRINGS "${file}" lines)
    set(found "")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]")
            string(REPLACE ";" "," line "${line}")
            list(APPEND found "${number}|${line}")
        endif()
    endforeach()
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

list(LENGTH core_layers layer_count)
math(EXPR last_layer "${layer_count} - 1")
foreach(index RANGE ${last_layer})
    list(GET core_layers ${index} layer)
    file(GLOB_RECURSE sources "${ROOT}/game/core/${layer}/*.cpp" "${ROOT}/game/core/${layer}/*.hpp")
    foreach(source IN LISTS sources)
        include_lines("${source}" includes)
        foreach(entry IN LISTS includes)
            string(REGEX MATCH "^([0-9]+)\\|(.*)$" _ "${entry}")
            set(line "${CMAKE_MATCH_1}")
            set(text "${CMAKE_MATCH_2}")
            if(text MATCHES "\"core/([a-z_]+)/")
                list(FIND core_layers "${CMAKE_MATCH_1}" included_index)
                if(included_index EQUAL -1)
                    note_problem("${source}" ${line} "includes an unknown core folder: ${text}")
                elseif(included_index GREATER index)
                    note_problem("${source}" ${line}
                        "the ${layer} layer includes the higher ${CMAKE_MATCH_1} layer: ${text}")
                endif()
            elseif(text MATCHES "\"")
                note_problem("${source}" ${line}
                    "core files include other core files by their full path (\"core/LAYER/NAME.hpp\"): ${text}")
            elseif(text MATCHES "<(SDL|imgui|yaml-cpp)")
                if(NOT (CMAKE_MATCH_1 STREQUAL "yaml-cpp" AND layer STREQUAL "format"))
                    note_problem("${source}" ${line} "the core's ${layer} layer includes ${text}")
                endif()
            endif()
        endforeach()
    endforeach()
endforeach()

foreach(rule IN LISTS outside_rules)
    string(REGEX MATCH "^([^|]+)\\|(.*)$" _ "${rule}")
    set(folder "${CMAKE_MATCH_1}")
    set(pattern "${CMAKE_MATCH_2}")
    file(GLOB_RECURSE sources "${ROOT}/${folder}/*.cpp" "${ROOT}/${folder}/*.hpp")
    foreach(source IN LISTS sources)
        include_lines("${source}" includes)
        foreach(entry IN LISTS includes)
            string(REGEX MATCH "^([0-9]+)\\|(.*)$" _ "${entry}")
            set(line "${CMAKE_MATCH_1}")
            set(text "${CMAKE_MATCH_2}")
            if(text MATCHES "${pattern}")
                note_problem("${source}" ${line} "${folder} must not include this: ${text}")
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    # NOTICE prints the lines as they are (FATAL_ERROR would re-wrap them).
    message(NOTICE "${problems}")
    message(FATAL_ERROR "Includes against the layering, listed above (docs/ARCHITECTURE.md)")
endif()
message(STATUS "Layering: every include points downwards")
