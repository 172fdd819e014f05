#include "tests/support/sandboxprocess.h"

#include "tests/support/testhttpclient.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace Tandem::Test {

SandboxProcess::SandboxProcess(const QStringList &arguments)
    : m_arguments(arguments)
{}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SandboxProcess::executable()
{
    return QStringLiteral(TANDEM_SANDBOX_EXE);
}

bool SandboxProcess::start(int timeoutMs)
{
    m_process.start(executable(), m_arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running
           && !deadline.hasExpired()) {
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    if (!m_process.canReadLine()) {
        m_error = QStringLiteral("tandem-sandbox printed no URL line: %1")
                      .arg(QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_line = m_process.readLine();
    static const QRegularExpression pattern(QStringLiteral(
        "^wix=(http://127\\.0\\.0\\.1:\\d+) crmoffice=(http://127\\.0\\.0\\.1:\\d+/api/v1)\n$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(m_line));
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected first line: %1").arg(QString::fromUtf8(m_line));
        return false;
    }
    m_wixUrl = QUrl(match.captured(1));
    m_crmUrl = QUrl(match.captured(2));
    return true;
}

QUrl SandboxProcess::baseUrl(SandboxSide side) const
{
    QUrl url = side == SandboxSide::Wix ? m_wixUrl : m_crmUrl;
    url.setPath(QString());
    return url;
}

QJsonObject SandboxProcess::stats(SandboxSide side) const
{
    TestHttpClient client;
    return client.get(baseUrl(side).resolved(QUrl(QStringLiteral("/__sandbox/stats")))).json();
}

bool SandboxProcess::reset(SandboxSide side, bool reseed) const
{
    TestHttpClient client;
    QUrl url = baseUrl(side).resolved(QUrl(QStringLiteral("/__sandbox/reset")));
    if (!reseed)
        url.setQuery(QStringLiteral("seed=false"));
    return client.send("POST", url).status == 204;
}

int SandboxProcess::terminate(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace Tandem::Test
