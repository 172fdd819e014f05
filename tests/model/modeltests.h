#pragma once

#include <QObject>

#include <memory>

// One Qt Test class per job of sync/model; tst_model.cpp runs them all.
std::unique_ptr<QObject> makeMappingJsonTest();
std::unique_ptr<QObject> makeDataflowImporterTest();
