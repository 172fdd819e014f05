// Requests the Wix connector needs to create, then update, 1,000 products on a Catalog V3 site
// (bulk calls, up to 100 products a request) and on a Catalog V1 site (one call per product,
// and a V1 update re-reads first). Against the in-process sandbox over loopback HTTP.
//
//   bench_connectors [count]     default 1000; exits 1 when V3 needs more than count/100
//                                write requests for either step
#include "sandbox/sandboxhost.h"
#include "sync/connectors/wixconnector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Tandem;

namespace {

struct Step
{
    int writes = 0; // create/update requests the sandbox saw
    int requests = 0; // every request the connector made, reads included
    int failed = 0; // items that did not come back written
    qint64 ms = 0;
};

int writeRequests(Sandbox::SandboxServer &wix)
{
    int writes = 0;
    const QJsonObject requests = wix.stats().value(QStringLiteral("requests")).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        const QString route = it.key();
        const bool write = (route.startsWith(QLatin1String("POST /stores/"))
                            && !route.endsWith(QLatin1String("/query")))
            || route.startsWith(QLatin1String("PATCH /stores/"));
        writes += write ? it.value().toInt() : 0;
    }
    return writes;
}

template<typename Write>
Step measure(Sandbox::SandboxServer &wix, WixConnector &connector, Write write)
{
    Step step;
    const int writes = writeRequests(wix);
    const int requests = connector.callCount();
    QElapsedTimer timer;
    timer.start();
    for (const ConnectorResult<Record> &result : write())
        step.failed += result.ok() ? 0 : 1;
    step.ms = timer.elapsed();
    step.writes = writeRequests(wix) - writes;
    step.requests = connector.callCount() - requests;
    return step;
}

struct Outcome
{
    Step create;
    Step update;
};

bool run(const QString &catalog, int count, Outcome *outcome, QString *error)
{
    Sandbox::SandboxOptions options;
    options.wixCatalog = catalog;
    options.seed.products = 0;
    Sandbox::SandboxHost host(options);
    if (!host.start(error))
        return false;
    WixConnector wix(host.wixUrl(), "bench-key", "bench-site");
    if (wix.catalogVersion() == WixCatalog::Unknown) {
        *error = QStringLiteral("the catalog probe failed");
        return false;
    }
    QList<QJsonObject> products;
    for (int i = 0; i < count; ++i)
        products.append({{QStringLiteral("name"), QStringLiteral("Bench product %1").arg(i)}});
    QList<ConnectorResult<Record>> created;
    outcome->create = measure(host.wix(), wix, [&] {
        created = wix.createMany(QStringLiteral("products"), products);
        return created;
    });
    QList<RecordChange> changes;
    for (const ConnectorResult<Record> &result : created) {
        if (result.ok())
            changes.append({result.value.id,
                            result.value.token,
                            {{QStringLiteral("name"),
                              QString(result.value.fields.value(QStringLiteral("name")).toString()
                                      + QStringLiteral(" AS"))}}});
    }
    outcome->update = measure(host.wix(), wix,
                              [&] { return wix.updateMany(QStringLiteral("products"), changes); });
    return true;
}

QString line(const QString &catalog, const QString &what, const Step &step)
{
    // What the client-side limiter (about 3 requests a second per site) makes of it.
    const double paced = step.requests / 3.0;
    return QStringLiteral("%1  %2  %3 write requests  %4 requests in all  %5 failed  "
                          "%6 ms here, ~%7 s at 3 requests/s")
        .arg(catalog, -3)
        .arg(what, -6)
        .arg(step.writes, 5)
        .arg(step.requests, 5)
        .arg(step.failed, 3)
        .arg(step.ms, 6)
        .arg(paced, 0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;
    QTextStream out(stdout);
    out << "Writing " << count << " new products, then updating each, through the Wix connector\n";
    Outcome v3, v1;
    QString error;
    for (const auto &[catalog, outcome] :
         {std::pair{QStringLiteral("v3"), &v3}, std::pair{QStringLiteral("v1"), &v1}}) {
        if (!run(catalog, count, outcome, &error)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(catalog), qPrintable(error));
            return 2;
        }
        out << line(catalog.toUpper(), QStringLiteral("create"), outcome->create) << '\n'
            << line(catalog.toUpper(), QStringLiteral("update"), outcome->update) << '\n';
        out.flush();
    }
    const int target = (count + 99) / 100;
    const bool met = v3.create.writes <= target && v3.update.writes <= target
        && v3.create.failed == 0 && v3.update.failed == 0;
    out << "V3 target (at most " << target
        << " write requests per step): " << (met ? "met" : "MISSED") << '\n';
    return met ? 0 : 1;
}
