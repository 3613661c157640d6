// Running the steps of one job side by side on cores the run leaves idle, for work that
// splits into independent steps and that someone waits for: a draft in a new language, whose
// patterns and entries RE2 compiles one by one in up to milliseconds each, or a pack being
// tested, all of whose entries are compiled. A run over many files keeps every core busy with
// files already, and "-j1" asks for one core.
#pragma once

#include <cstddef>
#include <functional>

namespace draftlint {

// The machine's cores, at least one (the standard library may not know them).
size_t MachineCores();

// How many helper threads ParallelFor may start besides the calling thread: the cores the
// run leaves idle, as the command line or the language server counts them. None until set.
void SetSpareThreads(size_t count);

// Calls body(0) ... body(count - 1), on the calling thread and on up to the spare threads,
// and returns when all have returned. body must not throw.
void ParallelFor(size_t count, const std::function<void(size_t)>& body);

}  // namespace draftlint
