#include "sync/runtime/sandboxlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcSandboxLauncher, "tandem.sandbox.launcher")

namespace Tandem {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(15000);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onReadyRead);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_errors += m_process.readAllStandardError().right(4096); });
    connect(&m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The sandbox did not report its addresses within %n second(s).", nullptr,
                m_timeout.interval() / 1000));
        stop();
    });
}

SandboxLauncher::~SandboxLauncher()
{
    m_process.disconnect(this);
    stop();
}

QString SandboxLauncher::defaultProgram()
{
    const QString fromEnv = qEnvironmentVariable("TANDEM_SANDBOX_PROGRAM");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString name = QStringLiteral("tandem-sandbox");
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        here.filePath(name),
        here.filePath(QStringLiteral("../tandem-sandbox/") + name),
        here.filePath(QStringLiteral("../../app/tandem-sandbox/") + name),
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

void SandboxLauncher::start(const QString &program, const QStringList &arguments)
{
    stop();
    m_buffer.clear();
    m_errors.clear();
    m_announced = false;
    m_wixUrl.clear();
    m_crmUrl.clear();
    const QString path = program.isEmpty() ? defaultProgram() : program;
    if (path.isEmpty()) {
        fail(tr("The sandbox program tandem-sandbox was not found next to Tandem."));
        return;
    }
    qCInfo(lcSandboxLauncher) << "starting" << path;
    m_timeout.start();
    m_process.start(path, arguments);
}

void SandboxLauncher::stop()
{
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(2000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

bool SandboxLauncher::isRunning() const
{
    return m_process.state() == QProcess::Running && m_announced;
}

void SandboxLauncher::onReadyRead()
{
    m_buffer += m_process.readAllStandardOutput();
    if (m_announced)
        return;
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return;
    const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
    for (const QString &part : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (part.startsWith(QLatin1String("wix=")))
            m_wixUrl = QUrl(part.mid(4));
        else if (part.startsWith(QLatin1String("crmoffice=")))
            m_crmUrl = QUrl(part.mid(10));
    }
    if (!m_wixUrl.isValid() || !m_crmUrl.isValid() || m_wixUrl.isEmpty() || m_crmUrl.isEmpty()) {
        fail(tr("The sandbox printed an unexpected first line: %1").arg(line));
        stop();
        return;
    }
    m_timeout.stop();
    m_announced = true;
    qCInfo(lcSandboxLauncher) << "sandbox ready:" << m_wixUrl << m_crmUrl;
    Q_EMIT started(m_wixUrl, m_crmUrl);
}

void SandboxLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timeout.stop();
    if (m_announced) {
        m_announced = false;
        return;
    }
    const QString errors = QString::fromUtf8(m_errors).trimmed();
    fail(status == QProcess::CrashExit
             ? tr("The sandbox stopped unexpectedly. %1").arg(errors)
             : tr("The sandbox exited with code %1 before it was ready. %2")
                   .arg(exitCode)
                   .arg(errors));
}

void SandboxLauncher::fail(const QString &reason)
{
    m_timeout.stop();
    qCWarning(lcSandboxLauncher) << reason;
    Q_EMIT failed(reason);
}

} // namespace Tandem
