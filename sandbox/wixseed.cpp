#include "sandbox/wixseed.h"

#include "sandbox/wixcontactstore.h"
#include "sandbox/wixproductstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox {

namespace {

const QStringList FirstNames{
    u"Ørjan"_s, u"Åsa"_s,    u"Zoë"_s,   u"José"_s,  u"Kari"_s,   u"Ola"_s,     u"Ingrid"_s,
    u"Bjørn"_s, u"Sigrún"_s, u"Mette"_s, u"Håkon"_s, u"Siri"_s,   u"Anders"_s,  u"Émile"_s,
    u"Nadia"_s, u"Jürgen"_s, u"Aino"_s,  u"Lars"_s,  u"Øyvind"_s, u"Camilla"_s, u"Tomás"_s};
const QStringList LastNames{
    u"Kvåle"_s,     u"Bjørnstad"_s, u"Ødegård"_s,  u"Müller"_s,   u"Hansen"_s, u"Johansen"_s,
    u"Nordmann"_s,  u"Dæhlie"_s,    u"Sørensen"_s, u"O'Brien"_s,  u"García"_s, u"Løvås"_s,
    u"Lindqvist"_s, u"Nguyen"_s,    u"Åberg"_s,    u"Kowalski"_s, u"Berg"_s,   u"Ståle-Haugen"_s};
const QStringList Products{u"Kaffekopp"_s,
                           u"Ullteppe Ørsta"_s,
                           u"Strikkegenser"_s,
                           u"Brunost 500 g"_s,
                           u"Tursekk 40 l"_s,
                           u"Fjellsko"_s,
                           u"Vaffeljern"_s,
                           u"Kokebok: Fra fjord til bord"_s,
                           u"Lue med dusk"_s,
                           u"Termos 1 l"_s,
                           u"Skibriller"_s,
                           u"Regnjakke"_s,
                           u"Lysestake"_s,
                           u"Treskål"_s,
                           u"E-bok: Norsk på 30 dager"_s,
                           u"Gavekort"_s};

struct PhoneFormat
{
    const char *pattern; // '#' becomes a digit
    const char *countryCode;
    const char *tag;
};
const PhoneFormat PhoneFormats[] = {
    {"+47 22 33 ## ##", "NO", "HOME"},     {"9#######", "NO", "MOBILE"},
    {"+1 (415) 555-01##", "US", "MOBILE"}, {"900 ## ###", "NO", "MOBILE"},
    {"+46 8 123 ### ##", "SE", "WORK"},    {"020 7946 0###", "GB", "WORK"},
    {"+49 30 1234 ###", "DE", "MOBILE"},   {"22 33 44 ##", "NO", "WORK"}};

QString asciiFold(const QString &text)
{
    QString folded;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            folded.append(c);
        else if (c == QChar(0xf8)) // ø has no decomposition
            folded.append(QLatin1Char('o'));
        else if (c == QChar(0xe6))
            folded.append(QLatin1String("ae"));
    }
    return folded;
}

} // namespace

WixSeeder::WixSeeder(quint32 randomSeed)
    : m_random(randomSeed)
    , m_time(1736150400000) // 2025-01-06T08:00:00Z: fixed, so the seed alone decides the data
{}

QString WixSeeder::nextId()
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += QStringLiteral("%1").arg(m_random.generate(), 8, 16, QLatin1Char('0'));
    hex[12] = QLatin1Char('4'); // a version 4 GUID
    hex[16] = QLatin1Char("89ab"[m_random.bounded(4)]);
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
}

qint64 WixSeeder::nextTime()
{
    m_time += 1000 + m_random.bounded(3600 * 1000);
    return m_time;
}

QJsonObject WixSeeder::phoneItem(bool primary)
{
    const PhoneFormat &format = PhoneFormats[m_random.bounded(int(std::size(PhoneFormats)))];
    QString phone = QString::fromUtf8(format.pattern);
    for (QChar &c : phone) {
        if (c == QLatin1Char('#'))
            c = QChar('0' + m_random.bounded(10));
    }
    return {{u"id"_s, nextId()},
            {u"tag"_s, QLatin1StringView(format.tag)},
            {u"countryCode"_s, QLatin1StringView(format.countryCode)},
            {u"phone"_s, phone},
            {u"primary"_s, primary}};
}

QJsonObject WixSeeder::contactInfo(int index)
{
    const QString first = FirstNames.at(m_random.bounded(int(FirstNames.size())));
    const QString last = LastNames.at(m_random.bounded(int(LastNames.size())));
    QJsonObject info{{u"name"_s, QJsonObject{{u"first"_s, first}, {u"last"_s, last}}}};
    const int phoneKind = m_random.bounded(10); // 0-1: no phone, 2-3: two phones, else one
    QJsonArray phones;
    if (phoneKind >= 2)
        phones.append(phoneItem(true));
    if (phoneKind == 2 || phoneKind == 3) {
        phones.append(phoneItem(false));
        if (phoneKind == 3) { // the second one is the primary
            QJsonObject a = phones.at(0).toObject();
            QJsonObject b = phones.at(1).toObject();
            a.insert(u"primary"_s, false);
            b.insert(u"primary"_s, true);
            phones = QJsonArray{a, b};
        }
    }
    if (!phones.isEmpty())
        info.insert(u"phones"_s, QJsonObject{{u"items"_s, phones}});
    if (m_random.bounded(8) != 0) {
        const QString email = QStringLiteral("%1.%2.%3@example.com")
                                  .arg(asciiFold(first), asciiFold(last))
                                  .arg(index + 1);
        info.insert(u"emails"_s,
                    QJsonObject{{u"items"_s,
                                 QJsonArray{QJsonObject{{u"id"_s, nextId()},
                                                        {u"tag"_s, u"MAIN"_s},
                                                        {u"email"_s, email},
                                                        {u"primary"_s, true}}}}});
    }
    if (m_random.bounded(3) == 0)
        info.insert(u"company"_s, QStringLiteral("%1 AS").arg(last));
    return info;
}

void WixSeeder::addProduct(int index, WixProductStore &products)
{
    WixProduct product;
    product.id = nextId();
    product.name = Products.at(index % Products.size());
    if (index >= Products.size())
        product.name += QStringLiteral(" %1").arg(index / Products.size() + 1);
    const bool digital = product.name.startsWith(QLatin1String("E-bok"))
        || product.name.startsWith(QLatin1String("Gavekort"));
    product.productType = digital ? QStringLiteral("DIGITAL") : QStringLiteral("PHYSICAL");
    product.visible = m_random.bounded(5) != 0;
    product.description = QStringLiteral("<p>%1 fra Tandem testbutikk.</p>").arg(product.name);
    const double price = 49 + m_random.bounded(1950);
    const QString sku =
        m_random.bounded(10) < 7 ? QStringLiteral("SKU-%1").arg(1000 + index) : QString();
    product.variants.append(WixProduct::defaultVariant(nextId(), price, sku));
    product.createdMs = nextTime();
    product.updatedMs = m_random.bounded(3) == 0 ? product.createdMs + m_random.bounded(86400000)
                                                 : product.createdMs;
    products.add(product);
}

void WixSeeder::seed(const SeedOptions &options, WixContactStore &contacts,
                     WixProductStore &products)
{
    for (int i = 0; i < options.contacts; ++i) {
        const QString id = nextId();
        const QJsonObject info = contactInfo(i);
        const qint64 created = nextTime();
        contacts.insert(id, info, created, created);
    }
    for (int i = 0; i < options.products; ++i)
        addProduct(i, products);
}

} // namespace Tandem::Sandbox
