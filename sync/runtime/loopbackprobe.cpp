#include "sync/runtime/loopbackprobe.h"

#include "sync/model/baseurlpolicy.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Tandem {

namespace {
constexpr int kTimeoutMs = 1500;
}

LoopbackProbe::LoopbackProbe(QObject *parent)
    : QObject(parent)
{}

QStringList LoopbackProbe::loopbackUrls(const ProfileSettings &settings)
{
    QStringList urls;
    for (const QString &url : {settings.wixUrl, settings.crmUrl}) {
        if (!url.isEmpty() && isLoopbackHost(QUrl(url).host()) && !urls.contains(url))
            urls << url;
    }
    return urls;
}

void LoopbackProbe::check(const ProfileSettings &settings)
{
    const QStringList urls = loopbackUrls(settings);
    m_dead.clear();
    m_pending = int(urls.size());
    if (urls.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT checked({}); }, Qt::QueuedConnection);
        return;
    }
    for (const QString &url : urls) {
        const QUrl parsed(url);
        auto *socket = new QTcpSocket(this);
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        const auto done = [this, socket, timeout, url](bool listening) {
            timeout->stop();
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            settle(url, listening);
        };
        connect(socket, &QTcpSocket::connected, this, [done] { done(true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [done] { done(false); });
        connect(timeout, &QTimer::timeout, this, [done] { done(false); });
        timeout->start(kTimeoutMs);
        socket->connectToHost(
            parsed.host(),
            quint16(parsed.port(parsed.scheme() == QLatin1String("http") ? 80 : 443)));
    }
}

void LoopbackProbe::settle(const QString &url, bool listening)
{
    if (!listening)
        m_dead << url;
    if (--m_pending == 0)
        Q_EMIT checked(m_dead);
}

} // namespace Tandem
