#pragma once

#include "sync/model/mapping.h"

#include <QString>

namespace Tandem {

// What of a flow decides which values a run carries across: its collections and its property
// pairs with their types and directions. A run whose flow's fingerprint differs from the one
// in the store reads the flow in full once, so the change reaches every linked record.
QString mappingFingerprint(const Flow &flow);

// The state store key (StateStore::value) holding the fingerprint of the last successful run.
QString mappingFingerprintKey(const QString &flowId);

} // namespace Tandem
