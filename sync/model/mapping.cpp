#include "sync/model/mapping.h"

namespace Tandem {

const Flow *Mapping::flow(const QString &id) const
{
    for (const Flow &f : flows) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace Tandem
