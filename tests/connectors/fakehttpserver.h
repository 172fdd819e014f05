#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace Tandem::Test {

// A scripted HTTP/1.1 server on 127.0.0.1 for HttpClient tests: each request takes the next
// scripted step (the last one repeats). Steps can answer, drop the connection, hang, or send
// fewer body bytes than promised.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        enum class Action { Answer, Drop, Hang, Truncate };
        Action action = Action::Answer;
        int status = 200;
        QByteArray body = "{}";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Seen
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 atMs = 0;
    };

    FakeHttpServer();
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;

    void script(const QList<Step> &steps) { m_steps = steps; }
    static Step answer(int status, const QByteArray &body = "{}",
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static Step act(Step::Action action);
    const QList<Seen> &seen() const { return m_seen; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Step &step);

    QList<Step> m_steps;
    QList<Seen> m_seen;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
    QTcpServer m_server; // last: its sockets go first, while m_buffers still exists
};

} // namespace Tandem::Test
