#pragma once

namespace Tandem::Test {

enum class SandboxSide { Wix, Crm };

} // namespace Tandem::Test
