#include "ui/singleinstance.h"

#include "sync/store/profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

Q_LOGGING_CATEGORY(lcInstance, "tandem.instance")

namespace Tandem {

namespace {

constexpr char RaiseMessage[] = "raise\n";
constexpr int ConnectTries = 5;
constexpr int ConnectWaitMs = 100;

} // namespace

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(QDir(profileDir).absolutePath())
    , m_lock(lockPath(profileDir))
{
    // Stale means its process is gone, never "old": the app runs for days.
    m_lock.setStaleLockTime(0);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &profileDir)
{
    const QByteArray hash = QCryptographicHash::hash(QDir(profileDir).absolutePath().toUtf8(),
                                                     QCryptographicHash::Sha256);
    const QString name =
        QStringLiteral("tandem-%1").arg(QString::fromLatin1(hash.toHex().left(24)));
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

QString SingleInstance::lockPath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("app.lock"));
}

bool SingleInstance::claim()
{
    // Asked first: whether QLockFile takes a live holder for stale depends on process names.
    if (askRunningToRaise(1))
        return false;
    QString error;
    if (!Profile(m_profileDir).create(&error)) {
        qCWarning(lcInstance) << "no single-instance guard:" << error;
        return true; // the app reports the folder itself; a guard must not stop the start
    }
    if (m_lock.tryLock(0))
        return listen();
    if (m_lock.error() != QLockFile::LockFailedError) {
        qCWarning(lcInstance) << "no single-instance guard: cannot lock" << lockPath(m_profileDir);
        return true;
    }
    // A first start may hold the lock a moment before it listens.
    if (askRunningToRaise(ConnectTries))
        return false;
    // Locked, yet no one answers: the holder is stuck, or its pid was reused.
    m_lock.removeStaleLockFile();
    if (!m_lock.tryLock(0))
        qCWarning(lcInstance) << "starting beside a holder of" << lockPath(m_profileDir)
                              << "that does not answer";
    return listen();
}

bool SingleInstance::askRunningToRaise(int tries) const
{
    for (int i = 0; i < tries; ++i) {
        if (i > 0)
            QThread::msleep(ConnectWaitMs);
        QLocalSocket socket;
        socket.connectToServer(serverName(m_profileDir));
        if (socket.waitForConnected(ConnectWaitMs)) {
            socket.write(RaiseMessage);
            const bool sent = socket.waitForBytesWritten(1000);
            socket.disconnectFromServer();
            return sent;
        }
    }
    return false;
}

bool SingleInstance::listen()
{
    const QString name = serverName(m_profileDir);
    // We hold the lock, so a socket by that name is a crashed start's leftover.
    QLocalServer::removeServer(name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(name))
        qCWarning(lcInstance) << "a second start cannot reach this one:" << m_server.errorString();
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                if (socket->readLine() == RaiseMessage) {
                    qCInfo(lcInstance) << "raise requested by a second start";
                    Q_EMIT raiseRequested();
                }
            }
        });
    }
}

} // namespace Tandem
