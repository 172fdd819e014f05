#include "bench/cli/clibench.h"

#include "sync/connectors/accesstokenprovider.h"
#include "sync/connectors/crmofficeconnector.h"
#include "sync/connectors/wixconnector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace Tandem::Bench {

namespace {

const QString kSiteId = QStringLiteral("bench-site");
const QString kContacts = QStringLiteral("contacts");

int sideValue(const QJsonObject &summary, const char *key, const char *side)
{
    return summary.value(QLatin1String(key)).toObject().value(QLatin1String(side)).toInt(-1);
}

bool edit(Connector &connector, const QString &id, const QJsonObject &changed)
{
    const ConnectorResult<Record> current = connector.read(kContacts, id);
    return current.ok() && connector.update(kContacts, id, current.value.token, changed).ok();
}

// User + system seconds of the children reaped so far (the sandbox runs on until the end).
double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

int CaseResult::calls(const char *side) const
{
    return sideValue(summary, "calls", side);
}

int CaseResult::floor(const char *side) const
{
    return sideValue(summary, "callFloor", side);
}

int CaseResult::writes() const
{
    int total = 0;
    const QJsonObject flows = summary.value(QLatin1String("flows")).toObject();
    for (const QJsonValue &flow : flows) {
        for (const char *side : {"wix", "crmoffice"}) {
            const QJsonObject counts = flow.toObject().value(QLatin1String(side)).toObject();
            for (const char *key : {"created", "updated", "deleted"})
                total += counts.value(QLatin1String(key)).toInt();
        }
    }
    return total;
}

CliBench::CliBench(int contacts, int edits, ServerMode mode)
    : m_contacts(contacts)
    , m_edits(edits)
    , m_mode(std::move(mode))
    , m_wixKey(QStringLiteral("bench-wix-key"))
    , m_crmToken(QStringLiteral("bench-crm-token"))
{
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("TANDEM_WIX_API_KEY"), m_wixKey);
    m_environment.insert(QStringLiteral("TANDEM_CRMOFFICE_TOKEN"), m_crmToken);
    // Keychains and default folders of the user running the benchmark stay out of it.
    m_environment.insert(QStringLiteral("HOME"), m_home.path());
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                         m_home.filePath(QStringLiteral("config")));
}

bool CliBench::start()
{
    const QStringList seed{QStringLiteral("--seed-contacts"),  QString::number(m_contacts),
                           QStringLiteral("--seed-products"),  QStringLiteral("0"),
                           QStringLiteral("--seed-companies"), QStringLiteral("0"),
                           QStringLiteral("--random-seed"),    QStringLiteral("17"),
                           QStringLiteral("--wix-api-key"),    m_wixKey,
                           QStringLiteral("--wix-site-id"),    kSiteId,
                           QStringLiteral("--crm-token"),      m_crmToken};
    m_sandbox = std::make_unique<Test::SandboxProcess>(seed + m_mode.sandboxArguments);
    if (!m_sandbox->start(120000)) {
        m_error = m_sandbox->errorString();
        return false;
    }
    const Run configured =
        runCli({QStringLiteral("configure"), QStringLiteral("--wix-url"),
                m_sandbox->wixUrl().toString(), QStringLiteral("--wix-site-id"), kSiteId,
                QStringLiteral("--crmoffice-url"), m_sandbox->crmUrl().toString()});
    if (configured.exitCode != 0) {
        m_error = QStringLiteral("configure failed: ") + QString::fromUtf8(configured.err);
        return false;
    }
    return m_mode.requestWindow <= 0 || setRequestWindow(m_mode.requestWindow);
}

// The window is a profile setting without a command-line option: written as a user would
// edit profile.json.
bool CliBench::setRequestWindow(int window)
{
    QFile file(m_profile.filePath(QStringLiteral("profile.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    profile.insert(QStringLiteral("requestWindow"), window);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(profile).toJson()) < 0) {
        m_error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

CliBench::Run CliBench::runCli(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(TANDEM_CLI_EXE),
                  QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments);
    Run run;
    if (!process.waitForFinished(-1)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

CaseResult CliBench::sync(const QString &name)
{
    CaseResult result;
    result.name = name;
    QElapsedTimer timer;
    const double cpuBefore = childCpuSeconds();
    timer.start();
    const Run run = runCli(
        {QStringLiteral("sync"), QStringLiteral("--flow"), kContacts, QStringLiteral("--json")});
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.cpuSeconds = childCpuSeconds() - cpuBefore;
    result.summary = QJsonDocument::fromJson(run.out).object();
    if (run.exitCode != 0
        || result.summary.value(QLatin1String("status")).toString() != QLatin1String("ok")) {
        result.error = QStringLiteral("exit %1: %2")
                           .arg(run.exitCode)
                           .arg(QString::fromUtf8(run.err.isEmpty() ? run.out : run.err).trimmed());
    }
    return result;
}

// Wix contacts in the first `edits` links by Wix id, CRMOffice partners of the next `edits`:
// different records, so no edit meets another as a conflict.
bool CliBench::editBothSides()
{
    const Run listed = runCli({QStringLiteral("links"), QStringLiteral("--json")});
    QList<QPair<QString, QString>> links;
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out).array()) {
        const QJsonObject link = value.toObject();
        if (link.value(QLatin1String("flow")).toString() == kContacts)
            links.append({link[QLatin1String("wix")][QLatin1String("id")].toString(),
                          link[QLatin1String("crmoffice")][QLatin1String("id")].toString()});
    }
    if (links.size() < 2 * m_edits) {
        m_error = QStringLiteral("%1 links, %2 edits a side need twice as many")
                      .arg(links.size())
                      .arg(m_edits);
        return false;
    }
    std::sort(links.begin(), links.end());
    WixConnector wix(m_sandbox->wixUrl(), m_wixKey.toUtf8(), kSiteId.toUtf8());
    CrmOfficeConnector crm(m_sandbox->crmUrl());
    crm.setTokenProvider(std::make_unique<StaticTokenProvider>(m_crmToken.toUtf8()));
    for (int i = 0; i < m_edits; ++i) {
        const QString tag = QString::number(i);
        if (!edit(wix, links[i].first,
                  {{QStringLiteral("info.name.first"), QString(u"Wix-" + tag)}})
            || !edit(crm, links[m_edits + i].second,
                     {{QStringLiteral("familyName"), QString(u"Crm-" + tag)}})) {
            m_error = QStringLiteral("edit %1 over HTTP failed").arg(i);
            return false;
        }
    }
    return true;
}

} // namespace Tandem::Bench
