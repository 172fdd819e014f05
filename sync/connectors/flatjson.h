#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Tandem::FlatJson {

// {"postAddress": {"postCode": "0150"}} -> {"postAddress.postCode": "0150"}; arrays stay
// values. Top-level keys in `skip` are left out (identity and bookkeeping fields).
QJsonObject flatten(const QJsonObject &nested, const QStringList &skip = {});

// The reverse, for a JSON merge patch: {"postAddress.postCode": null} ->
// {"postAddress": {"postCode": null}}.
QJsonObject nest(const QJsonObject &flat);

// The value at a dotted path, or undefined.
QJsonValue valueAt(const QJsonObject &nested, const QString &path);

} // namespace Tandem::FlatJson
