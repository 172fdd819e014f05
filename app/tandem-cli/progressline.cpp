#include "progressline.h"

#include "clitext.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace Tandem::Cli {

namespace {

QString phaseText(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Reading:
        return CliMessages::tr("reading");
    case RunPhase::Reconciling:
        return CliMessages::tr("reconciling");
    case RunPhase::Planning:
        return CliMessages::tr("planning");
    case RunPhase::Applying:
        return CliMessages::tr("applying");
    case RunPhase::Recording:
        return CliMessages::tr("recording");
    case RunPhase::Done:
        return CliMessages::tr("done");
    }
    return {};
}

} // namespace

ProgressLine::ProgressLine()
    : ProgressLine(::isatty(STDERR_FILENO) == 1)
{
}

ProgressLine::ProgressLine(bool enabled)
    : m_enabled(enabled)
{
}

ProgressLine::~ProgressLine()
{
    clear();
}

QString ProgressLine::text(const RunProgress &progress)
{
    QString line = progress.flowId.isEmpty() ? phaseText(progress.phase)
                                             : progress.flowId + QStringLiteral(": ")
                                                   + phaseText(progress.phase);
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
