#include "ui/trayicon.h"

#include "version.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

namespace Tandem {

TrayIcon::TrayIcon(QAction *syncNow, QAction *quit, QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    m_status = m_menu->addAction(tr("Idle"));
    m_status->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(syncNow);
    QAction *open = m_menu->addAction(tr("&Open Tandem"));
    m_menu->addSeparator();
    m_menu->addAction(quit);
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);

    if (!available())
        return;
    QIcon icon = QIcon::fromTheme(QStringLiteral(TANDEM_APP_ID));
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
    m_icon = new QSystemTrayIcon(icon, this);
    m_icon->setContextMenu(m_menu);
    m_icon->setToolTip(tr("Tandem"));
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

void TrayIcon::setStatus(const QString &text)
{
    m_status->setText(text);
    if (m_icon)
        m_icon->setToolTip(tr("Tandem: %1").arg(text));
}

QString TrayIcon::status() const
{
    return m_status->text();
}

void TrayIcon::notify(const QString &title, const QString &text, bool warning)
{
    if (m_icon && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, text,
                            warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace Tandem
