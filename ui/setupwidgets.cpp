#include "ui/setupwidgets.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Tandem::SetupWidgets {

QLineEdit *lineEdit(const QString &accessibleName, const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setObjectName(objectName);
    return edit;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showResult(QLabel *label, bool ok, const QString &text)
{
    label->setText(ok ? text : QCoreApplication::translate("SetupWidgets", "Failed: %1").arg(text));
    label->setAccessibleDescription(label->text());
}

} // namespace Tandem::SetupWidgets
