#pragma once

#include <QObject>

namespace Tandem::Sandbox::Test {

class WixContactsTests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testAuthNeedsKeyAndSiteId();
    void testAuthChecksConfiguredKeyAndSite();
    void testCreateAndGetContact();
    void testPrimaryInfoIsReadOnly();
    void testPrimaryInfoMirrorsEditedPhones();
    void testUpdateChecksRevision();
    void testDeleteAndMemberDeleteRefused();
    void testValidationErrors_data();
    void testValidationErrors();
    void testDuplicateEmailRefusedUnlessAllowed();
    void testUnknownRouteIs404();
    void testRouteLabels();
    void testSeedIsDeterministicAndRealistic();
    void testStateRoundTrip();
};

} // namespace Tandem::Sandbox::Test
