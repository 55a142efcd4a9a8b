#pragma once

// What every benchmark program's main shares (header-only: only tests/bench links Google
// Benchmark). Our own flags (--smoke, and any a program adds) are taken out of argv first,
// because Google Benchmark refuses flags it does not know.

#include <benchmark/benchmark.h>

#include <cstring>
#include <functional>
#include <vector>

namespace moderation::test {

struct BenchArguments
{
    bool smoke = false; // --smoke: a tiny run that proves the program works (CI), not a measurement
    std::vector<char*> rest; // for Google Benchmark
};

// `own` may claim further flags of the program's (it returns true for one it took).
inline BenchArguments takeBenchArguments(int argc, char* argv[], const std::function<bool(const char*)>& own = {})
{
    BenchArguments arguments;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0)
            arguments.smoke = true;
        else if (!(i > 0 && own && own(argv[i])))
            arguments.rest.push_back(argv[i]);
    }
    return arguments;
}

// Runs what was registered. Exit code: 2 for a flag nobody knows, 1 when a benchmark could not
// run (`failed`, read after the run: a failure is not a figure), 0 otherwise.
inline int runBenchmarks(std::vector<char*>& arguments, const bool& failed)
{
    int count = int(arguments.size());
    benchmark::Initialize(&count, arguments.data());
    if (benchmark::ReportUnrecognizedArguments(count, arguments.data()))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return failed ? 1 : 0;
}

} // namespace moderation::test
