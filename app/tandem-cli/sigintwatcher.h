#pragma once

#include <QObject>

class QSocketNotifier;

namespace Tandem::Cli {

// Turns SIGINT into a Qt signal on the main thread (a self-pipe: the handler only writes one
// byte). The first Ctrl+C asks for a clean cancel; the handler then resets, so a second one
// ends the process at once.
class SigintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SigintWatcher(QObject *parent = nullptr);
    ~SigintWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Tandem::Cli
