#include "tests/gui/secretscan.h"

#include <QDirIterator>
#include <QFile>

namespace Tandem::Test {

namespace {

// The base64 characters that depend on the secret alone when it starts `offset` bytes (0-2)
// into a 3-byte group of a longer text: those stay the same whatever comes before or after.
QByteArray base64Core(const QByteArray &secret, int offset)
{
    const QByteArray encoded =
        QByteArray(QByteArray(offset, '\0') + secret).toBase64(QByteArray::OmitTrailingEquals);
    const int firstBit = 8 * offset;
    const int endBit = firstBit + 8 * int(secret.size());
    const int first = (firstBit + 5) / 6; // the first character with no byte before the secret
    const int end = endBit / 6; // past the last character with no byte after it
    return encoded.mid(first, end - first);
}

QByteArray utf16(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

} // namespace

SecretScan::SecretScan(const QByteArray &secret)
{
    m_forms << secret << secret.toHex() << secret.toHex().toUpper() << utf16(secret);
    for (int offset = 0; offset < 3; ++offset) {
        QByteArray core = base64Core(secret, offset);
        m_forms << core;
        m_forms << core.replace('+', '-').replace('/', '_');
    }
}

bool SecretScan::isIn(const QByteArray &data) const
{
    for (const QByteArray &form : m_forms) {
        if (!form.isEmpty() && data.contains(form))
            return true;
    }
    return false;
}

QStringList SecretScan::filesUnder(const QString &dir) const
{
    QStringList holding;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && isIn(file.readAll()))
            holding << file.fileName();
    }
    return holding;
}

} // namespace Tandem::Test
