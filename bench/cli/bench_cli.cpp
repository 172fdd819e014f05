// tandem-cli as shipped, against tandem-sandbox in a child process, with the product's
// defaults: a first sync of N Wix contacts into an empty CRMOffice, a no-op sync, then K edits
// on each side. Each case prints its seconds (the whole tandem-cli process), the user + system
// CPU seconds of that process (less noisy on a shared machine) and its HTTP calls
// per side beside the fewest the contracts allow (the summary's callFloor). It runs once with
// no server limit and once as a remote service would answer (--rate-limit 600 --latency-ms 30).
//
//   bench_cli [--contacts N] [--edits K] [--server local|remote|both] [--one-at-a-time]
//             [--later]
//
// --later waits out the two minutes a read starts before its watermark after the first sync,
// then runs the no-op twice: the first reads what the first sync wrote once more (as the next
// scheduled run does), the second is the no-op of every run after it. The wait is longer by
// a millisecond a contact: the sandbox stamps each write at least a millisecond after the one
// before, so a first sync of N contacts may leave its stamps up to N ms ahead of its clock,
// and a no-op within the overlap of those would read them again, as no hourly run does.
// --one-at-a-time adds a first sync against the remote server with a request window of 1, the
// figure the side-by-side writes are measured against. Exits 1 when a case fails.
#include "bench/cli/clibench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Tandem::Bench;
using namespace Qt::StringLiterals;

namespace {

// ReadPhase::overlapMs and a little more, in seconds.
constexpr unsigned long kOverlapS = 125;

unsigned long laterWaitS(int contacts)
{
    return kOverlapS + static_cast<unsigned long>(contacts + 999) / 1000;
}

void print(const ServerMode &mode, const CaseResult &r)
{
    if (!r.error.isEmpty()) {
        std::printf("%-8s %-20s FAILED: %s\n", qPrintable(mode.name), qPrintable(r.name),
                    qPrintable(r.error));
        return;
    }
    std::printf("%-8s %-20s %8.3f s  cpu %6.3f s  calls wix %5d crmoffice %5d  floor wix %5d "
                "crmoffice %5d  writes %d\n",
                qPrintable(mode.name), qPrintable(r.name), r.seconds, r.cpuSeconds, r.calls("wix"),
                r.calls("crmoffice"), r.floor("wix"), r.floor("crmoffice"), r.writes());
    std::fflush(stdout);
}

// The cases of one server mode; false when one failed.
bool runMode(const ServerMode &mode, int contacts, int edits, bool firstSyncOnly, bool later)
{
    CliBench bench(contacts, edits, mode);
    if (!bench.start()) {
        std::printf("%-8s FAILED to start: %s\n", qPrintable(mode.name), qPrintable(bench.error()));
        return false;
    }
    const QString n = QString::number(contacts);
    const CaseResult first = bench.sync(QStringLiteral("first sync ") + n);
    print(mode, first);
    if (!first.error.isEmpty() || firstSyncOnly)
        return first.error.isEmpty();
    if (later) {
        const unsigned long wait = laterWaitS(contacts);
        std::printf("%-8s waiting %lu s\n", qPrintable(mode.name), wait);
        std::fflush(stdout);
        QThread::sleep(wait);
        print(mode, bench.sync(QStringLiteral("no-op +2 min")));
    }
    const CaseResult noOp =
        bench.sync(later ? QStringLiteral("no-op again") : QStringLiteral("no-op"));
    print(mode, noOp);
    if (!bench.editBothSides()) {
        std::printf("%-8s FAILED: %s\n", qPrintable(mode.name), qPrintable(bench.error()));
        return false;
    }
    const CaseResult edited = bench.sync(QStringLiteral("%1 edits a side").arg(edits));
    print(mode, edited);
    return noOp.error.isEmpty() && edited.error.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption contactsOption(QStringLiteral("contacts"),
                                            QStringLiteral("Wix contacts to seed."),
                                            QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption editsOption(QStringLiteral("edits"),
                                         QStringLiteral("Contacts edited on each side."),
                                         QStringLiteral("K"), QStringLiteral("40"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("local, remote or both."),
                                          QStringLiteral("MODE"), QStringLiteral("both"));
    const QCommandLineOption serialOption(
        QStringLiteral("one-at-a-time"),
        QStringLiteral("Also a remote first sync with one request in flight."));
    const QCommandLineOption laterOption(
        QStringLiteral("later"),
        QStringLiteral("Wait out the read overlap after the first sync, then two no-ops."));
    parser.addOptions({contactsOption, editsOption, serverOption, serialOption, laterOption});
    parser.process(app);

    bool ok = false, editsOk = false;
    const int contacts = parser.value(contactsOption).toInt(&ok);
    const int edits = parser.value(editsOption).toInt(&editsOk);
    const QString server = parser.value(serverOption);
    if (!ok || !editsOk || contacts < 2 * edits || edits < 0
        || !QStringList{u"local"_s, u"remote"_s, u"both"_s}.contains(server)) {
        std::fprintf(stderr,
                     "bench_cli: --contacts N and --edits K with N >= 2K, "
                     "--server local|remote|both\n");
        return 2;
    }
    const ServerMode local{QStringLiteral("local"), {}, 0};
    const ServerMode remote{QStringLiteral("remote"),
                            {QStringLiteral("--rate-limit"), QStringLiteral("600"),
                             QStringLiteral("--latency-ms"), QStringLiteral("30")},
                            0};
    bool passed = true;
    if (server != QLatin1String("remote"))
        passed = runMode(local, contacts, edits, false, parser.isSet(laterOption)) && passed;
    if (server != QLatin1String("local"))
        passed = runMode(remote, contacts, edits, false, parser.isSet(laterOption)) && passed;
    if (parser.isSet(serialOption)) {
        const ServerMode serial{QStringLiteral("remote-1"), remote.sandboxArguments, 1};
        passed = runMode(serial, contacts, edits, true, false) && passed;
    }
    return passed ? 0 : 1;
}
