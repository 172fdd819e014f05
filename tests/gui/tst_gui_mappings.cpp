#include "sync/model/mappingjson.h"
#include "sync/model/mappingvalidator.h"
#include "sync/store/profile.h"
#include "tests/gui/guitestbed.h"
#include "ui/floweditor.h"
#include "ui/mappingspage.h"
#include "ui/mappingtablemodel.h"
#include "ui/propertydelegate.h"
#include "ui/uitext.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;

namespace {

// The importer tests' Wix.com to CRMOffice document (tests/model/data).
QString sampleDocumentPath()
{
    return QStringLiteral(TANDEM_SAMPLE_DATAFLOW);
}

FlowEditor *editorOf(MappingsPage *page, const QString &flowId)
{
    for (FlowEditor *editor : page->editors()) {
        if (editor->flow().id == flowId)
            return editor;
    }
    return nullptr;
}

int rowOf(const Flow &flow, const QString &wixPath)
{
    for (int i = 0; i < flow.pairs.size(); ++i) {
        if (flow.pairs.at(i).wixPath == wixPath)
            return i;
    }
    return -1;
}

// Types into the editor's add row and clicks "Add pair", as a user would.
void addThroughUi(FlowEditor *editor, const QString &wix, const QString &crm, DataType type)
{
    auto *wixEdit = editor->findChild<QLineEdit *>(u"newWixEdit"_s);
    auto *crmEdit = editor->findChild<QLineEdit *>(u"newCrmEdit"_s);
    auto *typeCombo = editor->findChild<QComboBox *>(u"newTypeCombo"_s);
    wixEdit->clear();
    crmEdit->clear();
    QTest::keyClicks(wixEdit, wix);
    QTest::keyClicks(crmEdit, crm);
    typeCombo->setCurrentIndex(typeCombo->findData(int(type)));
    QTest::mouseClick(editor->findChild<QAbstractButton *>(u"addPairButton"_s), Qt::LeftButton);
}

std::optional<Mapping> savedMapping(const GuiTestBed &bed)
{
    QString error;
    return loadMappingFile(Profile(bed.profileDir()).mappingPath(), &error);
}

} // namespace

class TestGuiMappings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.http.debug=false"));
        QVERIFY2(QFileInfo::exists(sampleDocumentPath()), qPrintable(sampleDocumentPath()));
    }

    void testPageShowsDefaultPairs()
    {
        GuiTestBed bed({.wixContacts = 1, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        MappingsPage *page = bed.window().mappingsPage();
        const Mapping shipped = defaultMapping();
        QVERIFY(!shipped.flows.isEmpty());
        QCOMPARE(page->mapping(), shipped);
        QCOMPARE(bed.find<QTabWidget>("flowTabs")->count(), shipped.flows.size());
        for (const Flow &flow : shipped.flows) {
            auto *table =
                bed.find<QTableView>(qPrintable(QStringLiteral("mappingTable_") + flow.id));
            QVERIFY2(table, qPrintable(flow.id));
            QCOMPARE(table->model()->rowCount(), flow.pairs.size());
            for (int row = 0; row < flow.pairs.size(); ++row) {
                QCOMPARE(table->model()->index(row, MappingTableModel::WixColumn).data().toString(),
                         flow.pairs.at(row).wixPath);
                QCOMPARE(table->model()->index(row, MappingTableModel::CrmColumn).data().toString(),
                         flow.pairs.at(row).crmPath);
            }
        }
        // Showing is not editing: nothing is written until the user changes something.
        QVERIFY(!QFileInfo::exists(Profile(bed.profileDir()).mappingPath()));
    }

    void testInvalidEditsAreRejectedInlineAndNotSaved()
    {
        GuiTestBed bed({.wixContacts = 1, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        bed.window().showPage(MainWindow::MappingsTab);
        MappingsPage *page = bed.window().mappingsPage();
        FlowEditor *contacts = editorOf(page, QStringLiteral("contacts"));
        QVERIFY(contacts);
        const Flow before = contacts->flow();
        auto *message = contacts->findChild<QLabel *>(u"validationMessage"_s);

        // A date cannot be stored as a yes/no value.
        addThroughUi(contacts, QStringLiteral("info.birthdate"), QStringLiteral("birthday"),
                     DataType::Boolean);
        QVERIFY(message->isVisible());
        QVERIFY2(contacts->message().contains(QLatin1String("info.birthdate")),
                 qPrintable(contacts->message()));
        QCOMPARE(contacts->flow(), before);

        // An empty path.
        addThroughUi(contacts, QString(), QStringLiteral("birthday"), DataType::Date);
        QVERIFY2(contacts->message().contains(QLatin1String("empty")),
                 qPrintable(contacts->message()));
        QCOMPARE(contacts->flow(), before);

        // A type change in the table that the Wix field cannot hold.
        const int first = rowOf(before, QStringLiteral("info.name.first"));
        QVERIFY(first >= 0);
        MappingTableModel *model = contacts->model();
        QVERIFY(!model->setData(model->index(first, MappingTableModel::TypeColumn),
                                int(DataType::Integer)));
        QVERIFY(contacts->message().contains(QLatin1String("info.name.first")));
        QCOMPARE(contacts->flow(), before);
        QCOMPARE(model->index(first, MappingTableModel::TypeColumn).data(Qt::EditRole).toInt(),
                 int(before.pairs.at(first).type));

        QVERIFY(!QFileInfo::exists(Profile(bed.profileDir()).mappingPath()));
        QCOMPARE(page->mapping(), defaultMapping());
    }

    void testValidAddTypeChangeAndRemoveAreSaved()
    {
        GuiTestBed bed({.wixContacts = 1, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        bed.window().showPage(MainWindow::MappingsTab);
        MappingsPage *page = bed.window().mappingsPage();
        FlowEditor *contacts = editorOf(page, QStringLiteral("contacts"));
        QVERIFY(contacts);
        const int rowsBefore = int(contacts->flow().pairs.size());

        addThroughUi(contacts, QStringLiteral("primaryInfo.email"), QStringLiteral("email"),
                     DataType::String);
        QCOMPARE(contacts->message(), QString());
        QCOMPARE(contacts->model()->rowCount(), rowsBefore + 1);
        std::optional<Mapping> saved = savedMapping(bed);
        QVERIFY(saved);
        QCOMPARE(*saved, page->mapping());
        const Flow *flow = saved->flow(QStringLiteral("contacts"));
        QVERIFY(flow);
        int added = rowOf(*flow, QStringLiteral("primaryInfo.email"));
        QVERIFY(added >= 0);
        QCOMPARE(flow->pairs.at(added).crmPath, QStringLiteral("email"));
        QCOMPARE(flow->pairs.at(added).origin, PairOrigin::Added);
        QCOMPARE(contacts->model()
                     ->index(added, MappingTableModel::OriginColumn)
                     .data()
                     .toString()
                     .isEmpty(),
                 false);

        // A change of direction in the table is saved too.
        MappingTableModel *model = contacts->model();
        QVERIFY(model->setData(model->index(added, MappingTableModel::DirectionColumn),
                               int(PairDirection::WixToCrmOffice)));
        saved = savedMapping(bed);
        QVERIFY(saved);
        QCOMPARE(saved->flow(QStringLiteral("contacts"))->pairs.at(added).direction,
                 PairDirection::WixToCrmOffice);

        // Remove it again through the table's selection and the button.
        auto *table = contacts->table();
        table->selectRow(added);
        QTest::mouseClick(contacts->findChild<QAbstractButton *>(u"removePairButton"_s),
                          Qt::LeftButton);
        QCOMPARE(contacts->model()->rowCount(), rowsBefore);
        saved = savedMapping(bed);
        QVERIFY(saved);
        QCOMPARE(
            rowOf(*saved->flow(QStringLiteral("contacts")), QStringLiteral("primaryInfo.email")),
            -1);
        QCOMPARE(*saved, page->mapping());

        // A second window on the same profile shows what was saved.
        MappingsPage reopened;
        QVERIFY(reopened.openProfile(bed.profileDir()));
        QCOMPARE(reopened.mapping(), *saved);
    }

    void testImportSampleDocumentGivesDefaultMapping()
    {
        GuiTestBed bed({.wixContacts = 1, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        MappingsPage *page = bed.window().mappingsPage();
        // Start from something else, so that the import visibly replaces it.
        FlowEditor *contacts = editorOf(page, QStringLiteral("contacts"));
        QVERIFY(contacts->addPair(QStringLiteral("primaryInfo.email"), QStringLiteral("email"),
                                  DataType::String));
        const Mapping before = page->mapping();
        QVERIFY(before != defaultMapping());
        QCOMPARE(*savedMapping(bed), before);

        QVERIFY2(page->importDataflowDocument(sampleDocumentPath()), qPrintable(page->message()));
        const Mapping imported = page->mapping();
        const Mapping shipped = defaultMapping();
        QCOMPARE(imported.flows.size(), shipped.flows.size());
        for (const Flow &flow : shipped.flows) {
            const Flow *got = imported.flow(flow.id);
            QVERIFY2(got, qPrintable(flow.id));
            QCOMPARE(got->creation, flow.creation);
            QCOMPARE(got->conflictPolicy, flow.conflictPolicy);
            QCOMPARE(got->deletionPolicy, flow.deletionPolicy);
            // The shipped mapping is the document plus the rows it marks as added.
            QList<PropertyPair> fromDocument;
            for (const PropertyPair &pair : flow.pairs) {
                if (pair.origin == PairOrigin::Document)
                    fromDocument << pair;
            }
            QCOMPARE(got->pairs, fromDocument);
        }
        // The document maps no company name, which CRMOffice requires: the page says so.
        QVERIFY2(page->message().contains(QLatin1String("\"name\"")), qPrintable(page->message()));
        QVERIFY(page->message().contains(QLatin1String("wix-crmoffice.rst")));
        // ...and keeps the profile's usable mapping until that is fixed.
        std::optional<Mapping> saved = savedMapping(bed);
        QVERIFY(saved);
        QCOMPARE(*saved, before);
        // A change to another flow does not save the unusable one either.
        QVERIFY(contacts = editorOf(page, QStringLiteral("contacts")));
        QVERIFY(contacts->addPair(QStringLiteral("primaryInfo.email"), QStringLiteral("email"),
                                  DataType::String));
        QVERIFY(contacts->model()->removeRows(contacts->model()->rowCount() - 1, 1));
        QCOMPARE(*savedMapping(bed), before);

        FlowEditor *products = editorOf(page, QStringLiteral("products"));
        QVERIFY(
            products->addPair(QStringLiteral("name"), QStringLiteral("name"), DataType::String));
        const Mapping completed = page->mapping();
        QCOMPARE(completed, shipped);
        QCOMPARE(page->message(), QString()); // the problems are gone
        saved = savedMapping(bed);
        QVERIFY(saved);
        QCOMPARE(*saved, completed);

        // A file that is not a dataflow document is refused in words and changes nothing.
        QVERIFY(!page->importDataflowDocument(bed.profileDir() + QStringLiteral("/missing.rst")));
        QVERIFY(page->message().contains(QLatin1String("missing.rst")));
        QCOMPARE(page->mapping(), completed);
    }

    // The editor offers the properties the connectors sync, and an import naming another is
    // refused with the path and why, the page's mapping kept.
    void testOffersOnlySyncedPropertiesAndRefusesOthersOnImport()
    {
        GuiTestBed bed({.wixContacts = 1, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        MappingsPage *page = bed.window().mappingsPage();
        FlowEditor *contacts = editorOf(page, QStringLiteral("contacts"));
        auto *newWix = contacts->findChild<QLineEdit *>(u"newWixEdit"_s);
        auto *newCrm = contacts->findChild<QLineEdit *>(u"newCrmEdit"_s);
        QVERIFY(newWix->completer() && newCrm->completer());
        const auto offered = [](QLineEdit *edit) {
            return qobject_cast<QStringListModel *>(edit->completer()->model())->stringList();
        };
        const QStringList wixOffered = offered(newWix);
        QVERIFY2(wixOffered.contains(QLatin1String("primaryInfo.email"))
                     && wixOffered.contains(QLatin1String("info.birthdate"))
                     && !wixOffered.contains(QLatin1String("info.locale")),
                 qPrintable(wixOffered.join(u',')));
        QVERIFY2(newWix->placeholderText().endsWith(wixOffered.last()),
                 qPrintable(newWix->placeholderText()));
        QVERIFY(offered(newCrm).contains(QLatin1String("mobilePhone")));

        Mapping unsynced = defaultMapping();
        unsynced.flows[0].pairs.append(
            {QStringLiteral("info.locale"), QStringLiteral("email"), DataType::String});
        const QString path = bed.profileDir() + QStringLiteral("/company.json");
        QString error;
        QVERIFY2(saveMappingFile(unsynced, path, &error), qPrintable(error));
        QVERIFY(!page->importMappingFile(path));
        QVERIFY2(page->message().contains(QLatin1String("info.locale"))
                     && page->message().contains(QLatin1String("company.json"))
                     && page->message().contains(QLatin1String("never sync")),
                 qPrintable(page->message()));
        QCOMPARE(page->mapping(), defaultMapping());
    }

    // A property cell of the table completes from what the connectors declare, each with its
    // type, and refuses any other path with the properties that do sync.
    void testTableCellsOfferSyncedPropertiesAndRefuseOthers()
    {
        GuiTestBed bed({.wixContacts = 1, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        bed.window().showPage(MainWindow::MappingsTab);
        FlowEditor *contacts = editorOf(bed.window().mappingsPage(), QStringLiteral("contacts"));
        QVERIFY(contacts);
        const Flow before = contacts->flow();
        QTableView *table = contacts->table();
        QVERIFY(QTest::qWaitForWindowExposed(&bed.window()));

        const auto editorAt = [&](int row, int column) -> QLineEdit * {
            const QModelIndex index = table->model()->index(row, column);
            table->setCurrentIndex(index);
            table->edit(index);
            return qobject_cast<QLineEdit *>(table->indexWidget(index));
        };
        const auto offered = [](QLineEdit *edit, const QList<FieldCatalog::Property> &declared) {
            QStringList problems;
            QAbstractItemModel *model = edit->completer() ? edit->completer()->model() : nullptr;
            if (!model)
                return QStringLiteral("no completer");
            if (model->rowCount() != declared.size())
                problems << QStringLiteral("%1 offered, %2 declared")
                                .arg(model->rowCount())
                                .arg(declared.size());
            for (int row = 0; row < qMin(model->rowCount(), declared.size()); ++row) {
                const QModelIndex at = model->index(row, 0);
                const FieldCatalog::Property &p = declared.at(row);
                if (at.data(PropertyDelegate::PathRole).toString() != p.path
                    || !at.data().toString().contains(UiText::dataTypeLabel(p.type)))
                    problems << at.data().toString();
            }
            return problems.join(u',');
        };

        QLineEdit *wix = editorAt(0, MappingTableModel::WixColumn);
        QVERIFY(wix);
        const QList<FieldCatalog::Property> wixDeclared =
            FieldCatalog::syncedProperties(Side::Wix, before.sourceCollection);
        QCOMPARE(offered(wix, wixDeclared), QString());
        QCOMPARE(wix->completer()->completionRole(), int(PropertyDelegate::PathRole));

        // A path that no connector reads: refused inline, the flow and the file unchanged.
        wix->setText(QStringLiteral("info.locale"));
        QTest::keyClick(wix, Qt::Key_Return);
        QTRY_VERIFY2(contacts->message().contains(QLatin1String("info.locale"))
                         && contacts->message().contains(QLatin1String("never sync")),
                     qPrintable(contacts->message()));
        QCOMPARE(contacts->flow(), before);
        QVERIFY(!QFileInfo::exists(Profile(bed.profileDir()).mappingPath()));

        QLineEdit *crm = editorAt(0, MappingTableModel::CrmColumn);
        QVERIFY(crm);
        QCOMPARE(
            offered(crm, FieldCatalog::syncedProperties(Side::CrmOffice, before.targetCollection)),
            QString());
        QTest::keyClick(crm, Qt::Key_Escape);
        QTRY_VERIFY(!table->indexWidget(table->currentIndex()));

        // A declared path the flow does not pair yet is taken and saved.
        QString unused;
        for (const FieldCatalog::Property &p : wixDeclared) {
            if (rowOf(before, p.path) < 0 && dataTypeCanHold(before.pairs.first().type, p.type)) {
                unused = p.path;
                break;
            }
        }
        QVERIFY2(!unused.isEmpty(), "every declared Wix contact property is paired already");
        wix = editorAt(0, MappingTableModel::WixColumn);
        wix->setText(unused);
        QTest::keyClick(wix, Qt::Key_Return);
        QTRY_COMPARE(contacts->flow().pairs.first().wixPath, unused);
        QTRY_VERIFY(QFileInfo::exists(Profile(bed.profileDir()).mappingPath()));
    }
};

QTEST_MAIN(TestGuiMappings)
#include "tst_gui_mappings.moc"
