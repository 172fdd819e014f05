#include "sync/connectors/servicetime.h"

#include <QStringView>

namespace Tandem::ServiceTime {

namespace {
// text[from, from + count) as a number; -1 when a character there is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int number = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        number = number * 10 + (c - u'0');
    }
    return number;
}

// "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ"; invalid for anything else.
QDateTime parseUtc(QStringView text)
{
    const bool withMs = text.size() == 24;
    if ((text.size() != 20 && !withMs) || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':' || (withMs && text[19] != u'.')
        || text.back() != u'Z')
        return {};
    const int parts[] = {digits(text, 0, 4),
                         digits(text, 5, 2),
                         digits(text, 8, 2),
                         digits(text, 11, 2),
                         digits(text, 14, 2),
                         digits(text, 17, 2),
                         withMs ? digits(text, 20, 3) : 0};
    for (int part : parts) {
        if (part < 0)
            return {};
    }
    const QDate date(parts[0], parts[1], parts[2]);
    const QTime time(parts[3], parts[4], parts[5], parts[6]);
    if (!date.isValid() || !time.isValid())
        return {}; // Qt's parser decides (it reads 24:00:00 as the next day's midnight)
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime parse(const QJsonValue &value)
{
    const QString text = value.toString();
    if (QDateTime utc = parseUtc(text); utc.isValid())
        return utc;
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString format(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Tandem::ServiceTime
