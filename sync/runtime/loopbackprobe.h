#pragma once

#include "sync/store/profile.h"

#include <QObject>
#include <QStringList>

namespace Tandem {

// Whether anything still listens where a profile's loopback accounts point: the sandbox
// stops with the process that started it, and a profile left pointing at it would only fail.
// A loopback connect is answered or refused at once, so the check takes milliseconds; it runs
// in the background all the same, with a short timeout, and never blocks the caller.
class LoopbackProbe : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackProbe(QObject *parent = nullptr);

    // The profile's account addresses on this computer (127.0.0.0/8, ::1, localhost).
    static QStringList loopbackUrls(const ProfileSettings &settings);

    // Connects to each of them; checked() follows, also when there are none.
    void check(const ProfileSettings &settings);

Q_SIGNALS:
    // The loopback addresses nothing listens at; empty when all answered.
    void checked(const QStringList &deadUrls);

private:
    void settle(const QString &url, bool listening);

    int m_pending = 0;
    QStringList m_dead;
};

} // namespace Tandem
