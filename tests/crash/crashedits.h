#pragma once

#include "tests/cli/clibed.h"

#include <QJsonArray>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace Tandem::Test {

// One synced collection pair and its mapped fields (Wix path, CRMOffice path), as shipped.
struct CrashFlow
{
    QString id;
    QString wixCollection;
    QString crmCollection;
    QList<QPair<QString, QString>> fields;
};

const QList<CrashFlow> &crashFlows();

// One field a user set on one side, named by the Wix id of its record and the Wix path (how
// `conflicts --json` names it).
struct FieldEdit
{
    QString flow;
    QString wixId;
    QString wixField;
    QString crmField;
    bool onWix = true;
    QString value;
    int round = 0;

    QString describe() const;
};

// The edits a user makes between killed runs: a few mapped fields on either side (CRMOffice
// only on records already linked: the ones a user there would see as synced) and new Wix
// contacts. Remembers every edit so the test can ask what must have survived.
class CrashEditor
{
public:
    CrashEditor(CliBed &bed, QRandomGenerator &random);

    // `links` is `links --json` as the store lists it after the kill. Appends what it did to
    // `log`; false (with the reason in the log) when the service refused an edit.
    bool editRound(int round, const QJsonArray &links, QStringList &log);

    // The last edit of every field that was edited at all.
    QList<FieldEdit> lastEdits() const;
    // Whether that field was edited on both sides (only then may it end as a conflict).
    bool editedOnBothSides(const FieldEdit &edit) const;

private:
    bool editOne(int round, const QJsonArray &links, QStringList &log);
    bool createContact(int round, QStringList &log);
    QString newValue(const QString &wixField, int round);

    CliBed &m_bed;
    QRandomGenerator &m_random;
    QList<FieldEdit> m_edits;
    int m_serial = 0;
};

} // namespace Tandem::Test
