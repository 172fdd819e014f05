#pragma once

#include <QDialog>

namespace Tandem {

// Name, version (CMake's PROJECT_VERSION, the one `tandem --version` prints) and purpose.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionText();
};

} // namespace Tandem
