#pragma once

#include <QObject>

namespace Tandem::Sandbox::Test {

// The Wix backend behind the real SandboxServer front, over loopback HTTP.
class WixHttpTests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testContactsOverHttp();
    void testV3QueryGetFormAndCatalogSwitchOverHttp();
    void testUnauthorizedOverHttp();
    void testFilterOnEveryFieldOverHttp();
};

} // namespace Tandem::Sandbox::Test
