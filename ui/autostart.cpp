#include "ui/autostart.h"

#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Tandem {

namespace {

// Desktop Entry spec, "The Exec key": an argument with reserved characters is double-quoted,
// and inside the quotes ", `, $ and \ are escaped with a backslash.
QString quotedArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return QString(argument).replace(QLatin1Char('%'), QLatin1String("%%"));
    QString escaped;
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    // A literal % is written %% in any argument.
    escaped.replace(QLatin1Char('%'), QLatin1String("%%"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The installed `tandem` on PATH is named as such, so the entry survives an upgrade that moves
// nothing; a build run from elsewhere is named by its full path.
QString defaultProgram()
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("tandem"));
    if (!onPath.isEmpty()
        && QFileInfo(onPath).canonicalFilePath() == QFileInfo(self).canonicalFilePath())
        return QStringLiteral("tandem");
    return self;
}

} // namespace

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1String("/autostart/") + QLatin1String(TANDEM_APP_ID) + QLatin1String(".desktop");
}

bool Autostart::isEnabled()
{
    return QFile::exists(entryPath());
}

QByteArray Autostart::entryText(const QString &program)
{
    const QStringList lines = {
        QStringLiteral("[Desktop Entry]"),
        QStringLiteral("Type=Application"),
        QStringLiteral("Name=Tandem"),
        QStringLiteral("Comment=") + tr("Two-way sync between a Wix site and CRMOffice"),
        QStringLiteral("Exec=%1 --%2").arg(quotedArgument(program), QLatin1String(TrayOption)),
        QStringLiteral("Icon=") + QLatin1String(TANDEM_APP_ID),
        QStringLiteral("Terminal=false"),
        QStringLiteral("X-GNOME-Autostart-enabled=true"),
    };
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

bool Autostart::setEnabled(bool on, QString *error, const QString &program)
{
    const QString path = entryPath();
    if (!on) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        *error = tr("Could not remove %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("Could not create the folder of %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(entryText(program.isEmpty() ? defaultProgram() : program)) < 0
        || !file.commit()) {
        *error =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Tandem
