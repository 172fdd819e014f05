// What a screen reader hears over AT-SPI (the accessibility bus Orca reads): after Sync now, the
// Overview's last run is spoken as the run's summary and is labelled by its caption. Runs under
// xvfb-run (the xcb platform exports the widgets on the bus; offscreen does not) in a D-Bus
// session, which starts the accessibility bus on demand.
#include "tests/gui/guitestbed.h"
#include "ui/uitext.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString accessibleIface = QStringLiteral("org.a11y.atspi.Accessible");
const QString rootPath = QStringLiteral("/org/a11y/atspi/accessible/root");
constexpr uint labelledBy = 2; // AtspiRelationType ATSPI_RELATION_LABELLED_BY

// One object on the accessibility bus: the connection that serves it and its path.
struct AtSpiObject
{
    QString service;
    QString path;
};

// A client of the accessibility bus. Its calls let the event loop run while they wait, since
// the objects it asks about are served by this very process's GUI thread.
class AtSpiClient
{
public:
    AtSpiClient()
    {
        QDBusMessage ask = QDBusMessage::createMethodCall(
            QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
            QStringLiteral("org.a11y.Bus"), QStringLiteral("GetAddress"));
        const QDBusMessage address = QDBusConnection::sessionBus().call(ask);
        if (address.type() != QDBusMessage::ReplyMessage || address.arguments().isEmpty())
            return;
        m_bus = QDBusConnection::connectToBus(address.arguments().first().toString(),
                                              QStringLiteral("tst_gui_atspi"));
    }

    bool isConnected() const { return m_bus.isConnected(); }

    // This process's application root, found by its pid among the registry's applications.
    AtSpiObject ownApplication()
    {
        for (const AtSpiObject &app :
             children({QStringLiteral("org.a11y.atspi.Registry"), rootPath})) {
            const QDBusReply<uint> pid = m_bus.interface()->servicePid(app.service);
            if (pid.isValid() && pid.value() == uint(QCoreApplication::applicationPid()))
                return app;
        }
        return {};
    }

    QString name(const AtSpiObject &object)
    {
        const QDBusMessage reply =
            call(object, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                 {accessibleIface, QStringLiteral("Name")});
        return reply.arguments().isEmpty()
            ? QString()
            : reply.arguments().first().value<QDBusVariant>().variant().toString();
    }

    QList<AtSpiObject> children(const AtSpiObject &object)
    {
        const QDBusMessage reply = call(object, accessibleIface, QStringLiteral("GetChildren"));
        QList<AtSpiObject> out;
        if (reply.arguments().isEmpty())
            return out;
        const QDBusArgument list = reply.arguments().first().value<QDBusArgument>();
        list.beginArray();
        while (!list.atEnd())
            out << readObject(list);
        list.endArray();
        return out;
    }

    // The objects that label `object` (its caption, and a group box's title around it).
    QList<AtSpiObject> labels(const AtSpiObject &object)
    {
        const QDBusMessage reply = call(object, accessibleIface, QStringLiteral("GetRelationSet"));
        QList<AtSpiObject> out;
        if (reply.arguments().isEmpty())
            return out;
        const QDBusArgument relations = reply.arguments().first().value<QDBusArgument>();
        relations.beginArray();
        while (!relations.atEnd()) {
            uint type = 0;
            relations.beginStructure();
            relations >> type;
            relations.beginArray();
            while (!relations.atEnd()) {
                const AtSpiObject target = readObject(relations);
                if (type == labelledBy)
                    out << target;
            }
            relations.endArray();
            relations.endStructure();
        }
        relations.endArray();
        return out;
    }

    // The first object under `root`, depth first, whose name `matches`.
    AtSpiObject find(const AtSpiObject &root, const std::function<bool(const QString &)> &matches)
    {
        QList<AtSpiObject> todo{root};
        for (int visited = 0; !todo.isEmpty() && visited < 5000; ++visited) {
            const AtSpiObject object = todo.takeFirst();
            if (matches(name(object)))
                return object;
            todo = children(object) + todo;
        }
        return {};
    }

private:
    static AtSpiObject readObject(const QDBusArgument &argument)
    {
        AtSpiObject object;
        QDBusObjectPath path;
        argument.beginStructure();
        argument >> object.service >> path;
        argument.endStructure();
        object.path = path.path();
        return object;
    }

    QDBusMessage call(const AtSpiObject &object, const QString &iface, const QString &method,
                      const QVariantList &arguments = {})
    {
        QDBusMessage message =
            QDBusMessage::createMethodCall(object.service, object.path, iface, method);
        message.setArguments(arguments);
        return m_bus.call(message, QDBus::BlockWithGui, 5000);
    }

    QDBusConnection m_bus{QString()};
};

} // namespace

class TestGuiAtSpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.http.debug=false"));
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("AT-SPI is exported by the xcb platform only (ctest runs this under xvfb-run)");
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus: run the tests inside dbus-run-session");
    }

    void testLastRunIsHeardAsTheSummaryWithItsCaption()
    {
        AtSpiClient atspi;
        QVERIFY2(atspi.isConnected(), "the accessibility bus did not start");
        GuiTestBed bed({.wixContacts = 3, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        const RunSummary summary = bed.syncNow();
        QCOMPARE(summary.status, RunRecord::Status::Ok);
        const QString expected = UiText::summaryText(summary).trimmed();
        QVERIFY(expected.startsWith(UiText::runStatusLabel(RunRecord::Status::Ok)
                                    + QLatin1String(". ")));

        AtSpiObject app;
        QTRY_VERIFY_WITH_TIMEOUT(!(app = atspi.ownApplication()).service.isEmpty(), 10000);
        const AtSpiObject lastRun =
            atspi.find(app, [&](const QString &name) { return name.trimmed() == expected; });
        QVERIFY2(!lastRun.path.isEmpty(),
                 qPrintable(QStringLiteral("nothing on the bus is named \"%1\"").arg(expected)));
        QStringList captions;
        for (const AtSpiObject &label : atspi.labels(lastRun))
            captions << atspi.name(label);
        QVERIFY2(captions.contains(QStringLiteral("Last run:")), qPrintable(captions.join(u'|')));
    }
};

QTEST_MAIN(TestGuiAtSpi)
#include "tst_gui_atspi.moc"
