#pragma once

#include <QObject>

namespace Tandem::Sandbox::Test {

// The contacts query route: the filter language, sorting, projection and offset paging.
class WixContactsQueryTests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFilterOperators_data();
    void testFilterOperators();
    void testFilterErrorsNameTheField();
    void testSortAndRefusedSorts();
    void testProjectionKeepsIdAndRevision();
    void testOffsetPagingWhileRecordsChange();
    void testUpdatedDateStrictlyIncreases();
    void testPagingLimits();
    void testFilteredQueryOverTenThousandContacts();
    void testPagesFollowEveryChange();
};

} // namespace Tandem::Sandbox::Test
