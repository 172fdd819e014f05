#include "tests/model/modeltests.h"

#include <QCoreApplication>
#include <QTest>

#include <functional>
#include <vector>

// Runs every suite; `tst_model <SuiteClass> [qtest options]` runs just that one.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::vector<std::function<std::unique_ptr<QObject>()>> suites{
        makeMappingJsonTest,
        makeDataflowImporterTest,
    };
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    int failures = 0;
    for (const auto &make : suites) {
        const std::unique_ptr<QObject> suite = make();
        if (only == suite->metaObject()->className()) {
            QStringList args = app.arguments();
            args.removeAt(1);
            return QTest::qExec(suite.get(), args);
        }
    }
    for (const auto &make : suites) {
        const std::unique_ptr<QObject> suite = make();
        failures += QTest::qExec(suite.get(), argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
