#include "sandbox/sandboxhost.h"

#include "sandbox/backendfactory.h"
#include "sandbox/crmbackend.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Tandem::Sandbox {

namespace {

const QLatin1String kFormat("tandem-sandbox");
constexpr int kFormatVersion = 1;

} // namespace

SandboxHost::SandboxHost(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_wix(new SandboxServer(makeWixBackend(options), options.frontOptions(false), this))
    , m_crm(new SandboxServer(makeCrmBackend(options), options.frontOptions(true), this))
{
    m_wix->setSeedOptions(options.seed);
    m_crm->setSeedOptions(options.seed);
}

bool SandboxHost::start(QString *error)
{
    if (!m_options.dataFile.isEmpty() && QFile::exists(m_options.dataFile)) {
        if (!load(error))
            return false;
    } else {
        m_wix->backend().seed(m_options.seed);
        m_crm->backend().seed(m_options.seed);
    }
    if (!m_wix->listen(m_options.wixPort)) {
        *error = tr("The Wix server cannot listen on 127.0.0.1 port %1.").arg(m_options.wixPort);
        return false;
    }
    if (!m_crm->listen(m_options.crmPort)) {
        *error =
            tr("The CRMOffice server cannot listen on 127.0.0.1 port %1.").arg(m_options.crmPort);
        return false;
    }
    return true;
}

bool SandboxHost::load(QString *error)
{
    QFile file(m_options.dataFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_options.dataFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject state = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || state.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("%1 is not a tandem-sandbox state file (%2).")
                     .arg(m_options.dataFile,
                          parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                       : tr("wrong format"));
        return false;
    }
    if (state.value(QStringLiteral("version")).toInt() > kFormatVersion) {
        *error = tr("%1 was written by a newer tandem-sandbox.").arg(m_options.dataFile);
        return false;
    }
    for (const auto &[server, key] : {std::pair{m_wix, "wix"}, std::pair{m_crm, "crmoffice"}}) {
        server->backend().loadState(state.value(QLatin1String(key)).toObject());
        if (const QString problem = server->backend().loadError(); !problem.isEmpty()) {
            *error = tr("%1 cannot be loaded: %2.%3")
                         .arg(m_options.dataFile, QLatin1String(key), problem);
            return false;
        }
    }
    return true;
}

bool SandboxHost::save(QString *error) const
{
    if (m_options.dataFile.isEmpty())
        return true;
    const QJsonObject state{{QStringLiteral("format"), kFormat},
                            {QStringLiteral("version"), kFormatVersion},
                            {QStringLiteral("wix"), m_wix->backend().saveState()},
                            {QStringLiteral("crmoffice"), m_crm->backend().saveState()}};
    QSaveFile file(m_options.dataFile);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(m_options.dataFile, file.errorString());
        return false;
    }
    file.write(QJsonDocument(state).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_options.dataFile, file.errorString());
        return false;
    }
    return true;
}

QUrl SandboxHost::wixUrl() const
{
    return m_wix->baseUrl();
}

QUrl SandboxHost::crmUrl() const
{
    QUrl url = m_crm->baseUrl();
    url.setPath(QLatin1String(CrmBackend::kBasePath));
    return url;
}

QString SandboxHost::urlLine() const
{
    return QStringLiteral("wix=%1 crmoffice=%2").arg(wixUrl().toString(), crmUrl().toString());
}

} // namespace Tandem::Sandbox
