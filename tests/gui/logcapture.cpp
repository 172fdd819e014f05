#include "tests/gui/logcapture.h"

#include <QLoggingCategory>
#include <QMutex>

namespace Tandem::Test {

namespace {

QMutex mutex;
QByteArray captured;
QtMessageHandler previous = nullptr;
bool capturing = false;

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&mutex);
        captured += context.category ? context.category : "default";
        captured += ": " + message.toUtf8() + '\n';
    }
    if (type != QtDebugMsg && type != QtInfoMsg && previous)
        previous(type, context, message);
}

} // namespace

void LogCapture::start()
{
    {
        const QMutexLocker lock(&mutex);
        captured.clear();
    }
    previous = qInstallMessageHandler(&handle);
    capturing = true;
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
}

void LogCapture::stop()
{
    if (!capturing)
        return;
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    capturing = false;
}

QByteArray LogCapture::text()
{
    const QMutexLocker lock(&mutex);
    return captured;
}

} // namespace Tandem::Test
