#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Tandem {

// A request body that can be read once and never rewound. For an HTTP/1.1 connection that
// closes before the answer, QNetworkAccessManager sends the request again on its own, also a
// POST the server may already have applied: a create would be made twice and the client would
// only hear of the second. Qt resends only a body it can rewind; with this one it fails the
// reply with ContentReSendError instead, and the caller treats the create as "may have been
// made" (the engine's intent journal settles it on the next run).
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace Tandem
