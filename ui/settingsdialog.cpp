#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Tandem {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *scheduleBox = new QGroupBox(tr("Automatic sync"), this);
    auto *scheduleForm = new QFormLayout(scheduleBox);
    m_mode = new QComboBox(scheduleBox);
    m_mode->addItem(tr("Off"), int(Schedule::Mode::Off));
    m_mode->addItem(tr("Every few minutes"), int(Schedule::Mode::Interval));
    m_mode->addItem(tr("Hourly"), int(Schedule::Mode::Hourly));
    m_mode->addItem(tr("Daily"), int(Schedule::Mode::Daily));
    m_mode->setAccessibleName(tr("Sync automatically"));
    m_mode->setObjectName(QStringLiteral("scheduleModeCombo"));
    m_minutes = new QSpinBox(scheduleBox);
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes between runs"));
    m_minutes->setObjectName(QStringLiteral("intervalSpin"));
    m_dailyAt = new QTimeEdit(QTime(3, 0), scheduleBox);
    m_dailyAt->setAccessibleName(tr("Time of the daily run"));
    m_dailyAt->setObjectName(QStringLiteral("dailyTimeEdit"));
    scheduleForm->addRow(tr("&Sync automatically:"), m_mode);
    scheduleForm->addRow(tr("&Every:"), m_minutes);
    scheduleForm->addRow(tr("&Daily at:"), m_dailyAt);
    m_noTrayNote = new QLabel(tr("This desktop has no system tray, so closing the window quits "
                                 "Tandem: scheduled syncs run only while it is open. To sync "
                                 "with it closed, enable the tandem-sync timer (see the README)."),
                              scheduleBox);
    m_noTrayNote->setObjectName(QStringLiteral("noTrayNote"));
    m_noTrayNote->setWordWrap(true);
    scheduleForm->addRow(QString(), m_noTrayNote);
    layout->addWidget(scheduleBox);

    auto *generalBox = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(generalBox);
    m_language = new QComboBox(generalBox);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_languageNote =
        new QLabel(tr("A new language takes effect when Tandem starts again."), generalBox);
    m_languageNote->setWordWrap(true);
    m_startAtLogin = new QCheckBox(tr("Start at &login, in the tray"), generalBox);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setToolTip(tr("Tandem starts hidden in the tray when you log in, so "
                                  "scheduled syncs run."));
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), m_languageNote);
    generalForm->addRow(QString(), m_startAtLogin);
    layout->addWidget(generalBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    updateEnabled();
}

void SettingsDialog::updateEnabled()
{
    const auto mode = Schedule::Mode(m_mode->currentData().toInt());
    m_minutes->setEnabled(mode == Schedule::Mode::Interval);
    m_dailyAt->setEnabled(mode == Schedule::Mode::Daily);
    m_noTrayNote->setVisible(!m_trayAvailable && mode != Schedule::Mode::Off);
}

void SettingsDialog::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    updateEnabled();
}

void SettingsDialog::setSchedule(const Schedule &schedule)
{
    m_mode->setCurrentIndex(m_mode->findData(int(schedule.mode)));
    m_minutes->setValue(schedule.intervalMinutes);
    m_dailyAt->setTime(schedule.dailyAt);
}

Schedule SettingsDialog::schedule() const
{
    Schedule s;
    s.mode = Schedule::Mode(m_mode->currentData().toInt());
    s.intervalMinutes = m_minutes->value();
    s.dailyAt = m_dailyAt->time();
    return s;
}

void SettingsDialog::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setStartAtLogin(bool on)
{
    m_startAtLogin->setChecked(on);
}

bool SettingsDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

} // namespace Tandem
