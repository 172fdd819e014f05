#pragma once

#include <QObject>

namespace Tandem::Sandbox::Test {

// Catalog V3's `fields`: an enum of extra field groups, refused outside it in every call that
// takes it, as Wix refuses it.
class WixProductsFieldsTests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEveryCallRefusesAFieldOutsideTheEnum_data();
    void testEveryCallRefusesAFieldOutsideTheEnum();
    void testFieldGroupsAddToTheAnswer();
};

} // namespace Tandem::Sandbox::Test
