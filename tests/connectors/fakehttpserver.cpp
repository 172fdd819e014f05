#include "tests/connectors/fakehttpserver.h"

#include <QTcpSocket>

namespace Tandem::Test {

FakeHttpServer::FakeHttpServer()
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

FakeHttpServer::Step FakeHttpServer::answer(int status, const QByteArray &body,
                                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Step step;
    step.status = status;
    step.body = body;
    step.headers = headers;
    return step;
}

FakeHttpServer::Step FakeHttpServer::act(Step::Action action)
{
    Step step;
    step.action = action;
    return step;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Seen seen;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        seen.method = requestLine.value(0);
        seen.path = requestLine.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                seen.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                    lines[i].mid(colon + 1).trimmed());
        }
        const int length = seen.headers.value("content-length").toInt();
        if (buffer.size() < headEnd + 4 + length)
            return;
        seen.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        seen.atMs = m_clock.elapsed();
        const Step step = m_steps.isEmpty()
            ? answer(200)
            : m_steps.value(std::min<qsizetype>(m_seen.size(), m_steps.size() - 1));
        m_seen.append(seen);
        respond(socket, step);
        if (step.action != Step::Action::Answer)
            return;
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const Step &step)
{
    switch (step.action) {
    case Step::Action::Hang:
        return;
    case Step::Action::Drop:
        socket->abort();
        return;
    case Step::Action::Answer:
    case Step::Action::Truncate:
        break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(step.status) + " X\r\n";
    out += "Content-Type: application/json\r\n";
    for (const auto &[name, value] : step.headers)
        out += name + ": " + value + "\r\n";
    const bool truncate = step.action == Step::Action::Truncate;
    out += "Content-Length: " + QByteArray::number(step.body.size() + (truncate ? 100 : 0))
        + "\r\n\r\n" + step.body;
    socket->write(out);
    if (truncate) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

} // namespace Tandem::Test
