#include "sync/credentials/environmentsecrets.h"

namespace Tandem {

const char *EnvironmentSecrets::variable(Secret which)
{
    switch (which) {
    case Secret::WixApiKey:
        return "TANDEM_WIX_API_KEY";
    case Secret::CrmAccessToken:
        return "TANDEM_CRMOFFICE_TOKEN";
    case Secret::CrmRefreshToken:
        break;
    }
    return nullptr;
}

std::optional<QString> EnvironmentSecrets::value(Secret which)
{
    const char *name = variable(which);
    if (!name)
        return std::nullopt;
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

} // namespace Tandem
