#include "sync/engine/mappingfingerprint.h"

#include <QCryptographicHash>

namespace Tandem {

QString mappingFingerprint(const Flow &flow)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\0", 1)); // a separator no path contains
    };
    add(flow.sourceCollection);
    add(flow.targetCollection);
    for (const PropertyPair &pair : flow.pairs) {
        add(pair.wixPath);
        add(pair.crmPath);
        add(QString::number(int(pair.type)));
        add(QString::number(int(pair.direction)));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString mappingFingerprintKey(const QString &flowId)
{
    return QStringLiteral("mapping.%1.fingerprint").arg(flowId);
}

} // namespace Tandem
