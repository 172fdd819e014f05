#pragma once

#include <QJsonObject>
#include <QString>

namespace Tandem::Sandbox {

// One stored Wix contact. `info` is kept in wire form, normalized on every write (item ids,
// one primary item, e164Phone); the fields clients filter and sort on are cached beside it.
struct WixContact
{
    QString id;
    int revision = 1;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    bool member = false; // a site member: delete answers 428
    QJsonObject info;

    QString first;
    QString last;
    QString primaryPhone;
    QString primaryEmail;

    QJsonObject toJson() const; // the wire shape, primaryInfo included
    static bool fromState(const QJsonObject &state, WixContact *contact);
    QJsonObject toState() const;

    // Checks types and limits of a client's ContactInfo; empty when it is valid, else
    // "<field>: <reason>". Read-only parts (ids, e164Phone) are not checked.
    static QString validate(const QJsonObject &info);
    // Takes a validated ContactInfo: item ids kept or reused from `previous`, one primary
    // phone and email, e164Phone computed, cached fields refreshed.
    void setInfo(const QJsonObject &info,
                 QJsonObject previous); // previous by value: may alias info

    static QString e164(const QString &phone, const QString &countryCode);
};

} // namespace Tandem::Sandbox
