#include "app/tandem-cli/progressline.h"

#include "app/tandem-cli/clitext.h"

#include <cstdio>
#include <unistd.h>

namespace Tandem::Cli {

namespace {

QString phaseText(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Reading:
        return QStringLiteral("reading");
    case RunPhase::Reconciling:
        return QStringLiteral("reconciling");
    case RunPhase::Planning:
        return QStringLiteral("planning");
    case RunPhase::Applying:
        return QStringLiteral("applying");
    case RunPhase::Recording:
        return QStringLiteral("recording");
    case RunPhase::Done:
        return QStringLiteral("done");
    }
    return {};
}

} // namespace

ProgressLine::ProgressLine()
    : ProgressLine(::isatty(STDERR_FILENO) == 1)
{}

ProgressLine::ProgressLine(bool enabled)
    : m_enabled(enabled)
{}

ProgressLine::~ProgressLine()
{
    clear();
}

QString ProgressLine::text(const RunProgress &progress)
{
    QString line = progress.flowId.isEmpty()
        ? phaseText(progress.phase)
        : progress.flowId + QStringLiteral(": ") + phaseText(progress.phase);
    if (progress.total > 0)
        line += QStringLiteral(" %1/%2").arg(progress.done).arg(progress.total);
    else if (progress.done > 0)
        line += QStringLiteral(" %1").arg(progress.done);
    return line;
}

void ProgressLine::show(const RunProgress &progress)
{
    if (!m_enabled)
        return;
    std::fprintf(stderr, "\r\033[K%s", qPrintable(text(progress)));
    std::fflush(stderr);
    m_shown = true;
}

void ProgressLine::clear()
{
    if (!m_shown)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    m_shown = false;
}

} // namespace Tandem::Cli
