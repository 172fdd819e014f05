#pragma once

#include "sync/store/storetypes.h"

#include <QCoreApplication>
#include <QString>

namespace Tandem {

// The wording tandem-cli and the window share for a run's counts and an empty value: English,
// or the window's language through the translator it installs (tandem-cli installs none).
class RunSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::RunSummaryText)

public:
    static QString counts(const RunCounts &counts); // "3 created, 1 updated, ..."
    static QString emptyValue(); // a field without a value
};

} // namespace Tandem
