#pragma once

#include "sandbox/sandboxbackend.h"

#include <QRandomGenerator>

namespace Tandem::Sandbox {

class WixContactStore;
class WixProductStore;

// Fills a fake Wix site with contacts and products that look real: Norwegian and international
// names with non-ASCII letters, phones in several formats (some contacts without, some with
// two), products with and without SKU, some hidden. Ids and times come from the seeded
// generator, so a given randomSeed always yields the same site.
class WixSeeder
{
public:
    explicit WixSeeder(quint32 randomSeed);

    void seed(const SeedOptions &options, WixContactStore &contacts, WixProductStore &products);

private:
    QString nextId();
    qint64 nextTime();
    QJsonObject contactInfo(int index);
    QJsonObject phoneItem(bool primary);
    void addProduct(int index, WixProductStore &products);

    QRandomGenerator m_random;
    qint64 m_time;
};

} // namespace Tandem::Sandbox
