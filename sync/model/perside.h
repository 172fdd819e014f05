#pragma once

#include "sync/model/record.h"

#include <array>
#include <cstddef>
#include <utility>

namespace Tandem {

// One value for each side, reached by Side (`writes[Side::Wix]`): what the engine holds twice,
// such as the records read, the writes to send and the watermarks.
template<typename T> class PerSide
{
public:
    constexpr PerSide() = default;
    constexpr PerSide(T wix, T crmOffice)
        : m_values{std::move(wix), std::move(crmOffice)}
    {}

    constexpr T &operator[](Side side) { return m_values[index(side)]; }
    constexpr const T &operator[](Side side) const { return m_values[index(side)]; }

    bool operator==(const PerSide &) const = default;

private:
    static constexpr std::size_t index(Side side) { return side == Side::Wix ? 0 : 1; }

    std::array<T, 2> m_values{};
};

} // namespace Tandem
