// The desktop app as shipped (DesktopApp: its controller, window, tray and scheduler, with
// the product's defaults) on a profile `tandem-cli configure` made for a fresh tandem-sandbox
// of N Wix contacts, in a child process. It clicks "Sync now" for a first sync, then again
// for a no-op, and prints each run's seconds and how long the GUI thread went without
// answering: the largest gap between the ticks of a 10 ms timer, and how many gaps passed
// 50 and 100 ms. Target: no gap of 100 ms during a run of 10,000 contacts. Local (no server
// limit) and remote (--rate-limit 600 --latency-ms 30), as bench_cli.
//
//   bench_gui [--contacts N] [--server local|remote|both]
//
// The window is offscreen unless QT_QPA_PLATFORM says otherwise. Exits 1 when a run fails.
#include "bench/cli/clibench.h"
#include "sync/runtime/synccontroller.h"
#include "tests/gui/eventloopprobe.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

using namespace Tandem;
using namespace Tandem::Bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 10 * 60 * 1000;

struct GuiCase
{
    QString error;
    double seconds = 0;
    Test::EventLoopProbe::Gaps gaps;
};

GuiCase clickSync(DesktopApp &desktop)
{
    GuiCase result;
    auto *button = desktop.window()->findChild<QAbstractButton *>(u"syncNowButton"_s);
    if (!button || !button->isEnabled()) {
        result.error = u"no enabled Sync now button"_s;
        return result;
    }
    QEventLoop loop;
    QObject::connect(desktop.controller(), &SyncController::runFinished, &loop,
                     [&](const RunSummary &summary) {
                         if (summary.status != RunRecord::Status::Ok)
                             result.error = summary.message;
                         loop.quit();
                     });
    QTimer::singleShot(kRunTimeoutMs, &loop, [&] {
        result.error = u"the run did not finish in 10 minutes"_s;
        loop.quit();
    });
    Test::EventLoopProbe probe;
    QElapsedTimer clock;
    probe.start();
    clock.start();
    button->click();
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    result.gaps = probe.gaps();
    return result;
}

void print(const ServerMode &mode, const QString &name, const GuiCase &r)
{
    if (!r.error.isEmpty()) {
        std::printf("%-8s %-20s FAILED: %s\n", qPrintable(mode.name), qPrintable(name),
                    qPrintable(r.error));
        return;
    }
    std::printf("%-8s %-20s %8.3f s  largest gap %4lld ms  gaps over 50 ms %3d, over 100 ms %3d"
                "  ticks %d\n",
                qPrintable(mode.name), qPrintable(name), r.seconds, r.gaps.largestMs, r.gaps.over50,
                r.gaps.over100, r.gaps.ticks);
    std::fflush(stdout);
}

bool runMode(const ServerMode &mode, int contacts)
{
    CliBench bench(contacts, 0, mode);
    if (!bench.start()) {
        std::printf("%-8s FAILED to start: %s\n", qPrintable(mode.name), qPrintable(bench.error()));
        return false;
    }
    // The secrets and a HOME of its own, as the CLI runs get them: the user's keychain and
    // settings stay out of it.
    const QProcessEnvironment environment = bench.environment();
    for (const QString &key : environment.keys())
        qputenv(key.toLocal8Bit().constData(), environment.value(key).toLocal8Bit());
    DesktopApp desktop(bench.profileDir());
    desktop.start(false);
    const GuiCase first = clickSync(desktop);
    print(mode, u"first sync "_s + QString::number(contacts), first);
    if (!first.error.isEmpty())
        return false;
    const GuiCase noOp = clickSync(desktop);
    print(mode, u"no-op"_s, noOp);
    return noOp.error.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The figures only; the engine's notes are for QT_LOGGING_RULES, as with tandem-cli.
    QLoggingCategory::setFilterRules(u"tandem.*.debug=false\ntandem.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption contactsOption(u"contacts"_s, u"Wix contacts to seed."_s, u"N"_s,
                                            u"10000"_s);
    const QCommandLineOption serverOption(u"server"_s, u"local, remote or both."_s, u"MODE"_s,
                                          u"local"_s);
    parser.addOptions({contactsOption, serverOption});
    parser.process(app);

    bool ok = false;
    const int contacts = parser.value(contactsOption).toInt(&ok);
    const QString server = parser.value(serverOption);
    if (!ok || contacts < 1 || !QStringList{u"local"_s, u"remote"_s, u"both"_s}.contains(server)) {
        std::fprintf(stderr, "bench_gui: --contacts N (N >= 1), --server local|remote|both\n");
        return 2;
    }
    const ServerMode local{u"local"_s, {}, 0};
    const ServerMode remote{
        u"remote"_s, {u"--rate-limit"_s, u"600"_s, u"--latency-ms"_s, u"30"_s}, 0};
    bool passed = true;
    if (server != QLatin1String("remote"))
        passed = runMode(local, contacts) && passed;
    if (server != QLatin1String("local"))
        passed = runMode(remote, contacts) && passed;
    return passed ? 0 : 1;
}
