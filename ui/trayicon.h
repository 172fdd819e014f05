#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Tandem {

// The tray icon with status, Sync now, Open and Quit, when the desktop has a tray.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(QAction *syncNow, QAction *quit, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool available();
    bool isVisible() const;
    void setStatus(const QString &text);
    QString status() const;
    void notify(const QString &title, const QString &text, bool warning);

Q_SIGNALS:
    void openRequested();

private:
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_status = nullptr;
};

} // namespace Tandem
