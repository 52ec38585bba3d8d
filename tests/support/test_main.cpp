// Catch2's main, after pointing the programs' data folder at the source tree's data: test
// programs live in build/tests/bin, where "next to the program" finds no data, and the programs
// they start inherit the variable.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char* argv[]) {
    ::setenv("KINDLING_DATA_DIR", KINDLING_TEST_SOURCE_DATA_DIR, 0);
    return Catch::Session().run(argc, argv);
}
