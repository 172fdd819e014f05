// Calls the connectors need to read every contact of a large account: the changes since the
// beginning, page by page, must cost one request per page and nothing else. Against the
// in-process sandbox over loopback HTTP, seeded with `count` contacts on each side.
//
//   bench_reading [count]     default 10000; exits 1 when a connector needs more calls than
//                             it read pages, or misses a contact
#include "sandbox/sandboxhost.h"
#include "sync/connectors/crmofficeconnector.h"
#include "sync/connectors/wixconnector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <cstdio>

using namespace Tandem;

namespace {

struct Reading
{
    int records = 0; // distinct ids
    int pages = 0;
    int calls = 0;
    qint64 ms = 0;
    QString error;
};

Reading readAll(Connector &connector)
{
    Reading reading;
    QSet<QString> ids;
    const int callsBefore = connector.callCount();
    QElapsedTimer timer;
    timer.start();
    const ConnectorError error = connector.readChanges(QStringLiteral("contacts"), QDateTime(),
                                                       [&](const QList<Record> &page) {
                                                           ++reading.pages;
                                                           for (const Record &record : page)
                                                               ids.insert(record.id);
                                                           return true;
                                                       });
    reading.ms = timer.elapsed();
    reading.calls = connector.callCount() - callsBefore;
    reading.records = int(ids.size());
    reading.error = error.message;
    return reading;
}

bool report(const char *service, const Reading &reading, int count)
{
    const bool met =
        reading.error.isEmpty() && reading.records == count && reading.calls == reading.pages;
    std::printf("%-9s %6d contacts  %4d pages  %4d calls  %6lld ms  %s %s\n", service,
                reading.records, reading.pages, reading.calls, reading.ms, met ? "met" : "MISSED",
                qPrintable(reading.error));
    return met;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10000;
    Sandbox::SandboxOptions options;
    options.seed.contacts = count;
    options.seed.crmContacts = count;
    options.seed.products = 0;
    options.seed.companies = 0;
    Sandbox::SandboxHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "cannot start the sandbox: %s\n", qPrintable(error));
        return 2;
    }
    WixConnector wix(host.wixUrl(), "bench-wix-key", "bench-site");
    CrmOfficeConnector crm(host.crmUrl());
    crm.setTokenProvider(std::make_unique<StaticTokenProvider>("bench-crm-token"));

    std::printf("Reading %d contacts on each side from the beginning (target: one call a page)\n",
                count);
    const bool wixMet = report("Wix", readAll(wix), count);
    const bool crmMet = report("CRMOffice", readAll(crm), count);
    return wixMet && crmMet ? 0 : 1;
}
