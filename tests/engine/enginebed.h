#pragma once

// A fresh engine test bed: two in-memory services and the real state store on a temp file.
#include "sync/engine/syncrun.h"
#include "sync/store/statestore.h"
#include "tests/fakes/memoryconnector.h"

#include <QTemporaryDir>

#include <memory>

namespace Tandem {

inline Flow testContactsFlow()
{
    Flow f;
    f.id = QStringLiteral("contacts");
    f.sourceCollection = QStringLiteral("Contacts");
    f.targetCollection = QStringLiteral("Contacts");
    f.pairs = {{QStringLiteral("info.name.first"), QStringLiteral("givenName")},
               {QStringLiteral("info.name.last"), QStringLiteral("familyName")},
               {QStringLiteral("primaryInfo.phone"), QStringLiteral("directPhone")}};
    f.matchKey = {{{QStringLiteral("info.name.first"), QStringLiteral("info.name.last"),
                    QStringLiteral("primaryInfo.phone")},
                   {QStringLiteral("givenName"), QStringLiteral("familyName"),
                    QStringLiteral("directPhone")}}};
    return f;
}

inline Flow testProductsFlow()
{
    Flow f;
    f.id = QStringLiteral("products");
    f.sourceCollection = QStringLiteral("Products");
    f.targetCollection = QStringLiteral("Companies");
    f.pairs = {
        {QStringLiteral("name"), QStringLiteral("name"), DataType::String, PairOrigin::Added}};
    f.matchKey = {{{QStringLiteral("name")}, {QStringLiteral("name")}}};
    return f;
}

class EngineBed
{
public:
    explicit EngineBed(const QString &name)
        : wix(Side::Wix, clock, false)
        , crm(Side::CrmOffice, clock, true)
    {
        mapping.flows = {testContactsFlow()};
        store = std::make_unique<StateStore>(dir.filePath(QStringLiteral("state.db")), name);
        storeError = store->open();
    }

    RunSummary sync(RunOptions options = {})
    {
        clock.advance(1000);
        if (options.phoneRegion.isEmpty())
            options.phoneRegion = QStringLiteral("NO");
        SyncRun run(mapping, *store, wix, crm, options);
        lastRun = &run;
        RunSummary s = run.run();
        lastRun = nullptr;
        return s;
    }

    QString addContact(MemoryConnector &side, const QString &first, const QString &last,
                       const QString &phone = {})
    {
        const bool isWix = side.side() == Side::Wix;
        QJsonObject f{
            {isWix ? QStringLiteral("info.name.first") : QStringLiteral("givenName"), first},
            {isWix ? QStringLiteral("info.name.last") : QStringLiteral("familyName"), last}};
        if (!phone.isEmpty())
            f.insert(isWix ? QStringLiteral("primaryInfo.phone") : QStringLiteral("directPhone"),
                     phone);
        return side.insert(QStringLiteral("Contacts"), f);
    }

    FakeClock clock;
    MemoryConnector wix;
    MemoryConnector crm;
    QTemporaryDir dir;
    Mapping mapping;
    std::unique_ptr<StateStore> store;
    StoreError storeError;
    SyncRun *lastRun = nullptr; // set while sync() runs, for tests that cancel from a hook
};

// A store name of its own for each test in a process.
inline QString nextStoreName()
{
    static int counter = 0;
    return QStringLiteral("tst.engine.%1").arg(++counter);
}

// A contact's field, or "<gone>" when the contact is not there.
inline QString field(const MemoryConnector &side, const QString &id, const QString &path)
{
    const std::optional<Record> r = side.get(QStringLiteral("Contacts"), id);
    return r ? r->fields.value(path).toString() : QStringLiteral("<gone>");
}

// The CRMOffice contact linked to a Wix contact; empty when there is none.
inline QString partner(const StateStore &store, const QString &wixId)
{
    const std::optional<Link> l =
        store.linkBySideId(QStringLiteral("contacts"), Side::Wix, wixId).value;
    return l ? l->crm.id : QString();
}

} // namespace Tandem
