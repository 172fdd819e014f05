#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace Tandem::ServiceTime {

// A record time as Wix and CRMOffice send it (ISO 8601, "2026-12-06T03:29:54.123Z"), in UTC;
// invalid when the value is not one. The services' own form is read directly, since a read of
// 10,000 records parses 20,000 of them; any other ISO 8601 form (an offset, a fraction of
// other than three digits) goes to Qt's parser, which decides as before.
QDateTime parse(const QJsonValue &value);
// `time` in the form both services take in a filter: UTC, milliseconds, "Z".
QString format(const QDateTime &time);

} // namespace Tandem::ServiceTime
