#include "sandbox/wixbackend.h"
#include "tests/sandbox/wixcontactsquerytests.h"
#include "tests/sandbox/wixcontactstests.h"
#include "tests/sandbox/wixhttptests.h"
#include "tests/sandbox/wixproductsfieldstests.h"
#include "tests/sandbox/wixproductstests.h"

#include <QCoreApplication>
#include <QTest>

// Five classes, one executable: contacts and the site (auth, seed, state), contact queries,
// products on both catalogs, V3's field groups, and a few of each over real HTTP on loopback.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        Tandem::Sandbox::Test::WixContactsTests contacts;
        failures += QTest::qExec(&contacts, argc, argv);
    }
    {
        Tandem::Sandbox::Test::WixContactsQueryTests queries;
        failures += QTest::qExec(&queries, argc, argv);
    }
    {
        Tandem::Sandbox::Test::WixProductsTests products;
        failures += QTest::qExec(&products, argc, argv);
    }
    {
        Tandem::Sandbox::Test::WixProductsFieldsTests fields;
        failures += QTest::qExec(&fields, argc, argv);
    }
    {
        Tandem::Sandbox::Test::WixHttpTests http;
        failures += QTest::qExec(&http, argc, argv);
    }
    return failures;
}
