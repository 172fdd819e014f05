#include "sync/model/baseurlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Tandem {

namespace {

class BaseUrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(BaseUrlPolicy)
};

bool refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedBaseUrl(const QUrl &url, QString *why)
{
    // Shown without the parts a secret could hide in: refusals end up in logs and run summaries.
    const QString shown =
        url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!url.isValid() || url.host().isEmpty() || url.isRelative())
        return refuse(why, BaseUrlPolicy::tr("\"%1\" is not a complete web address.").arg(shown));
    if (!url.userInfo().isEmpty())
        return refuse(why,
                      BaseUrlPolicy::tr("The address %1 must not contain a user name or password; "
                                        "credentials are kept in the keychain.")
                          .arg(shown));
    if (url.hasQuery() || url.hasFragment())
        return refuse(
            why,
            BaseUrlPolicy::tr("The address %1 must not contain a query (?...) or fragment (#...).")
                .arg(shown));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return refuse(
            why,
            BaseUrlPolicy::tr("The address %1 uses plain http; use https (http is allowed only "
                              "for this computer: localhost, 127.0.0.1, ::1).")
                .arg(shown));
    }
    return refuse(why, BaseUrlPolicy::tr("The address %1 must start with https://.").arg(shown));
}

} // namespace Tandem
