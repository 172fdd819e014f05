#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace Tandem::SetupWidgets {

// The setup pages' controls, each with an accessible name and an object name (the GUI tests
// find them by it).
QLineEdit *lineEdit(const QString &accessibleName, const QString &objectName, QWidget *parent);
QPushButton *button(const QString &text, const QString &objectName, QWidget *parent);
QLabel *statusLabel(const QString &objectName, QWidget *parent); // word-wrapped, selectable
// A test's outcome in words; a failure is marked as such in the text, not by colour alone.
void showResult(QLabel *label, bool ok, const QString &text);

} // namespace Tandem::SetupWidgets
