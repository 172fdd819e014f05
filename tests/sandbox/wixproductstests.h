#pragma once

#include <QObject>

namespace Tandem::Sandbox::Test {

class WixProductsTests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testCatalogVersion();
    void testWrongCatalogIs428();
    void testCatalogSwitchKeepsProductIds();
    void testV1CreateGetUpdateDelete();
    void testV1QueryStringFilterSortAndHidden();
    void testV1QueryErrors();
    void testV1ReaderRoutes();
    void testV3CreateValidation();
    void testV3UpdateChecksRevisionAndFixedFields();
    void testV3GetAndDelete();
    void testV3QueryFilterSortAndFieldGroups();
    void testV3QueryErrorsNameTheField();
    void testV3QueryGetForm();
    void testV3CursorPagingWhileRecordsChange();
    void testV3BulkCreateWithOneFailingItem();
    void testV3BulkUpdateAndDelete();
    void testV3BulkLimits();
};

} // namespace Tandem::Sandbox::Test
