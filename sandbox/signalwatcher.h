#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace Tandem::Sandbox {

// Turns POSIX signals (SIGINT, SIGTERM) into a Qt signal in the event loop, through a
// self-pipe: the handler only writes one byte, everything else happens in the loop.
// One instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Tandem::Sandbox
