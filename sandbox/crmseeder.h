#pragma once

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace Tandem::Sandbox {

// Plausible CRMOffice data: Norwegian companies (some with orgNr and addresses) and people
// with Norwegian and international names, phones in several formats, some without. The same
// generator state gives the same records.
class CrmSeeder
{
public:
    explicit CrmSeeder(quint32 seed);

    QJsonObject company();
    QJsonObject contact(const QStringList &companyIds);

private:
    QString pick(const QStringList &list);
    QString digits(int count);
    QString phone();
    QJsonObject address();

    QRandomGenerator m_random;
    QStringList m_usedCompanyNames;
};

} // namespace Tandem::Sandbox
