#pragma once

#include "sandbox/sandboxbackend.h"

#include <memory>

namespace Tandem::Sandbox {

struct SandboxOptions;

// The two backends as the command-line options configure them.
std::unique_ptr<Backend> makeWixBackend(const SandboxOptions &options);
std::unique_ptr<Backend> makeCrmBackend(const SandboxOptions &options);

} // namespace Tandem::Sandbox
