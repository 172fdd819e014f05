#pragma once

#include <QString>
#include <QWidget>

class QLineEdit;

namespace Tandem {
class SetupWizard;
}

namespace Tandem::Test {

// The setup wizard driven as a user does: typing into fields, clicking its buttons.

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// Replaces what the field holds by typing `text`.
void retype(QLineEdit *edit, const QString &text);

// Clicks a page's "Test connection" and waits for the answer in its result label.
QString testConnection(QWidget *page, const char *button, const char *result);

// Next through the CRMOffice page, the review and onto the finish page, which saves; true once
// Finish is enabled, which it is when the keychain has answered, stored or not.
bool goToFinish(SetupWizard &wizard);

} // namespace Tandem::Test
