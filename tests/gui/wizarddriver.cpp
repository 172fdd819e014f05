#include "tests/gui/wizarddriver.h"

#include "ui/setupwizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace Tandem::Test {

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QString testConnection(QWidget *page, const char *button, const char *result)
{
    auto *label = child<QLabel>(page, result);
    auto *test = child<QAbstractButton>(page, button);
    QTest::mouseClick(test, Qt::LeftButton);
    if (!QTest::qWaitFor([test] { return test->isEnabled(); }, 15000))
        return QStringLiteral("(no answer)");
    return label->text();
}

bool goToFinish(SetupWizard &wizard)
{
    for (int page : {SetupWizard::ReviewPage, SetupWizard::DonePage}) {
        auto *next = wizard.button(QWizard::NextButton);
        if (!next->isEnabled())
            return false;
        QTest::mouseClick(next, Qt::LeftButton);
        if (wizard.currentId() != page)
            return false;
    }
    return QTest::qWaitFor([&] { return wizard.button(QWizard::FinishButton)->isEnabled(); },
                           15000);
}

} // namespace Tandem::Test
