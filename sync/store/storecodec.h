#pragma once

#include "sync/store/storetypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <optional>

// How StateStore values become SQLite column values and back. JSON values are stored as
// compact JSON text; an undefined QJsonValue (an absent value) is SQL NULL, so it stays
// distinct from JSON null ("null"). Times are UTC milliseconds since the epoch, NULL when
// invalid. Enums are stored by name so the file stays readable with the sqlite3 shell.
namespace Tandem::StoreCodec {

QVariant fromJsonValue(const QJsonValue &value);
QJsonValue toJsonValue(const QVariant &column, bool *ok);

QVariant fromObject(const QJsonObject &object);
QJsonObject toObject(const QVariant &column, bool *ok);

QVariant fromDateTime(const QDateTime &at);
QDateTime toDateTime(const QVariant &column);

// Text: a null QString is stored as '' (it would bind as NULL and break NOT NULL columns).
QVariant fromText(const QString &text);

// Ids: an empty id is NULL so that several links may lack the same side's id.
QVariant fromId(const QString &id);

QString fromSide(Side side);
std::optional<Side> toSide(const QString &name);

QString fromResolution(Conflict::Resolution resolution);
std::optional<Conflict::Resolution> toResolution(const QString &name);

QString fromStatus(RunRecord::Status status);
std::optional<RunRecord::Status> toStatus(const QString &name);

QString fromAction(RunEntry::Action action);
std::optional<RunEntry::Action> toAction(const QString &name);

} // namespace Tandem::StoreCodec
