#pragma once

#include "sync/credentials/credentialstore.h"

#include <optional>

namespace Tandem {

// The secrets a process may be given in its environment: TANDEM_WIX_API_KEY and
// TANDEM_CRMOFFICE_TOKEN (an API token). tandem-cli and the desktop app both take them before
// the keychain, for that process only: they are never written to the keychain, the settings or
// a log, so they last as long as the session that set them.
class EnvironmentSecrets
{
public:
    // The variable that can carry `which`; null for the refresh token, which none does.
    static const char *variable(Secret which);
    // The value, or nullopt when the variable is unset or empty.
    static std::optional<QString> value(Secret which);
    static bool provides(Secret which) { return value(which).has_value(); }
};

} // namespace Tandem
