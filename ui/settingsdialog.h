#pragma once

#include "sync/runtime/scheduler.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace Tandem {

// Schedule, language and start at login. Values in, values out: the caller stores them.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setSchedule(const Schedule &schedule);
    Schedule schedule() const;
    void setLanguage(const QString &language); // "" (system), "en" or "nb"
    QString language() const;
    void setStartAtLogin(bool on);
    bool startAtLogin() const;
    // With no tray, closing the window quits, and a schedule runs only while it is open.
    void setTrayAvailable(bool available);

private:
    void updateEnabled();

    QComboBox *m_mode = nullptr;
    QSpinBox *m_minutes = nullptr;
    QTimeEdit *m_dailyAt = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_noTrayNote = nullptr;
    bool m_trayAvailable = true;
};

} // namespace Tandem
