#pragma once

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QObject>
#include <QUrl>

namespace Tandem::Sandbox {

// Both sandbox servers as tandem-sandbox runs them, configured from SandboxOptions; also what
// the in-process test fixture starts.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(const SandboxOptions &options, QObject *parent = nullptr);

    // Loads --data (when the file exists) or seeds, then listens on both ports. On failure
    // *error says what failed, naming the file or port.
    bool start(QString *error);
    // Writes both backends' state to --data atomically; true when there is no data file.
    bool save(QString *error) const;

    QUrl wixUrl() const;
    QUrl crmUrl() const; // includes /api/v1
    // "wix=http://127.0.0.1:P crmoffice=http://127.0.0.1:Q/api/v1"
    QString urlLine() const;

    SandboxServer &wix() { return *m_wix; }
    SandboxServer &crm() { return *m_crm; }
    const SandboxOptions &options() const { return m_options; }

private:
    bool load(QString *error);

    SandboxOptions m_options;
    SandboxServer *m_wix;
    SandboxServer *m_crm;
};

} // namespace Tandem::Sandbox
