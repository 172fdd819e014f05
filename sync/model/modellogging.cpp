#include "sync/model/modellogging.h"

namespace Tandem {
Q_LOGGING_CATEGORY(lcModel, "tandem.model")
}
