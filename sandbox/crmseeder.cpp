#include "sandbox/crmseeder.h"

namespace Tandem::Sandbox {

namespace {

const QStringList &companyStems()
{
    static const QStringList stems{
        QStringLiteral("Fjordkraft"), QStringLiteral("Ålesund"),   QStringLiteral("Nordlys"),
        QStringLiteral("Trøndelag"),  QStringLiteral("Bjørnstad"), QStringLiteral("Høyfjell"),
        QStringLiteral("Sørlandet"),  QStringLiteral("Lofoten"),   QStringLiteral("Vestkyst"),
        QStringLiteral("Brønnøy"),    QStringLiteral("Tromsø"),    QStringLiteral("Mjøsa"),
        QStringLiteral("Hardanger"),  QStringLiteral("Ærøy"),      QStringLiteral("Kråkerøy")};
    return stems;
}

const QStringList &companyTrades()
{
    static const QStringList trades{QStringLiteral("Bygg AS"),
                                    QStringLiteral("Økologisk"),
                                    QStringLiteral("Elektro AS"),
                                    QStringLiteral("Rørlegger AS"),
                                    QStringLiteral("Regnskap ANS"),
                                    QStringLiteral("Fiskeri AS"),
                                    QStringLiteral("Bakeri"),
                                    QStringLiteral("Transport AS"),
                                    QStringLiteral("Design & Trykk AS"),
                                    QStringLiteral("Møbelsnekkeri"),
                                    QStringLiteral("Sjømat AS"),
                                    QStringLiteral("Kaffebrenneri")};
    return trades;
}

const QStringList &givenNames()
{
    static const QStringList names{
        QStringLiteral("Åse"),     QStringLiteral("Øystein"), QStringLiteral("Bjørn"),
        QStringLiteral("Ingrid"),  QStringLiteral("Kåre"),    QStringLiteral("Sigrún"),
        QStringLiteral("Siobhán"), QStringLiteral("José"),    QStringLiteral("Zoë"),
        QStringLiteral("Łukasz"),  QStringLiteral("Ada"),     QStringLiteral("Mette-Marit"),
        QStringLiteral("Håkon"),   QStringLiteral("Nguyễn"),  QStringLiteral("Aïcha")};
    return names;
}

const QStringList &familyNames()
{
    static const QStringList names{
        QStringLiteral("Sørensen"), QStringLiteral("Ødegård"),  QStringLiteral("Haugen"),
        QStringLiteral("Bråten"),   QStringLiteral("Lovelace"), QStringLiteral("García Márquez"),
        QStringLiteral("Kowalski"), QStringLiteral("O'Neill"),  QStringLiteral("Ærø"),
        QStringLiteral("Müller"),   QStringLiteral("Johansen"), QStringLiteral("Dahl")};
    return names;
}

const QStringList &places()
{
    static const QStringList list{
        QStringLiteral("0150 Oslo"),      QStringLiteral("5003 Bergen"),
        QStringLiteral("7010 Trondheim"), QStringLiteral("6002 Ålesund"),
        QStringLiteral("9008 Tromsø"),    QStringLiteral("4006 Stavanger"),
        QStringLiteral("8006 Bodø")};
    return list;
}

const QStringList &streets()
{
    static const QStringList list{QStringLiteral("Storgata"),    QStringLiteral("Kirkegata"),
                                  QStringLiteral("Strandkaien"), QStringLiteral("Bryggen"),
                                  QStringLiteral("Søndre gate"), QStringLiteral("Fjordveien")};
    return list;
}

} // namespace

CrmSeeder::CrmSeeder(quint32 seed)
    : m_random(seed)
{}

QJsonObject CrmSeeder::company()
{
    QString name = pick(companyStems()) + QLatin1Char(' ') + pick(companyTrades());
    for (int suffix = 2; m_usedCompanyNames.contains(name); ++suffix)
        name = pick(companyStems()) + QLatin1Char(' ') + pick(companyTrades())
            + QStringLiteral(" %1").arg(suffix);
    m_usedCompanyNames << name;
    QJsonObject company{{QStringLiteral("name"), name}};
    if (m_random.bounded(10) < 7)
        company.insert(QStringLiteral("orgNr"), QString(u'9' + digits(8)));
    if (m_random.bounded(10) < 6)
        company.insert(QStringLiteral("postAddress"), address());
    if (m_random.bounded(10) < 4)
        company.insert(QStringLiteral("visitAddress"), address());
    if (m_random.bounded(10) < 5)
        company.insert(QStringLiteral("phone"), phone());
    return company;
}

QJsonObject CrmSeeder::contact(const QStringList &companyIds)
{
    const QString given = pick(givenNames());
    const QString family = pick(familyNames());
    QJsonObject contact{{QStringLiteral("givenName"), given},
                        {QStringLiteral("familyName"), family}};
    if (m_random.bounded(10) < 8)
        contact.insert(QStringLiteral("directPhone"), phone());
    if (m_random.bounded(10) < 3)
        contact.insert(QStringLiteral("mobilePhone"), phone());
    if (m_random.bounded(10) < 6)
        contact.insert(QStringLiteral("email"),
                       QStringLiteral("kontakt%1@example.no").arg(digits(4)));
    if (!companyIds.isEmpty() && m_random.bounded(10) < 5)
        contact.insert(QStringLiteral("companyId"), pick(companyIds));
    return contact;
}

QString CrmSeeder::pick(const QStringList &list)
{
    return list.at(int(m_random.bounded(quint32(list.size()))));
}

QString CrmSeeder::digits(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QLatin1Char(char('0' + m_random.bounded(10)));
    return text;
}

// The formats people type: "+47 22 33 44 55", "22334455", "+4791234567", "(+47) 912 34 567".
QString CrmSeeder::phone()
{
    const QString number = QString::number(2 + m_random.bounded(8)) + digits(7);
    switch (m_random.bounded(4)) {
    case 0:
        return QStringLiteral("+47 %1 %2 %3 %4")
            .arg(number.mid(0, 2), number.mid(2, 2), number.mid(4, 2), number.mid(6, 2));
    case 1:
        return number;
    case 2:
        return QStringLiteral("+47") + number;
    default:
        return QStringLiteral("(+47) %1 %2 %3")
            .arg(number.mid(0, 3), number.mid(3, 2), number.mid(5, 3));
    }
}

QJsonObject CrmSeeder::address()
{
    const QString place = pick(places());
    return {{QStringLiteral("streetAddress"),
             QString(pick(streets()) + u' ' + QString::number(1 + m_random.bounded(120)))},
            {QStringLiteral("postCode"), place.left(4)},
            {QStringLiteral("postalArea"), place.mid(5)},
            {QStringLiteral("country"), QStringLiteral("NO")}};
}

} // namespace Tandem::Sandbox
