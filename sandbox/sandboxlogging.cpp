#include "sandbox/sandboxlogging.h"

#include <cstring>

namespace Tandem::Sandbox {
Q_LOGGING_CATEGORY(lcSandbox, "tandem.sandbox")

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;

// QHttpServer's debug output dumps every request with its headers, the
// client's Authorization among them; keep it off whatever the rules say.
void filterCategories(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (std::strncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}
} // namespace

void silenceRequestDumps()
{
    static const bool installed = [] {
        previousFilter = QLoggingCategory::installFilter(filterCategories);
        return true;
    }();
    Q_UNUSED(installed);
}
} // namespace Tandem::Sandbox
