#pragma once

#include "sync/store/profile.h"
#include "sync/store/statestore.h"

#include <QString>

namespace Tandem {

// The pair of accounts a state store belongs to: its links, bases and watermarks mean nothing
// for another Wix site or another CRMOffice. Kept in the store's settings at its first run.
struct StoreAccounts
{
    QString wixSiteId;
    QString crmUrl; // without a trailing slash

    bool isEmpty() const { return wixSiteId.isEmpty() && crmUrl.isEmpty(); }
    bool operator==(const StoreAccounts &) const = default;

    static StoreAccounts of(const ProfileSettings &settings);
    // Empty when none is recorded.
    static StoreRead<StoreAccounts> recordedIn(const StateStore &store);
    StoreError recordIn(StateStore &store) const;
};

} // namespace Tandem
