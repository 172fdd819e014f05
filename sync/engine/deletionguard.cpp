#include "sync/engine/deletionguard.h"

namespace Tandem {

bool DeletionGuard::trips(int deletions, int linkCount)
{
    return deletions > 5 && deletions * 10 > linkCount;
}

} // namespace Tandem
