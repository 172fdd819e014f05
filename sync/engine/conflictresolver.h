#pragma once

#include "sync/store/statestore.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace Tandem {

// Records a person's decision on one open conflict; the next run writes the chosen value to
// both sides (docs/architecture.md#three-way-merge). Shared by the worker (GUI) and
// `tandem-cli resolve`.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::ConflictResolver)

public:
    struct Result
    {
        QString error; // names the conflict and what is wrong with the request
        bool ok() const { return error.isEmpty(); }
    };

    static Result resolve(StateStore &store, qint64 conflictId, Conflict::Resolution resolution,
                          const QJsonValue &value = {});
};

} // namespace Tandem
