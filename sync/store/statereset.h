#pragma once

#include "sync/store/storeaccounts.h"

#include <QCoreApplication>
#include <QString>

namespace Tandem {

// Starts a profile's sync state afresh when its accounts changed: the old state is moved aside,
// never deleted, and nothing is deleted on either service because of the change.
class StateReset
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::StateReset)

public:
    struct Outcome
    {
        bool ok = true; // false: the state could not be checked or moved; `message` says why
        QString backupPath; // where the old state went, when it was moved aside
        QString message; // a sentence for the user; empty when nothing happened
    };

    // Compares the accounts the store at `storePath` was made for with `accounts`; when they
    // differ, renames the store to state-<date>-<old site>.sqlite.bak beside it. No connection
    // of this process may hold the store; `connectionName` is used for the look and closed.
    static Outcome adopt(const QString &storePath, const StoreAccounts &accounts,
                         const QString &connectionName);

private:
    static Outcome moveAside(const QString &storePath, const StoreAccounts &before,
                             const StoreAccounts &now);
};

} // namespace Tandem
