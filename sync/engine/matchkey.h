#pragma once

#include <QJsonValue>
#include <QString>

namespace Tandem::MatchKey {

// The comparable form of one match-key value: phone paths in E.164 (with the profile's
// default region), other values as normalised names. Empty when there is no usable value.
// Only for comparing: stored values are never rewritten with it.
QString normalize(const QString &path, const QJsonValue &value, const QString &phoneRegion);

} // namespace Tandem::MatchKey
