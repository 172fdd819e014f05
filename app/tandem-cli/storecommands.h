#pragma once

#include "app/tandem-cli/cliargs.h"
#include "sync/store/statestore.h"

#include <memory>

namespace Tandem::Cli {

// The commands that only read or settle what the profile's store holds: `conflicts`,
// `resolve`, `links`, `history`. Each returns the exit code.
int runConflictsCommand(const Args &args, const QString &profileDir);
int runResolveCommand(const Args &args, const QString &profileDir);
int runLinksCommand(const Args &args, const QString &profileDir);
int runHistoryCommand(const Args &args, const QString &profileDir);

// True when the profile folder exists; otherwise prints how to make one and gives false.
bool requireProfile(const QString &profileDir);
// The store of an existing profile, opened on this (the main) thread; null after printing why.
std::unique_ptr<StateStore> openStore(const QString &profileDir);

} // namespace Tandem::Cli
