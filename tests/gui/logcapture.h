#pragma once

#include <QByteArray>

namespace Tandem::Test {

// Every message of the process, of every category and level (debug switched on for all), from
// every thread, kept in memory as "category: message" lines. Warnings and worse also go on to
// the handler that was there before (Qt Test's output). One capture at a time.
class LogCapture
{
public:
    static void start();
    static void stop(); // restores the handler and the filter rules; nothing when not started
    static QByteArray text();
};

} // namespace Tandem::Test
